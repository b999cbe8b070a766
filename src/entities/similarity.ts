/**
 * When two differently written names are the same name: word by word, folded words must be
 * equal, share a skeleton (vowel-folded form), or, for words of six letters or more, be close by
 * Jaro-Winkler. Names of different lengths never match here (short forms have their own rules),
 * so "Hezbollah" and "Kataib Hezbollah" stay apart, and short words must agree exactly enough
 * that "Iran" and "Iraq" never meet.
 */
import { jaroWinkler, skeleton } from './fold.ts';

/** Word-level Jaro-Winkler floor for long words. */
export const WORD_THRESHOLD = 0.9;

/** Similarity of two folded words, 0 when they must not match. */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (skeleton(a) === skeleton(b)) return 0.97;
  if (Math.min(a.length, b.length) < 6 || Math.abs(a.length - b.length) > Math.max(1, Math.floor(0.2 * Math.max(a.length, b.length)))) return 0;
  const s = jaroWinkler(a, b);
  return s >= WORD_THRESHOLD ? s : 0;
}

/** Similarity of two names given as folded words (same count), 0 when they must not match. */
export function nameSimilarity(a: string[], b: string[]): number {
  if (a.length !== b.length || !a.length) return 0;
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const s = wordSimilarity(a[i], b[i]);
    if (!s) return 0;
    sum += s;
  }
  return sum / a.length;
}

/** The blocking key of a name: word count and the skeleton's first two letters of the first word. */
export function blockKey(words: string[]): string {
  return `${words.length}:${skeleton(words[0] ?? '').slice(0, 2)}`;
}
