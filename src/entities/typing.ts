/**
 * Types a name the dictionary does not know, from its words and its neighbours: a title before it,
 * organisation or place head words inside it, a facility word after it, a given name at its start,
 * a preposition before it, or "said" after it. Each answer carries the rule that decided it.
 */
import type { EntityType } from '../core/types.ts';
import type { EntityLexicon } from './lexicon.ts';
import type { TokenInfo } from './scan.ts';

export interface Typed {
  type: EntityType;
  subtype?: string;
  rule: string;
}

const PREPS = new Set(['in', 'at', 'near', 'from', 'into', 'across', 'outside', 'inside', 'toward', 'towards']);
const FACILITY = new Set(['tower', 'base', 'airbase', 'airport', 'camp', 'port', 'crossing', 'bridge', 'dam']);

/** Types the chunk ts[a..b) of a sentence. `titled` when a person title stands before it. */
export function typeUnknown(ts: TokenInfo[], a: number, b: number, lex: EntityLexicon, titled: boolean): Typed {
  const words = ts.slice(a, b).flatMap((t) => t.words);
  const n = b - a;
  if (titled) return { type: 'person', subtype: 'person', rule: 'title' };
  for (const w of words) {
    if (lex.locInside.has(w)) return { type: 'location', subtype: FACILITY.has(w) ? 'facility' : 'place', rule: 'place-head-word' };
  }
  for (const w of words) if (lex.orgHeads.has(w)) return { type: 'organization', rule: 'organization-head-word' };
  const after = ts[b];
  const after2 = ts[b + 1];
  if (after && (lex.locAfter.has(after.lower) || (after2 && lex.locAfter.has(`${after.lower} ${after2.lower}`)))) {
    return { type: 'location', subtype: 'facility', rule: 'facility-word-after' };
  }
  if (n >= 2 && lex.firstNames.has(ts[a].words[0] ?? '')) return { type: 'person', subtype: 'person', rule: 'given-name' };
  if (n === 1 && ts[a].acronym) return { type: 'organization', rule: 'acronym' };
  const before = ts[a - 1];
  if (before && PREPS.has(before.lower)) return { type: 'location', rule: 'preposition' };
  const cue = after && (after.tok.text === ',' ? ts[b + 1] : after);
  if (cue && lex.personCues.has(cue.lower) && n >= 2 && n <= 4) return { type: 'person', subtype: 'person', rule: 'speaker-verb' };
  if (n >= 2 && n <= 4 && ts.slice(a, b).every((t) => t.cap || /^(al|bin|ibn|abu|el)$/.test(t.lower))) {
    return { type: 'person', subtype: 'person', rule: 'name-shape' };
  }
  return { type: 'other', rule: 'capitalised' };
}
