/**
 * The embedded store: one SQLite file through better-sqlite3, WAL journal with
 * synchronous=NORMAL (a crash loses at most the last commits, never consistency), versioned
 * migrations from ./migrations, one transaction per saved report, statements prepared once.
 * The derived indexes (LSH bands, full text) are written in batches behind a watermark
 * (`index_progress`, migration 004): a report's own transaction writes only its rows.
 */
import Database from 'better-sqlite3';
import type { Document, Layers } from '../core/types.ts';
import { SitrepError } from '../core/errors.ts';
import type { Decision, DocumentSummary, DuplicateLink, SaveRecord, SearchHit, Store } from './store.ts';
import { clampLimit, searchWords } from './store.ts';
import { listMigrations, newerSchemaError, SQLITE_MIGRATIONS_DIR, type Migration } from './migrations.ts';
import { layerRows, lazyLayers, signatureBytes, signatureFromBytes, toDocument, type DocRow } from './rows.ts';
import { bandsOf } from '../dedupe/minhash.ts';
import { PendingBands } from './pending-bands.ts';

/** Options for opening a SQLite store. */
export interface SqliteOptions {
  /** Where the `NNN_name.sql` migrations are read from (tests point this elsewhere). */
  migrationsDir?: string;
}

/**
 * Applies every migration newer than the database's `user_version`, each in its own
 * transaction together with the new `user_version`. Returns the versions applied.
 */
export function migrateSqlite(db: Database.Database, migrations: Migration[], where = db.name): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  const known = migrations.length ? migrations[migrations.length - 1].version : 0;
  if (current > known) throw newerSchemaError(where, current, known);
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current) continue;
    try {
      db.transaction(() => {
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
      })();
    } catch (e) {
      throw new SitrepError('store', `migration ${m.name} failed: ${(e as Error).message}`, where);
    }
    applied.push(m.version);
  }
  return applied;
}

/** How many saved reports are added to the band and full-text indexes at once. */
const INDEX_BATCH = 1024;
/** How many fingerprints saved before migration 004 are re-keyed per transaction when the store opens. */
const REKEY_BATCH = 1000;

