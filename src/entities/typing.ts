/**
 * Types a name the dictionary does not know, from its words and its neighbours: a title before it,
 * organisation or place head words inside it, a facility word after it, a given name at its start,
 * an age after it (", 19,"), a preposition before it, or "said" after it. Each answer carries the
 * rule that decided it.
 */
import type { EntityType } from '../core/types.ts';
import type { EntityLexicon } from './lexicon.ts';
import { ageAfter, matchNames, matchTitle, type TokenInfo } from './scan.ts';

/** A type guessed for an unknown name, with the rule that decided it. */
export interface Typed {
  type: EntityType;
  subtype?: string;
  rule: string;
}

const PREPS = new Set(['in', 'at', 'near', 'from', 'into', 'across', 'outside', 'inside', 'toward', 'towards']);
const FACILITY = new Set(['towir', 'basi', 'airbasi', 'airport', 'kamp', 'port', 'krosing', 'bridgi', 'dam', 'fort']);
/** Place words that lead a name ("Camp Victory", "Fort Moore", "Lake Tharthar"); folded. */
const FIRST_WORD_PLACE = new Set(['towir', 'kamp', 'fort', 'mont', 'laki', 'port']);

/** Types the chunk ts[a..b) of a sentence. `titled` when a person title stands before it. */
export function typeUnknown(ts: TokenInfo[], a: number, b: number, lex: EntityLexicon, titled: boolean): Typed {
  const words = ts.slice(a, b).flatMap((t) => t.words);
  const n = b - a;
  if (titled) return { type: 'person', subtype: 'person', rule: 'title' };
  const place = (w: string): Typed => ({ type: 'location', subtype: FACILITY.has(w) ? 'facility' : 'place', rule: 'place-head-word' });
  const lastW = words[words.length - 1] ?? '';
  const lastIsNumber = /^\d+$/.test(lastW);
  if (!lastIsNumber && lex.orgHeads.has(lastW)) return { type: 'organization', rule: 'organization-head-word' };
  if (!lastIsNumber && lex.locInside.has(lastW)) return place(lastW);
  if (FIRST_WORD_PLACE.has(words[0])) return place(words[0]);
  for (const w of words) if (lex.orgHeads.has(w)) return { type: 'organization', rule: 'organization-head-word' };
  const after = ts[b];
  const after2 = ts[b + 1];
  if (after && (lex.locAfter.has(after.lower) || (after2 && lex.locAfter.has(`${after.lower} ${after2.lower}`)))) {
    return { type: 'location', subtype: 'facility', rule: 'facility-word-after' };
  }
  if (n >= 2 && lex.firstNames.has(ts[a].words[0] ?? '')) return { type: 'person', subtype: 'person', rule: 'given-name' };
  if (n >= 2 && n <= 4 && ageAfter(ts, b)) return { type: 'person', subtype: 'person', rule: 'age-after' };
  if (n === 1 && ts[a].acronym) return { type: 'organization', rule: 'acronym' };
  const cue = contextCue(ts, a, lex);
  if ((cue === 'outlet' || lex.outletAfter.has(ts[b]?.lower ?? '')) && n >= 2) return { type: 'organization', subtype: 'media', rule: 'outlet-cue' };
  if (cue === 'place' || cityOfArea(ts, a, b, lex)) return { type: 'location', rule: cue === 'place' ? 'place-cue' : 'city-of-area' };
  const before = ts[a - 1];
  if (before && PREPS.has(before.lower)) return { type: 'location', rule: 'preposition' };
  if (n >= 2 && /^(?:al|el)[-–]\p{Lu}/u.test(ts[b - 1].tok.text) && ts.slice(a, b).every((t) => t.cap)) {
    return { type: 'person', subtype: 'person', rule: 'arabic-name' };
  }
  const verb = after && (after.tok.text === ',' ? ts[b + 1] : after);
  if (verb && lex.personCues.has(verb.lower) && n <= 4 && (n >= 2 || ts[a].words[0]?.length > 3)) return { type: 'person', subtype: 'person', rule: 'speaker-verb' };
  if (after?.tok.text === ',' && n >= 2 && n <= 4 && appositiveRole(ts, b + 1, lex)) return { type: 'person', subtype: 'person', rule: 'appositive-role' };
  return { type: 'other', rule: 'capitalised' };
}

/** The kind the words right before ts[a] give an unknown name (data/actors/context-cues.tsv), if any. */
function contextCue(ts: TokenInfo[], a: number, lex: EntityLexicon): 'outlet' | 'place' | undefined {
  let phrase = '';
  for (let k = a - 1; k >= Math.max(0, a - 4); k--) {
    phrase = phrase ? `${ts[k].lower} ${phrase}` : ts[k].lower;
    const kind = lex.contextCues.get(phrase);
    if (kind) return kind;
  }
  return undefined;
}

/** "of Carrollton, Georgia", "in Dover, Delaware": a name after a preposition, then a comma and a known country or region. */
function cityOfArea(ts: TokenInfo[], a: number, b: number, lex: EntityLexicon): boolean {
  const before = ts[a - 1];
  if (!before || (before.lower !== 'of' && !PREPS.has(before.lower)) || ts[b]?.tok.text !== ',' || !ts[b + 1]?.cap) return false;
  const m = matchNames(ts, b + 1, lex);
  const next = m ? ts[m.end] : undefined;
  return !!m && m.hits.some((h) => h.entry.type === 'location' && /^(?:country|region)$/.test(h.entry.subtype)) && (!next || /^[.,;:)]$/.test(next.tok.text));
}

/** ", a senior fellow at...", ", the group's spokesman": a role word within five words after the comma. */
function appositiveRole(ts: TokenInfo[], from: number, lex: EntityLexicon): boolean {
  for (let k = from; k < Math.min(ts.length, from + 5); k++) {
    if (ts[k].tok.text === ',' || ts[k].cap) return false;
    const t = matchTitle(ts, k, lex);
    if (t && t.kind === 'role') return true;
    if (/^(fellow|researcher|lecturer|professor|expert|journalist|author|analyst|scholar|resident|member)$/.test(ts[k].lower)) return true;
  }
  return false;
}
