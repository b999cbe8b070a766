/**
 * Low-level scanning over one sentence's tokens: folded words per token, dictionary and
 * gazetteer trie walks (longest match), title walks and capitalised runs with connectors.
 */
import type { Token } from '../core/types.ts';
import type { EntityLexicon, LexHit, TrieNode } from './lexicon.ts';
import { acronymKey, foldWord, isAcronym, nameWords } from './fold.ts';

/** Per-token facts computed once per document. */
export interface TokenInfo {
  tok: Token;
  /** Folded matching words of the token (particles dropped; punctuation gives none). */
  words: string[];
  cap: boolean;
  acronym: boolean;
  lower: string;
}

/** Folded words of a token's text; `cache` (one per document) saves refolding repeated words. */
export function tokenWords(t: string, cache?: Map<string, string[]>): string[] {
  const hit = cache?.get(t);
  if (hit) return hit;
  const words = t === 'al' || t === 'el' ? [] : /^[a-z]+$/.test(t) ? [foldWord(t)] : /[\p{L}\p{N}]/u.test(t) ? nameWords(t).filter((w) => w !== 'al' && w !== 'el').map(foldWord) : [];
  cache?.set(t, words);
  return words;
}

/** The facts scanning needs about one token. */
export function tokenInfo(tok: Token, cache?: Map<string, string[]>): TokenInfo {
  const t = tok.text;
  const words = tokenWords(t, cache);
  const c = t.charCodeAt(0);
  const lowerAscii = c >= 97 && c <= 122;
  const upperAscii = c >= 65 && c <= 90;
  const cap = upperAscii || (lowerAscii ? (c === 97 || c === 101) && /^(?:al|el)[-–]\p{Lu}/u.test(t) : c > 127 && /^\p{Lu}/u.test(t));
  const acronym = (upperAscii || c > 127) && t.length > 1 && isAcronym(t);
  return { tok, words, cap, acronym, lower: lowerAscii && !/[A-Z]/.test(t) ? t : t.toLowerCase() };
}

/** A trie match: token range [start, end) and the entries reached. */
export interface Match {
  start: number;
  end: number;
  hits: LexHit[];
}

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
const POSSESSIVE = new Set(["'s", '’s', "'S", '’S']);
const CONNECT = new Set(['of', 'for', 'the', 'in', 'and', 'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'on']);

/**
 * Longest dictionary/gazetteer match starting at token i (which must be capitalised, unless the
 * lower-case-led aliases are walked: "the international coalition").
 */
export function matchNames(ts: TokenInfo[], i: number, lex: EntityLexicon, trie: TrieNode = lex.names): Match | null {
  const first = ts[i];
  if (trie === lex.names && !first.cap && !/^\d/.test(first.tok.text)) return null;
  let best: Match | null = null;
  let n: TrieNode | undefined = trie;
  let beforeLast: TrieNode | undefined; // the node before the last token's words
  for (let j = i; j < ts.length && n; j++) {
    const t = ts[j];
    // a possessive inside a listed name: "Iran's Foreign Ministry" is listed as the word "irans"
    if (POSSESSIVE.has(t.tok.text) && j > i) {
      n = ts[j - 1].words.length === 1 ? beforeLast?.next.get(foldWord(`${ts[j - 1].lower}s`)) : undefined;
      if (n) continue;
      break;
    }
    if (!t.words.length) {
      if (t.lower === 'al' || t.lower === 'el' || (j > i && QUOTES.has(t.tok.text))) continue; // a nickname in quotes
      break;
    }
    beforeLast = n;
    for (const w of t.words) {
      n = n?.next.get(w);
      if (!n) break;
    }
    if (n && n.hits.length && (t.cap || /^\d/.test(t.tok.text) || !CONNECT.has(t.lower))) best = { start: i, end: j + 1, hits: n.hits };
  }
  if (first.acronym) {
    const acr = lex.acronyms.get(acronymKey(first.tok.text));
    if (best && best.end > i + 1) return best;
    return acr ? { start: i, end: i + 1, hits: acr } : best; // "BAGHDAD" in a dateline
  }
  return best;
}

/** Longest title at token i ("Brigadier General", "Gen.", "spokesman"): its end and kind. */
export function matchTitle(ts: TokenInfo[], i: number, lex: EntityLexicon): { end: number; kind: 'person' | 'role' } | null {
  let n: TrieNode | undefined = lex.titles;
  let best: { end: number; kind: 'person' | 'role' } | null = null;
  for (let j = i; j < ts.length && n; j++) {
    const t = ts[j];
    if (!t.words.length) break;
    for (const w of t.words) {
      n = n?.next.get(w);
      if (!n) break;
    }
    const k = n ? lex.titleKind.get(n) : undefined;
    if (k && (k === 'role' || ts[i].cap)) best = { end: j + 1, kind: k };
  }
  return best;
}

const PARTICLE_WORDS = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'van', 'von', 'ad']);

/**
 * The capitalised run starting at i: capitalised words, acronyms, numbers after a name
 * ("Tower 22"), lower-case particles ("bin", "al") and the connectors of / for (the) / in
 * when a capitalised word follows. Returns the end (exclusive) of its last name token.
 */
export function runEnd(ts: TokenInfo[], i: number, stop?: (t: TokenInfo) => boolean): number {
  let j = i;
  let last = i;
  while (j < ts.length) {
    const t = ts[j];
    const nextCap = (k: number) => k < ts.length && ts[k].cap;
    if (j > i && stop?.(t)) break;
    if (t.cap && t.words.length) {
      last = j;
      j++;
    } else if (/^\d+$/.test(t.tok.text) && j > i && ts[j - 1].cap && ts[j].tok.start === ts[j - 1].tok.end + 1 && !ts[j + 1]?.cap) {
      last = j;
      j++;
    } else if (PARTICLE_WORDS.has(t.tok.text) && nextCap(j + 1)) j++;
    else if (QUOTES.has(t.tok.text) && j > i && nextCap(j + 1) && QUOTES.has(ts[j + 2]?.tok.text ?? '') && nextCap(j + 3)) j += 3; // Michael "Erik" Kurilla
    else if ((t.lower === 'of' || t.lower === 'for' || t.lower === 'in') && j > i) {
      if (nextCap(j + 1)) j++;
      else if (ts[j + 1]?.lower === 'the' && nextCap(j + 2)) j += 2;
      else break;
    } else break;
  }
  return last + 1;
}

/** ", 19," right after a name (token b on): a person's age, as news copy gives it. */
export function ageAfter(ts: TokenInfo[], b: number): boolean {
  return ts[b]?.tok.text === ',' && /^\d{1,2}$/.test(ts[b + 1]?.tok.text ?? '') && /^[,.;)]$/.test(ts[b + 2]?.tok.text ?? '');
}
