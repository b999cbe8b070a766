/**
 * The storage interface. SQLite (better-sqlite3) implements it today; a PostgreSQL backend
 * implements the same methods and passes the same conformance suite (store.case.ts).
 * Every write of a report happens in one transaction: a crash loses nothing committed
 * and leaves nothing half-written.
 */
import type { Document, Layers } from '../core/types.ts';

/** A document as listed, without its text and layers. */
export interface DocumentSummary {
  id: string;
  seq: number;
  source: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  duplicateOf: string | null;
  ingestedAt: string;
}

/** The near-duplicate fingerprint of a document. */
export interface DedupeRecord {
  /** MinHash (or similar) signature. */
  signature: Uint32Array;
  /** LSH band keys, safe integers (negative ones too); documents sharing one are candidate duplicates. */
  bands: number[];
}

/** A link from a document to the earlier one it repeats. */
export interface DuplicateLink {
  docId: string;
  ofId: string;
  score: number;
  rule: string;
}

/** Everything written for one report, in one transaction. */
export interface SaveRecord {
  doc: Document;
  pipelineVersion: string;
  dedupe?: DedupeRecord;
  duplicate?: DuplicateLink | null;
}

/** An analyst's decision on entities: merge two, or split one name off. Survives re-ingestion. */
export interface Decision {
  id?: number;
  kind: 'merge' | 'split';
  /** Entity names (or aliases) the decision is about. */
  a: string;
  b: string;
  note?: string | null;
  createdAt?: string;
}

/** One full-text search hit; hits come best first. */
export interface SearchHit {
  docId: string;
  title: string | null;
  /** A short passage around the matched words, each match between `[` and `]`. */
  snippet: string;
  /** Relevance: lower is better. The scale differs between backends; compare only within one result. */
  rank: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Where it lives (a file path or a connection string without secrets). */
  readonly location: string;
  /** The id of the document with this content hash, if one was stored. */
  findByContentHash(hash: string): Promise<string | null>;
  /**
   * Writes a report and everything derived from it in one transaction: all of it or none of it.
   * Throws a `store` error when the id or content hash is already stored.
   */
  saveDocument(rec: SaveRecord): Promise<void>;
  getDocument(id: string): Promise<Document | null>;
  /** Every document without text and layers, in ingest order. */
  listDocuments(): Promise<DocumentSummary[]>;
  /** Every document with its layers, in ingest order. */
  allDocuments(): Promise<Document[]>;
  countDocuments(): Promise<number>;
  /** Document ids sharing at least one of these band keys. */
  dedupeCandidates(bands: number[]): Promise<string[]>;
  getSignature(docId: string): Promise<Uint32Array | null>;
  /** The signatures of several documents in one round trip; ids without one are absent from the map. */
  getSignatures(docIds: string[]): Promise<Map<string, Uint32Array>>;
  duplicateLinks(): Promise<DuplicateLink[]>;
  /** Replaces a document's stored layers (re-analysis after a pipeline change); `no-such-item` if unknown. */
  updateLayers(docId: string, layers: Layers, pipelineVersion: string): Promise<void>;
  /** Records a decision and returns its id. */
  addDecision(d: Decision): Promise<number>;
  /** Every decision, oldest first. */
  listDecisions(): Promise<Decision[]>;
  /** Forgets a decision; an unknown id changes nothing. */
  removeDecision(id: number): Promise<void>;
  /**
   * Full-text search. The query is plain words (at most 20 are used, all required); it is never
   * parsed as query syntax nor built into SQL, so any input is safe.
   */
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /**
   * A number that grows whenever anything stored changes (documents, layers, duplicate links,
   * decisions); used to key caches. Writing the cache itself does not change it.
   */
  version(): Promise<number>;
  /** The number of the newest schema migration applied. */
  schemaVersion(): Promise<number>;
  /** Derived results (e.g. the built situation) by key. */
  getCache(key: string): Promise<string | null>;
  setCache(key: string, value: string): Promise<void>;
  /** Releases the file or the connections; the store is unusable afterwards. */
  close(): Promise<void>;
}

/**
 * The words of a search query, at most 20: letters and digits with inner apostrophes and
 * hyphens. Both backends search for these words only, so punctuation and operators typed
 * by a person (or found in a report) never reach a query parser.
 */
export function searchWords(input: string): string[] {
  const words = input.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.slice(0, 20);
}

/** A search limit between 1 and 1000 (a value that is not a number falls back to 20). */
export function clampLimit(limit: number): number {
  return Number.isFinite(limit) ? Math.min(1000, Math.max(1, Math.floor(limit))) : 20;
}
