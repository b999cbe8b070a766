/**
 * When two differently written names are the same name: word by word, folded words must be
 * equal, share a skeleton (vowel-folded form), or, for words of six letters or more, be close by
 * Jaro-Winkler. Names of different lengths never match here (short forms have their own rules),
 * so "Hezbollah" and "Kataib Hezbollah" stay apart, and short words must agree exactly enough
 * that "Iran" and "Iraq" never meet.
 */
import { jaroWinkler, skeleton } from './fold.ts';

/** Word-level Jaro-Winkler floor for long words. */
export const WORD_THRESHOLD = 0.92;
/** Most edits (insert, delete, substitute, swap) per letter allowed between two long words. */
export const EDIT_RATIO = 0.15;

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => [i, ...new Array<number>(n).fill(0)]);
  for (let j = 0; j <= n; j++) d[0][j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[m][n];
}

/** Consonants only: "Baqr" and "Baqir" → "bkr". */
const consonants = (w: string) => w[0] + w.slice(1).replace(/[aeiou]/g, '');

/** Similarity of two folded words, 0 when they must not match. */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (skeleton(a) === skeleton(b)) return 0.97;
  if (Math.min(a.length, b.length) < 6) return 0;
  const s = jaroWinkler(a, b);
  if (s < WORD_THRESHOLD) return 0;
  return editDistance(a, b) / Math.max(a.length, b.length) <= EDIT_RATIO ? s : 0;
}

/**
 * Similarity of two names given as folded words (same count), 0 when they must not match.
 * In a name of two words or more, one word may differ by its vowels alone ("Abu Baqr al-Saadi",
 * "Abu Baqir al-Saadi") when every other word matches.
 */
export function nameSimilarity(a: string[], b: string[]): number {
  if (a.length !== b.length || !a.length) return 0;
  let sum = 0;
  let loose = 0;
  for (let i = 0; i < a.length; i++) {
    let s = wordSimilarity(a[i], b[i]);
    if (!s && a.length >= 2 && a[i].length >= 3 && consonants(a[i]) === consonants(b[i])) {
      loose++;
      s = 0.85;
    }
    if (!s || loose > 1) return 0;
    sum += s;
  }
  return sum / a.length;
}

/** The blocking key of a name: word count and the skeleton's first two letters of the first word. */
export function blockKey(words: string[]): string {
  return `${words.length}:${skeleton(words[0] ?? '').slice(0, 2)}`;
}
