/**
 * Resolving a speaker phrase to a mention: names to the person (or group) they name, pronouns
 * and definite descriptions ("he", "the group", "the Washington think tank") back to the last
 * speaker of the right kind or, failing that, the nearest such name before them.
 */
import type { EntityType, Mention, Span } from '../core/types.ts';
import type { ClaimWords } from './lexicon.ts';
import { type SpeakerPhrase, phraseKind } from './speaker.ts';

/** A speaker seen earlier in the report. */
export interface Spoken {
  at: number;
  mention: number | null;
  text: string;
  type: EntityType | 'unknown';
  /** The description words (phrase and appositions), lower case, for "the official" look-backs. */
  described: string;
  anonymous: boolean;
}

/** A speaker phrase resolved: the mention it names (null when anonymous), its words and the rule. */
export interface ResolvedSpeaker {
  mention: number | null;
  text: string;
  type: EntityType | 'unknown';
  anonymous: boolean;
  affiliation: number[];
  rule: string;
  note?: string;
}

const SPOKES = /^spokes(?:man|woman|person|people|men|women)$/;
const inside = (m: Span, s: Span) => m.start >= s.start && m.end <= s.end;

/** The mention naming a phrase: its last person, else its last organization, else its last name. */
export function headMention(mentions: Mention[], span: Span): number | null {
  const ms = mentions.map((m, i) => ({ m, i })).filter(({ m }) => inside(m, span) || (m.start < span.end && m.end > span.start));
  if (!ms.length) return null;
  for (const t of ['person', 'organization']) {
    const hit = ms.filter(({ m }) => m.type === t).pop();
    if (hit) return hit.i;
  }
  return ms[ms.length - 1].i;
}

function nearestMention(
  mentions: Mention[],
  before: number,
  want: 'person' | 'organization' | 'any',
  blocked: (m: Span) => boolean,
  subject?: (m: Span) => boolean,
): number | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end > before || blocked(m)) continue;
    if (subject && !subject(m)) continue;
    const fits = want === 'any' ? m.type !== 'location' : m.type === want || (subject != null && want === 'person' && m.type === 'other');
    if (fits) return i;
  }
  return null;
}

function guessType(p: SpeakerPhrase, W: ClaimWords, head: string): EntityType | 'unknown' {
  if (W.orgHeads.includes(head)) return 'organization';
  if (W.anonymousHeads.has(head)) return 'person';
  return 'unknown';
}

/** Whether the capitalised modifiers of a description ("the Iraqi military") fit a name: each
 *  one's stem ("iraq") must occur in it. */
