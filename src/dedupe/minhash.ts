/** Near-duplicate detection: a fingerprint per document and a similarity between two. */
import type { DedupeRecord } from '../store/store.ts';

export function fingerprint(_text: string): DedupeRecord {
  return { signature: new Uint32Array(0), bands: [] };
}

export function similarity(_a: Uint32Array, _b: Uint32Array): number {
  return 0;
}

/** Estimated similarity at or above which a document repeats another. */
export const DUPLICATE_THRESHOLD = 0.5;