const SQL = {
  byHash: 'SELECT id FROM documents WHERE content_hash = ?',
  insertDoc: `INSERT INTO documents (id, source, content_hash, format, raw, text, title, outlet, published, url, meta_json, ingested_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  putLayer: 'INSERT OR REPLACE INTO layers (doc_id, name, pipeline, json) VALUES (?, ?, ?, ?)',
  deleteLayers: 'DELETE FROM layers WHERE doc_id = ?',
  insertFingerprint: 'INSERT INTO dedupe_fingerprints (seq, signature, bands) VALUES (?, ?, ?)',
  insertBand: 'INSERT OR IGNORE INTO dedupe_band_index (band, seq) VALUES (?, ?)',
  // The band rows of every fingerprint in (from, to], in key order so each index page is visited once.
  indexBands: `INSERT OR IGNORE INTO dedupe_band_index (band, seq)
               SELECT j.value, f.seq FROM dedupe_fingerprints f, json_each(f.bands) j
               WHERE f.seq > ? AND f.seq <= ? AND f.bands IS NOT NULL ORDER BY 1, 2`,
  newestSeq: 'SELECT max(seq) AS seq FROM documents',
  progress: 'SELECT upto FROM index_progress WHERE name = ?',
  setProgress: 'UPDATE index_progress SET upto = ? WHERE name = ?',
  addToFts: 'INSERT INTO documents_fts (rowid, title, text) SELECT seq, title, text FROM documents WHERE seq > ? AND seq <= ? ORDER BY seq',
  toRekey: `SELECT seq, signature FROM dedupe_fingerprints WHERE bands IS NULL LIMIT ${REKEY_BATCH}`,
  setBands: 'UPDATE dedupe_fingerprints SET bands = ? WHERE seq = ?',
  insertLink: 'INSERT INTO duplicate_links (doc_id, of_id, score, rule) VALUES (?, ?, ?, ?)',
  bump: 'UPDATE store_version SET version = version + 1 WHERE one = 1',
  getDoc: 'SELECT * FROM documents WHERE id = ?',
  docExists: 'SELECT 1 FROM documents WHERE id = ?',
  layersOf: 'SELECT name, json FROM layers WHERE doc_id = ?',
  listDocs: `SELECT d.id, d.seq, d.source, d.title, d.outlet, d.published, d.ingested_at, l.of_id
             FROM documents d LEFT JOIN duplicate_links l ON l.doc_id = d.id ORDER BY d.seq`,
  allDocs: 'SELECT * FROM documents ORDER BY seq',
  allLayers: 'SELECT doc_id, name, json FROM layers',
  count: 'SELECT count(*) AS n FROM documents',
  // No DISTINCT: its temporary b-tree costs more than the whole look-up (the caller dedupes).
  bandDocs: `SELECT d.id AS doc_id FROM json_each(?) j JOIN dedupe_band_index b ON b.band = j.value
             JOIN documents d ON d.seq = b.seq`,
  signature: 'SELECT f.signature FROM documents d JOIN dedupe_fingerprints f ON f.seq = d.seq WHERE d.id = ?',
  signatures: `SELECT d.id, f.signature FROM json_each(?) j JOIN documents d ON d.id = j.value
               JOIN dedupe_fingerprints f ON f.seq = d.seq`,
  links: 'SELECT doc_id, of_id, score, rule FROM duplicate_links ORDER BY doc_id',
  addDecision: 'INSERT INTO decisions (kind, a, b, note, created_at) VALUES (?, ?, ?, ?, ?)',
  listDecisions: 'SELECT id, kind, a, b, note, created_at FROM decisions ORDER BY id',
  removeDecision: 'DELETE FROM decisions WHERE id = ?',
  // The best hits are chosen inside the FTS table first, so snippets are built only for them.
  search: `SELECT d.id, d.title, snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet, bm25(documents_fts) AS rank
           FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
           WHERE documents_fts MATCH ?
             AND documents_fts.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank, rowid LIMIT ?)
           ORDER BY rank, d.seq`,
  version: 'SELECT version FROM store_version WHERE one = 1',
  getCache: 'SELECT value FROM cache WHERE key = ?',
  setCache: 'INSERT OR REPLACE INTO cache (key, value) VALUES (?, ?)',
} as const;

type Statements = { [K in keyof typeof SQL]: Database.Statement };

/** The SQLite backend of `Store`. */
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly location: string;
  private readonly db: Database.Database;
  private readonly q: Statements;
  /**
   * Band keys of reports this store saved that are not in the band index yet, by band, for
   * look-ups. They are already stored with each report's fingerprint; the index rows are
   * written in sorted batches, which costs a fraction of 64 random index inserts per report.
   */
  private readonly pendingBands = new PendingBands();
  /** Reports saved since the indexes last caught up. */
  private unindexed = 0;

  constructor(path: string, opts: SqliteOptions = {}) {
    this.location = path;
    try {
      this.db = new Database(path);
    } catch (e) {
      throw new SitrepError('store', `cannot open the database: ${(e as Error).message}`, path);
    }
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      // Checkpoint (and fsync) every ~40 MB of log instead of every 4 MB: fewer stalls while ingesting.
      this.db.pragma('wal_autocheckpoint = 10000');
      this.db.pragma('journal_size_limit = 67108864');
      this.db.pragma('foreign_keys = ON');
      migrateSqlite(this.db, listMigrations(opts.migrationsDir ?? SQLITE_MIGRATIONS_DIR), path);
      this.q = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, this.db.prepare(sql)])) as Statements;
      this.rekeyBands();
      // Reports saved by a run that stopped before its indexes caught up: index them now.
      this.catchUp();
    } catch (e) {
      this.db.close();
      if (e instanceof SitrepError) throw e;
      throw new SitrepError('store', `cannot use the database: ${(e as Error).message}`, path);
    }
  }

  async schemaVersion(): Promise<number> {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  async findByContentHash(hash: string): Promise<string | null> {
    const row = this.q.byHash.get(hash) as { id: string } | undefined;
    return row ? row.id : null;
  }

  async saveDocument(rec: SaveRecord): Promise<void> {
    const { doc, dedupe, duplicate } = rec;
    try {
      // Serialise before writing: a layer that cannot be turned into JSON fails here.
      const meta = JSON.stringify({ meta: doc.meta, offsets: doc.offsets, removed: doc.removed });
      const layers = layerRows(doc.layers);
      const m = doc.meta;
      // A key given twice is harmless: the index ignores the second row and look-ups return ids once.
      const bands = dedupe ? dedupe.bands : [];
      this.db.transaction(() => {
        const { lastInsertRowid: seq } = this.q.insertDoc.run(doc.id, doc.source, doc.contentHash, doc.format, doc.raw, doc.text,
          m.title.value, m.outlet.value, m.published.value, m.url, meta, new Date().toISOString());
        for (const [name, json] of layers) this.q.putLayer.run(doc.id, name, rec.pipelineVersion, json);
        if (dedupe) this.q.insertFingerprint.run(seq, signatureBytes(dedupe.signature), JSON.stringify(bands));
        if (duplicate) this.q.insertLink.run(duplicate.docId, duplicate.ofId, duplicate.score, duplicate.rule);
        this.q.bump.run();
      })();
      this.pendingBands.add(doc.id, bands);
      if (++this.unindexed >= INDEX_BATCH) this.catchUp();
    } catch (e) {
      throw new SitrepError('store', `cannot save the report: ${(e as Error).message}`, doc.source);
    }
  }

  private layersOf(docId: string): Layers {
    return lazyLayers(this.q.layersOf.all(docId) as Array<{ name: string; json: string }>);
  }

  async getDocument(id: string): Promise<Document | null> {
    const row = this.q.getDoc.get(id) as DocRow | undefined;
    return row ? toDocument(row, this.layersOf(id)) : null;
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return (this.q.listDocs.all() as Array<Record<string, unknown>>).map((r) => ({
      id: r.id as string,
      seq: r.seq as number,
      source: r.source as string,
      title: (r.title as string) ?? null,
      outlet: (r.outlet as string) ?? null,
      published: (r.published as string) ?? null,
      duplicateOf: (r.of_id as string) ?? null,
      ingestedAt: r.ingested_at as string,
    }));
  }

  async allDocuments(): Promise<Document[]> {
    // Two sequential scans in one read transaction (one snapshot) instead of one query per document.
    return this.db.transaction(() => {
      const byDoc = new Map<string, Array<{ name: string; json: string }>>();
      for (const l of this.q.allLayers.iterate() as IterableIterator<{ doc_id: string; name: string; json: string }>) {
        let rows = byDoc.get(l.doc_id);
        if (!rows) byDoc.set(l.doc_id, (rows = []));
        rows.push(l);
      }
      return (this.q.allDocs.all() as DocRow[]).map((r) => toDocument(r, lazyLayers(byDoc.get(r.id) ?? [])));
    })();
  }

  async countDocuments(): Promise<number> {
    return (this.q.count.get() as { n: number }).n;
  }

  async dedupeCandidates(bands: number[]): Promise<string[]> {
    if (!bands.length) return [];
    // One query for all bands: the band keys travel as a JSON array parameter, never as SQL.
    const out = new Set((this.q.bandDocs.all(JSON.stringify(bands)) as Array<{ doc_id: string }>).map((r) => r.doc_id));
    this.pendingBands.find(bands, out);
    return [...out];
  }

  async getSignature(docId: string): Promise<Uint32Array | null> {
    const row = this.q.signature.get(docId) as { signature: Buffer } | undefined;
    return row ? signatureFromBytes(row.signature) : null;
  }

  async getSignatures(docIds: string[]): Promise<Map<string, Uint32Array>> {
    const out = new Map<string, Uint32Array>();
    if (!docIds.length) return out;
    // One query for all ids: they travel as a JSON array parameter, never as SQL.
    for (const row of this.q.signatures.all(JSON.stringify([...new Set(docIds)])) as Array<{ id: string; signature: Buffer }>) {
      out.set(row.id, signatureFromBytes(row.signature));
    }
    return out;
  }

  async duplicateLinks(): Promise<DuplicateLink[]> {
    return (this.q.links.all() as Array<Record<string, unknown>>).map((r) => ({
      docId: r.doc_id as string, ofId: r.of_id as string, score: r.score as number, rule: r.rule as string,
    }));
  }

  async updateLayers(docId: string, layers: Layers, pipelineVersion: string): Promise<void> {
    try {
      const rows = layerRows(layers);
      this.db.transaction(() => {
        if (!this.q.docExists.get(docId)) throw new SitrepError('no-such-item', 'no stored document with this id', docId);
        this.q.deleteLayers.run(docId);
        for (const [name, json] of rows) this.q.putLayer.run(docId, name, pipelineVersion, json);
        this.q.bump.run();
      })();
    } catch (e) {
      if (e instanceof SitrepError) throw e;
      throw new SitrepError('store', `cannot update the layers: ${(e as Error).message}`, docId);
    }
  }

  async addDecision(d: Decision): Promise<number> {
    return this.db.transaction(() => {
      const r = this.q.addDecision.run(d.kind, d.a, d.b, d.note ?? null, new Date().toISOString());
      this.q.bump.run();
      return Number(r.lastInsertRowid);
    })();
  }

  async listDecisions(): Promise<Decision[]> {
    return (this.q.listDecisions.all() as Array<Record<string, unknown>>).map((r) => ({
      id: r.id as number, kind: r.kind as Decision['kind'], a: r.a as string, b: r.b as string,
      note: (r.note as string) ?? null, createdAt: r.created_at as string,
    }));
  }

  async removeDecision(id: number): Promise<void> {
    this.db.transaction(() => {
      if (this.q.removeDecision.run(id).changes > 0) this.q.bump.run();
    })();
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const match = toFtsQuery(query);
    if (!match) return [];
    if (this.newestSeq() > this.progress('fts')) this.catchUp();
    const rows = this.q.search.all(match, match, clampLimit(limit)) as Array<Record<string, unknown>>;
    return rows.map((r) => ({ docId: r.id as string, title: (r.title as string) ?? null, snippet: r.snippet as string, rank: r.rank as number }));
  }

  async version(): Promise<number> {
    return (this.q.version.get() as { version: number }).version;
  }

  async getCache(key: string): Promise<string | null> {
    const row = this.q.getCache.get(key) as { value: string } | undefined;
    return row ? row.value : null;
  }

  async setCache(key: string, value: string): Promise<void> {
    this.q.setCache.run(key, value);
  }

  private newestSeq(): number {
    return (this.q.newestSeq.get() as { seq: number | null }).seq ?? 0;
  }

  private progress(index: 'fts' | 'bands'): number {
    return (this.q.progress.get(index) as { upto: number }).upto;
  }

  /**
   * Adds every report saved since the last catch-up (by any process) to the full-text index and
   * its band keys to the band index, in band order, in one transaction.
   */
  private catchUp(): void {
    this.db.transaction(() => {
      const newest = this.newestSeq();
      const fts = this.progress('fts');
      if (newest > fts) {
        this.q.addToFts.run(fts, newest);
        this.q.setProgress.run(newest, 'fts');
      }
      const banded = this.progress('bands');
      if (newest > banded) {
        this.q.indexBands.run(banded, newest);
        this.q.setProgress.run(newest, 'bands');
      }
    }).immediate();
    this.pendingBands.clear();
    this.unindexed = 0;
  }

  /** Fingerprints whose band keys are of an older form (migrations 004, 005): derives their keys and indexes them. */
  private rekeyBands(): void {
    for (;;) {
      const rows = this.q.toRekey.all() as Array<{ seq: number; signature: Buffer }>;
      if (!rows.length) return;
      this.db.transaction(() => {
        for (const r of rows) {
          const bands = [...new Set(bandsOf(signatureFromBytes(r.signature)))];
          this.q.setBands.run(JSON.stringify(bands), r.seq);
          for (const b of bands) this.q.insertBand.run(b, r.seq);
        }
      })();
    }
  }

  async close(): Promise<void> {
    if (this.db.open) {
      this.catchUp();
      this.db.close();
    }
  }
}

/**
 * Turns what a person typed into a safe FTS5 query: each word quoted as a literal term
 * (so report text or user input is never parsed as FTS syntax), all words required.
 */
export function toFtsQuery(input: string): string {
  return searchWords(input).map((w) => `"${w.replace(/"/g, '')}"`).join(' ');
}
