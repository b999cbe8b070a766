/**
 * The relation patterns of data/relations/patterns.tsv and patterns-news.tsv, compiled once: slot macros ({X:org},
 * {Y+:org}, {ADJ}) become named groups over a masked text where every name is a `⟨index:type:subtype⟩` token.
 */
import type { Predicate } from '../core/types.ts';
import { readRows, badRow } from '../nlp/data-files.ts';
import { loadDemonyms } from './demonyms.ts';

/** What fills a subject or object: a captured slot, a country adjective, or a name told earlier. */
export type SlotRef = 'X' | 'X2' | 'Y' | 'ADJ' | 'PREV_ORG' | 'PREV_PERSON' | 'COALITION' | 'NEAR_ORG' | 'PREV_CITY' | 'HOME_COUNTRY' | 'STATE' | 'DEPARTMENT';

export interface RelationPattern {
  id: string;
  predicate: Predicate;
  subject: SlotRef;
  object: SlotRef;
  re: RegExp;
  /** Slots captured as lists. */
  lists: Set<string>;
  /** Sweep slots ({Y*:kind}): the names of the right kind inside the captured words. */
  sweeps: Map<string, RegExp>;
  line: number;
}

/** The seed-era patterns, then the general news-English ones (appositions, titles, backing, places). */
const FILES = ['relations/patterns.tsv', 'relations/patterns-news.tsv'];
const PREDICATES = new Set(['member_of', 'part_of', 'backs', 'leads', 'succeeded', 'located_in', 'allied_with', 'opposes']);
const REFS = new Set(['X', 'X2', 'Y', 'ADJ', 'PREV_ORG', 'PREV_PERSON', 'COALITION', 'NEAR_ORG', 'PREV_CITY', 'HOME_COUNTRY', 'STATE', 'DEPARTMENT']);
const KINDS: Record<string, string> = {
  per: 'person:[\\w-]*',
  org: 'organization:[\\w-]*',
  loc: 'location:[\\w-]*',
  country: 'location:country',
  place: 'location:(?:facility|city|capital)',
  /** a place smaller than a country: a site, town or one without a known subtype */
  site: 'location:(?:facility|city|capital|town|village|district|)',
  /** a country, region or state: what a place named as "Town, Area" lies in */
  area: 'location:(?:country|region|state|province)',
  /** a region, state or province: an area inside a country */
  region: 'location:(?:region|state|province)',
  coalition: 'organization:coalition',
  /** a unit: an armed force or an organisation of unknown kind ("the IDF's Golani Brigade") */
  unit: 'organization:(?:armed-force|)',
  /** an armed group or coalition, or an organisation of unknown kind: what wages a campaign against a state */
  group: 'organization:(?:militia|coalition|)',
  /** an armed force or militia: what a possessive names a unit of ("the IRGC's Quds Force") */
  force: 'organization:(?:armed-force|militia)',
  /** a site, or a name of unknown kind a sentence places ("Akashat, in the western Anbar desert") */
  spot: '(?:location:(?:facility|city|capital|town|village|district|)|other:[\\w-]*)',
  any: '[a-z]+:[\\w-]*',
};
let cached: RelationPattern[] | null = null;

function compile(src: string, lists: Set<string>, sweeps: Map<string, RegExp>, fail: (why: string) => Error): RegExp {
  const demonyms = loadDemonyms();
  const body = src
    // a country adjective, or a country or capital already masked as a name before a hyphen ("⟨Iran⟩-backed")
    // a country, or a capital standing for its government ("backed by Tehran")
    .replace(/\{STATE\}/g, '(?<STATE>⟨\\d+:location:(?:country|city|capital)⟩)')
    .replace(/\{ADJ\}/g, `(?:(?<![\\w.-])(?<ADJ>${demonyms.words})|(?<ADJN>⟨\\d+:location:(?:country|city|capital)⟩)(?=-))`)
    .replace(/\{(\w+)([+*]?):([\w|]+)\}/g, (_m, name: string, plus: string, kinds: string) => {
      const types = kinds.split('|').map((k) => {
        if (!KINDS[k]) throw fail(`unknown slot kind "${k}"`);
        return KINDS[k];
      });
      const one = `⟨\\d+:(?:${types.join('|')})⟩`;
      if (plus === '*') {
        sweeps.set(name, new RegExp(one, 'g'));
        return `(?<${name}>(?:[^.⟨]|⟨\\d+:[^⟩]*⟩|\\.\\s+(?=[a-z]))*)`;
      }
      if (plus) {
        lists.add(name);
        const sep = '(?:,\\s*|\\s+and\\s+|,\\s+and\\s+|\\s+or\\s+)(?:the\\s+)?';
        // a list of groups goes on past a name of unknown kind ("including Badr, A and B"): it is one of them
        const item = types.includes(KINDS.org) ? `(?:${one}|⟨\\d+:other:[\\w-]*⟩)` : one;
        return `(?<${name}>(?:${item}${sep})*?${one}(?:${sep}${item})*)`;
      }
      // a name may carry its acronym in brackets: "the Islamic Resistance in Iraq (IRI), a ..."
      return `(?<${name}>${one})(?:\\s*\\(${one}\\))?`;
    });
  try {
    // names and words of one relation never span a line break (headlines and captions are lines)
    return new RegExp(body.replace(/\\s/g, '[^\\S\\n]'), 'g');
  } catch (e) {
    throw fail(`not a valid regular expression: ${(e as Error).message}`);
  }
}

/** Loads and validates data/relations/patterns.tsv and patterns-news.tsv (once). */
export function loadRelationPatterns(): RelationPattern[] {
  if (cached) return cached;
  const out: RelationPattern[] = [];
  for (const file of FILES) for (const row of readRows(file)) {
    const [id, predicate, subject, object, pattern] = row.cells;
    const fail = (why: string) => badRow(file, row, why);
    if (!id || !pattern) throw fail('expected: id, predicate, subject, object, pattern');
    if (!PREDICATES.has(predicate)) throw fail(`predicate "${predicate}" is not one of ${[...PREDICATES].join(', ')}`);
    if (!REFS.has(subject) || !REFS.has(object)) throw fail(`subject and object must be one of ${[...REFS].join(', ')}`);
    const lists = new Set<string>();
    const sweeps = new Map<string, RegExp>();
    const re = compile(pattern, lists, sweeps, fail);
    for (const ref of [subject, object]) if (/^(X|X2|Y|ADJ|STATE)$/.test(ref) && !pattern.includes(`{${ref}`) && !pattern.includes(`(?<${ref}>`)) throw fail(`the pattern has no {${ref}} slot`);
    out.push({ id, predicate: predicate as Predicate, subject: subject as SlotRef, object: object as SlotRef, re, lists, sweeps, line: row.line });
  }
  cached = out;
  return out;
}
