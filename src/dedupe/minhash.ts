/**
 * Near-duplicate detection: a MinHash signature per document over its word shingles, LSH band
 * keys so that candidates are found by index lookups (near-linear in the corpus), and a
 * similarity between two signatures.
 *
 * A republished copy is often trimmed: it holds most of the original's shingles but the
 * original holds many it lacks, so their Jaccard similarity is low (0.3–0.5) while the
 * containment of the smaller in the larger stays high (0.6–0.9). The similarity used is
 * therefore the estimated containment of the smaller document in the larger, computed from the
 * estimated Jaccard and the two shingle counts (stored as the signature's last element).
 * Banding is 64 bands × 3 rows of 192 hashes: a pair becomes a candidate with probability
 * 1 − (1 − J³)⁶⁴, i.e. 0.999 for a lightly trimmed copy (J 0.47, like seeds 001/002), 0.93 at
 * J 0.35, 0.79 at J 0.29 (a copy cut to 60% that keeps only 60% of its text), while two reports
 * of the same event written apart (J ≈ 0.01) pair with probability 0.00006, so candidate lists
 * stay short as the store grows (2 rows would pair those at 0.0064: 6,400 candidates per
 * report in a million).
 */
import type { DedupeRecord } from '../store/store.ts';
import { mix32, shingleHashes } from './shingles.ts';

/** Hash functions in a signature. */
export const NUM_HASHES = 192;
/** LSH: rows per band; NUM_HASHES / BAND_ROWS bands. */
export const BAND_ROWS = 3;

/** Estimated containment (smaller in larger) at or above which a document repeats another. */
export const DUPLICATE_THRESHOLD = 0.5;
/**
 * Below this estimated Jaccard the containment estimate is too noisy to trust (a short text
 * against a long one), and the pair is not a duplicate.
 */
export const MIN_JACCARD = 0.12;

const SEEDS: Uint32Array = (() => {
  const s = new Uint32Array(NUM_HASHES);
  let x = 0x2545f491;
  for (let i = 0; i < NUM_HASHES; i++) {
    x = (x + 0x9e3779b9) >>> 0;
    s[i] = mix32(x);
  }
  return s;
})();

/**
 * The MinHash signature of a set of shingle hashes, with the set size appended. Four hash
 * functions at a time (NUM_HASHES is a multiple of 4): each minimum stays in a register while the
 * shingles stream past, and the four independent mixes keep the processor busy.
 */
export function signatureOf(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES + 1);
  const n = shingles.length;
  for (let i = 0; i < NUM_HASHES; i += 4) {
    const [s0, s1, s2, s3] = [SEEDS[i], SEEDS[i + 1], SEEDS[i + 2], SEEDS[i + 3]];
    let [m0, m1, m2, m3] = [0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff];
    for (let k = 0; k < n; k++) {
      const x = shingles[k];
      const a = mix32(x ^ s0);
      const b = mix32(x ^ s1);
      const c = mix32(x ^ s2);
      const d = mix32(x ^ s3);
      if (a < m0) m0 = a;
      if (b < m1) m1 = b;
      if (c < m2) m2 = c;
      if (d < m3) m3 = d;
    }
    sig[i] = m0;
    sig[i + 1] = m1;
    sig[i + 2] = m2;
    sig[i + 3] = m3;
  }
  sig[NUM_HASHES] = n;
  return sig;
}

/** Bits of a band key that hold the hash of the band's rows; the band's number sits above them. */
const BAND_HASH_BITS = 25;

/**
 * LSH band keys of a signature: one integer per band, the band's number (6 bits) above a 25-bit
 * hash of its rows, shifted down by 2^30 so that every key is a small integer (-2^30 ≤ key < 2^30),
 * which JavaScript maps, JSON and SQLite all handle at their cheapest. Two unrelated reports
 * share a key by chance with probability 2^-25 per band: in a store of 100,000 reports a new one
 * meets 0.2 such keys on average, each costing one signature comparison. No keys for an empty text.
 */
export function bandsOf(sig: Uint32Array): number[] {
  if (!sig[NUM_HASHES]) return [];
  const out: number[] = [];
  for (let b = 0; b < NUM_HASHES / BAND_ROWS; b++) {
    let h = 0x3c6ef372 ^ b;
    for (let r = 0; r < BAND_ROWS; r++) h = mix32(h ^ sig[b * BAND_ROWS + r]);
    out.push(b * 2 ** BAND_HASH_BITS + (h & (2 ** BAND_HASH_BITS - 1)) - 2 ** 30);
  }
  return out;
}

/** Signature and band keys of a cleaned text. */
export function fingerprint(text: string): DedupeRecord {
  const signature = signatureOf(shingleHashes(text));
  return { signature, bands: bandsOf(signature) };
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/**
 * Estimated containment of the smaller document's shingles in the larger's, in [0, 1]; 0 when
 * the estimated Jaccard is under MIN_JACCARD or a signature is empty or malformed.
 */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== NUM_HASHES + 1 || b.length !== NUM_HASHES + 1) return 0;
  const na = a[NUM_HASHES];
  const nb = b[NUM_HASHES];
  if (!na || !nb) return 0;
  const j = jaccard(a, b);
  if (j < MIN_JACCARD) return 0;
  // |A∩B| = J·|A∪B| = J·(|A|+|B|)/(1+J)
  const inter = (j * (na + nb)) / (1 + j);
  return Math.min(1, inter / Math.min(na, nb));
}
