/**
 * Word shingles for near-duplicate detection: the text is lower-cased, accents and apostrophes
 * dropped, split into paragraphs and words; every run of SHINGLE_WORDS words inside a paragraph
 * is hashed to 32 bits. Shingling within paragraphs makes re-ordered paragraphs cost nothing.
 */

/**
 * Words per shingle. 4 keeps a republished copy with light edits close (001/002-style copies
 * share ~87% of 4-word shingles) while two reports of the same event written separately share
 * under 1% (see minhash.test.ts).
 */
export const SHINGLE_WORDS = 4;

/** 32-bit FNV-1a over a string. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
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

/** The words of a text, normalised (lower case, no accents, no apostrophes). */
export function normalisedWords(text: string): string[] {
  const t = text.normalize('NFKD').replace(/[\u0300-\u036f'’‘`ʼ]/g, '').toLowerCase();
  return t.match(WORD) ?? [];
}

/** The distinct shingle hashes of a text. */
export function shingleHashes(text: string, k = SHINGLE_WORDS): Uint32Array {
  const set = new Set<number>();
  for (const para of text.split(/\n\s*\n|\n/)) {
    const words = normalisedWords(para);
    if (!words.length) continue;
    const hw = words.map(fnv);
    if (hw.length < k) {
      let h = 0x9747b28c;
      for (const w of hw) h = Math.imul(h ^ w, 0x01000193);
      set.add(mix32(h));
      continue;
    }
    for (let i = 0; i + k <= hw.length; i++) {
      let h = 0x9747b28c;
      for (let j = i; j < i + k; j++) h = Math.imul(h ^ hw[j], 0x01000193);
      set.add(mix32(h));
    }
  }
  return Uint32Array.from(set);
}
