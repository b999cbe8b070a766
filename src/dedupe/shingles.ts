/**
 * Word shingles for near-duplicate detection: the text is lower-cased, accents and apostrophes
 * dropped, split into lines and words; every run of SHINGLE_WORDS words inside a line is hashed
 * to 32 bits. Shingling within lines (paragraphs) makes re-ordered paragraphs cost nothing.
 *
 * Most lines are plain ASCII with curly quotes and dashes: their words are hashed in one pass
 * over the characters, without building strings. A line holding any other character (an accent,
 * another script) takes the general path, which normalises it first; both give the same hashes.
 */

/**
 * Words per shingle. 4 keeps a republished copy with light edits close (001/002-style copies
 * share ~87% of 4-word shingles) while two reports of the same event written separately share
 * under 1% (see minhash.test.ts).
 */
export const SHINGLE_WORDS = 4;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a over a string. */
function fnv(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** The murmur3 finaliser: a fast 32-bit mix with full avalanche. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const WORD = /[\p{L}\p{N}]+/gu;
const DROPPED = /[\u0300-\u036f'’‘`ʼ]/g;

/** The words of a text, normalised (lower case, no accents, no apostrophes). */
export function normalisedWords(text: string): string[] {
  const t = text.normalize('NFKD').replace(DROPPED, '').toLowerCase();
  return t.match(WORD) ?? [];
}

/** Apostrophes, dropped from inside words ("don't" is one word, "dont"). */
const isApostrophe = (c: number) => c === 0x27 || c === 0x60 || c === 0x2018 || c === 0x2019 || c === 0x2bc;
/**
 * Characters outside ASCII that separate words and that normalisation leaves separators: no-break
 * space, guillemets, dashes, curly double quotes, bullet, ellipsis.
 */
const isWideSeparator = (c: number) =>
  c === 0xa0 || c === 0xab || c === 0xbb || c === 0x2013 || c === 0x2014 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2022 || c === 0x2026;

/**
 * The word hashes of `text[start, end)` into `out` (FNV-1a of each normalised word), or false
 * when the line holds a character only the general path handles.
 */
function plainLineWords(text: string, start: number, end: number, out: number[]): boolean {
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      h = Math.imul(h ^ c, FNV_PRIME);
      inWord = true;
    } else if (isApostrophe(c)) {
      continue;
    } else if (c < 0x80 || isWideSeparator(c)) {
      if (inWord) out.push(h >>> 0);
      h = FNV_OFFSET;
      inWord = false;
    } else {
      return false;
    }
  }
  if (inWord) out.push(h >>> 0);
  return true;
}

/** The distinct shingle hashes of a text. */
export function shingleHashes(text: string, k = SHINGLE_WORDS): Uint32Array {
  const out: number[] = [];
  let words: number[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    words.length = 0;
    if (!plainLineWords(text, start, end, words)) words = normalisedWords(text.slice(start, end)).map(fnv);
    start = end + 1;
    if (!words.length) continue;
    if (words.length < k) {
      let h = 0x9747b28c;
      for (const w of words) h = Math.imul(h ^ w, FNV_PRIME);
      out.push(mix32(h));
      continue;
    }
    for (let i = 0; i + k <= words.length; i++) {
      let h = 0x9747b28c;
      for (let j = i; j < i + k; j++) h = Math.imul(h ^ words[j], FNV_PRIME);
      out.push(mix32(h));
    }
  }
  return distinct(out);
}

/** The distinct values, in first-seen order (an open-addressing set: no per-value allocation). */
function distinct(xs: number[]): Uint32Array {
  let size = 16;
  while (size < xs.length * 2) size *= 2;
  const slots = new Uint32Array(size); // 0 marks an empty slot; the value 0 is tracked apart
  const out = new Uint32Array(xs.length);
  let n = 0;
  let zero = false;
  for (const x of xs) {
    if (x === 0) {
      if (!zero) out[n++] = 0;
      zero = true;
      continue;
    }
    let i = Math.imul(x, 0x9e3779b1) & (size - 1);
    while (slots[i] !== 0 && slots[i] !== x) i = (i + 1) & (size - 1);
    if (slots[i] === 0) {
      slots[i] = x;
      out[n++] = x;
    }
  }
  return out.slice(0, n);
}
