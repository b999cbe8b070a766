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
  /** LSH band keys; documents sharing one are candidate duplicates. */
  bands: string[];
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

export interface SearchHit {
  docId: string;
  title: string | null;
  snippet: string;
  rank: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Where it lives (a file path or a connection string without secrets). */
  readonly location: string;
  /** The id of the document with this content hash, if one was stored. */
  findByContentHash(hash: string): Promise<string | null>;
  saveDocument(rec: SaveRecord): Promise<void>;
  getDocument(id: string): Promise<Document | null>;
  listDocuments(): Promise<DocumentSummary[]>;
  /** Every document with its layers, in ingest order. */
  allDocuments(): Promise<Document[]>;
  countDocuments(): Promise<number>;
  /** Document ids sharing at least one of these band keys. */
  dedupeCandidates(bands: string[]): Promise<string[]>;
  getSignature(docId: string): Promise<Uint32Array | null>;
  duplicateLinks(): Promise<DuplicateLink[]>;
  /** Replaces a document's stored layers (re-analysis after a pipeline change). */
  updateLayers(docId: string, layers: Layers, pipelineVersion: string): Promise<void>;
  addDecision(d: Decision): Promise<number>;
  listDecisions(): Promise<Decision[]>;
  removeDecision(id: number): Promise<void>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** A number that changes whenever anything stored changes; used to key caches. */
  version(): Promise<number>;
  getCache(key: string): Promise<string | null>;
  setCache(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}
