/**
 * Names a relation pattern does not capture but points back to: "its" and "the group" (the armed
 * group the sentence or the report is about), "him" (the person named before), "the network" (the
 * coalition named before), "the Mashtal neighbourhood" (the city named just before), and the country
 * a titled head of state governs ("Prime Minister X" for a dictionary actor coded as X's government).
 */
import type { Mention, Span } from '../core/types.ts';
import { loadEntityLexicon } from '../entities/lexicon.ts';
import type { SlotRef } from './patterns.ts';

/** Kinds of organisation that "the group", "its" and "the movement" do not point back to. */
const NOT_A_GROUP = /^(?:media|igo|government|ministry)$/;
/** Cities a neighbourhood is read into, at most this many sentences back. */
const CITY_SENTENCES_BACK = 2;

/** The report a pattern matched in, and where. */
export interface MatchSite {
  text: string;
  sentences: Span[];
  mentions: Mention[];
  /** Original offset where the match starts. */
  start: number;
  /** The mention captured as X, if any. */
  x?: number;
  /** Names of the coalitions met so far ("the network" points back to one). */
  coalitionNames: Set<string>;
}

export const sentenceOf = (sentences: Span[], pos: number) => sentences.findIndex((s) => s.start <= pos && pos < s.end);

const isGroup = (x: Mention) => x.type === 'organization' && !NOT_A_GROUP.test(x.subtype ?? '');

/** The last mention ending before `limit` that satisfies `pred`, or -1. */
function before(mentions: Mention[], limit: number, pred: (x: Mention) => boolean): number {
  for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i].end <= limit && pred(mentions[i])) return i;
  return -1;
}

/** The first mention of sentence k (before `limit`) when it opens the sentence, else -1; null when the sentence names nothing there. */
function opener(site: MatchSite, k: number, limit: number): number | null {
  const { text, sentences, mentions } = site;
  const first = mentions.findIndex((x) => x.start >= sentences[k].start && x.end <= Math.min(limit, sentences[k].end));
  if (first < 0) return null;
  return /^\W*(?:the\s+)?$/i.test(text.slice(sentences[k].start, mentions[first].start)) ? first : -1;
}

/**
 * The group "its" or "the group's" points back to: the name opening the sentence (its subject) when
 * that is an armed group, party or force; when the sentence names nothing before, the one opening
 * the sentence before; when neither names anything, the group the report is about (the first group
 * to open a sentence in its first three sentences).
 */
function subjectGroup(site: MatchSite): number {
  const s = sentenceOf(site.sentences, site.start);
  for (const k of [s, s - 1]) {
    if (k < 0) break;
    const first = opener(site, k, site.start);
    if (first === null) continue;
    return first >= 0 && isGroup(site.mentions[first]) ? first : -1;
  }
  for (let k = 0; k < Math.min(3, site.sentences.length, s); k++) {
    const first = opener(site, k, site.sentences[k].end);
    if (first !== null && first >= 0 && isGroup(site.mentions[first])) return first;
  }
  return -1;
}

let countryByCode: Map<string, string> | null = null;
/** The country a dictionary actor's code names when the code says it is that country's government ("IRQGOV" → Iraq). */
function governedCountry(code: string | undefined): string | null {
  const m = /^([A-Z]{3})GOV$/.exec(code ?? '');
  if (!m) return null;
  if (!countryByCode) {
    countryByCode = new Map();
    for (const e of loadEntityLexicon().entries.values()) if (e.type === 'location' && e.subtype === 'country' && e.code) countryByCode.set(e.code, e.name);
  }
  return countryByCode.get(m[1]) ?? null;
}

let cityNames: Map<string, string> | null = null;
/** The city an airport or base is named after ("Erbil airport" → Erbil), when the gazetteer knows the city. */
export function cityOfFacility(m: Mention): string | null {
  if (m.type !== 'location' || m.subtype !== 'facility') return null;
  const prefix = /^(.+?) (?:international airport|airport|air base|airbase|base)$/i.exec(m.name)?.[1];
  if (!prefix) return null;
  if (!cityNames) {
    cityNames = new Map();
    for (const e of loadEntityLexicon().entries.values()) {
      if (e.type === 'location' && (e.subtype === 'city' || e.subtype === 'capital')) for (const n of [e.name, ...e.aliases]) cityNames.set(n.toLowerCase(), e.name);
    }
  }
  return cityNames.get(prefix.toLowerCase()) ?? null;
}

/** The subject or object a fixed word names: a mention index, or a name for a country the report may not name. */
export function antecedent(ref: SlotRef, site: MatchSite): Array<{ index: number; name?: string }> {
  const { mentions, sentences, start } = site;
  let i = -1;
  if (ref === 'COALITION') i = before(mentions, start, (x) => x.type === 'organization' && site.coalitionNames.has(x.name));
  if (ref === 'PREV_PERSON') {
    const x = site.x !== undefined ? mentions[site.x] : undefined;
    i = before(mentions, x?.start ?? start, (y) => y.type === 'person' && y.name !== x?.name && y.dictId !== (x?.dictId ?? '-'));
  }
  if (ref === 'NEAR_ORG') i = subjectGroup(site);
  if (ref === 'PREV_ORG') {
    const s = sentenceOf(sentences, start);
    const prev = s > 0 ? sentences[s - 1] : null;
    i = prev ? mentions.findIndex((x) => x.type === 'organization' && x.start >= prev.start && x.end <= prev.end) : -1;
  }
  if (ref === 'PREV_CITY') {
    const s = sentenceOf(sentences, start);
    const from = sentences[Math.max(0, s - CITY_SENTENCES_BACK)]?.start ?? 0;
    i = before(mentions, start, (x) => x.type === 'location' && (x.subtype === 'city' || x.subtype === 'capital') && x.start >= from);
  }
  if (ref === 'HOME_COUNTRY') {
    const name = site.x !== undefined ? governedCountry(mentions[site.x].code) : null;
    if (!name) return [];
    const named = mentions.findIndex((m) => m.subtype === 'country' && m.name === name);
    return [named >= 0 ? { index: named } : { index: -1, name }];
  }
  return i >= 0 ? [{ index: i }] : [];
}