export function demonymsAgree(description: string, name: string): boolean {
  const modifiers = description.split(/\s+/).slice(1).filter((w) => /^\p{Lu}\p{Ll}+(?:i|ian|an|ese|ish)$/u.test(w));
  const target = name.toLowerCase();
  return modifiers.every((w) => target.includes(w.toLowerCase().replace(/['’]s$/, '').replace(/(?:ian|ean|ese|ish|an|i)$/, '')));
}

const typeFits = (t: EntityType | 'unknown', want: string) => want === 'any' || t === 'unknown' || t === want;

/** Resolves one speaker phrase given the mentions and the speakers seen so far. */
export function resolveSpeaker(
  text: string,
  p: SpeakerPhrase,
  mentions: Mention[],
  history: Spoken[],
  W: ClaimWords,
  blocked: (m: Span) => boolean = () => false,
  subject: (m: Span) => boolean = () => true,
): ResolvedSpeaker {
  const pk = phraseKind(p, W);
  /** The last fitting speaker, or the nearest fitting name when it is more recent (or `nameFirst`). */
  const back = (want: 'person' | 'organization' | 'any', rule: string, named: boolean, nameFirst: boolean): ResolvedSpeaker | null => {
    let spoken: Spoken | null = null;
    for (let i = history.length - 1; i >= 0 && !spoken; i--) {
      const h = history[i];
      if (h.at < p.start && typeFits(h.type, want) && !(named && h.anonymous)) spoken = h;
    }
    // a pronoun may take a newer name only when that name is the subject of its sentence
    const m = want === 'any' && spoken ? null : nearestMention(mentions, p.start, want, blocked, nameFirst || !spoken ? undefined : subject);
    if (m != null && (!spoken || nameFirst || mentions[m].start > spoken.at))
      return { mention: m, text: mentions[m].text, type: mentions[m].type, anonymous: false, affiliation: [], rule: `${rule}-nearest-name`, note: `"${p.text}" → ${mentions[m].text}` };
    if (spoken) return { mention: spoken.mention, text: spoken.text, type: spoken.type, anonymous: spoken.anonymous, affiliation: [], rule, note: `"${p.text}" → ${spoken.text}` };
    return null;
  };
  if (pk.kind === 'pronoun') {
    const want = W.pronouns[pk.head];
    const hit = back(want, 'pronoun', false, false);
    if (hit) return hit;
    return { mention: null, text: p.text, type: 'unknown', anonymous: true, affiliation: [], rule: 'pronoun-unresolved' };
  }
  const affiliation = mentions.map((m, i) => ({ m, i })).filter(({ m }) => inside(m, p)).map(({ i }) => i);
  // "the group's spokesman, Abu Ali, said", "the Pentagon's press secretary, Maj. Gen. Pat Ryder,
  // said": a role naming no person, and the name in the apposition is the speaker
  const own = headMention(mentions, p);
  if (pk.kind === 'description' || (own != null && mentions[own].type !== 'person' && mentions[own].end < p.end && (W.anonymousHeads.has(pk.head) || W.roleWords.has(pk.head))))
    for (const ap of p.appositions) {
      const m = headMention(mentions, ap);
      // the name opens the apposition, titles aside ("Maj. Gen. Yehia Rasool")
      if (m != null && mentions[m].type === 'person' && /^(?:\p{Lu}[\p{L}.-]*\s+)*$/u.test(text.slice(ap.start, Math.max(ap.start, mentions[m].start))))
        return { mention: m, text: text.slice(ap.start, ap.end), type: 'person', anonymous: false, affiliation: [], rule: 'named-in-apposition' };
    }
  if (pk.kind === 'description') {
    // "a statement from Kataib Hezbollah": the group the document comes from
    if (W.documentHeads.has(pk.head)) {
      const m = headMention(mentions, p);
      if (m != null && mentions[m].type !== 'location' && mentions[m].type !== 'person')
        return { mention: m, text: mentions[m].text, type: mentions[m].type, anonymous: false, affiliation: [], rule: 'document-of-group', note: `"${p.text}" → ${mentions[m].text}` };
    }
    const type = guessType(p, W, pk.head);
    // the group a description names sits before its first preposition ("Iran's mission to the UN")
    const prep = /\s(?:of|for|at|in|from|with|to|on|within|inside|near)\s/.exec(p.text);
    const named = headMention(mentions, prep ? { start: p.start, end: p.start + prep.index } : p);
    // a group named inside ("the Kataib Hezbollah group"), or a state's office ("Iran's foreign ministry")
    const ownedBy = named != null && mentions[named].start === p.start && /^['’]s?\s/.test(text.slice(mentions[named].end, mentions[named].end + 3));
    if (type === 'organization' && named != null && (mentions[named].type !== 'location' || ownedBy))
      return { mention: named, text: p.text, type: mentions[named].type, anonymous: false, affiliation: [], rule: 'named-group' };
    if (pk.definite && type === 'organization') {
      const hit = back('organization', 'definite-group', true, true);
      // "the Iraqi military" is not the last group named unless that group is Iraqi too
      if (hit && demonymsAgree(p.text, hit.text)) return hit;
    }
    if (pk.definite && type === 'person') {
      for (let i = history.length - 1; i >= 0; i--) {
        const h = history[i];
        if (h.at < p.start && h.described.includes(pk.head))
          return { mention: h.mention, text: h.anonymous ? p.text : h.text, type: h.type, anonymous: h.anonymous, affiliation, rule: 'definite-description', note: `"${p.text}" → ${h.text}` };
      }
    }
    // "Jordan's government spokesman", "the group's spokeswoman": a spokesperson speaks for the body named
    const body = SPOKES.test(pk.head) ? affiliation.filter((i) => mentions[i].type !== 'person').pop() : undefined;
    if (body != null)
      return { mention: body, text: p.text, type: mentions[body].type, anonymous: false, affiliation, rule: 'spokesperson-for', note: `"${p.text}" → ${mentions[body].text}` };
    return { mention: null, text: p.text, type, anonymous: true, affiliation, rule: 'anonymous' };
  }
  const m = headMention(mentions, p);
  if (m != null) return { mention: m, text: p.text, type: mentions[m].type, anonymous: false, affiliation: [], rule: 'named' };
  // no mention layer hit: a short name ("Mr Doyle", "Murrett") takes the fuller name seen before
  const last = p.text.split(/\s+/).pop()!;
  const fuller = history.filter((h) => h.at < p.start && h.text !== p.text && h.text.split(/\s+/).pop() === last).pop();
  if (fuller) return { mention: fuller.mention, text: fuller.text, type: fuller.type, anonymous: false, affiliation: [], rule: 'short-name', note: `"${p.text}" → ${fuller.text}` };
  const re = new RegExp(`\\b((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3})${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u');
  const earlier = re.exec(text.slice(0, p.start));
  const words = p.text.split(/\s+/);
  const short = words.length === 2 && /^(mr|mrs|ms|dr|gen\.?|general)\.?$/i.test(words[0]);
  if (earlier && short) {
    const full = earlier[0];
    return { mention: null, text: full, type: 'person', anonymous: false, affiliation: [], rule: 'short-name-text', note: `"${p.text}" → ${full}` };
  }
  return { mention: null, text: p.text, type: 'unknown', anonymous: false, affiliation: [], rule: 'name-without-mention' };
}
