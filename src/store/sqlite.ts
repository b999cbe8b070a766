/**
 * The embedded store: one SQLite file through better-sqlite3, WAL journal, versioned
 * migrations from ./migrations, one transaction per saved report.
 */
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Document, Layers } from '../core/types.ts';
import { SitrepError } from '../core/errors.ts';
import type { Decision, DocumentSummary, DuplicateLink, SaveRecord, SearchHit, Store } from './store.ts';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** The migrations shipped with sitrep, in order: `NNN_name.sql`. */
export function listMigrations(dir = MIGRATIONS_DIR): Array<{ version: number; name: string; sql: string }> {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(join(dir, f), 'utf8') }));
}

interface DocRow {
  seq: number;
  id: string;
  source: string;
  content_hash: string;
  format: string;
  raw: string;
  text: string;
  meta_json: string;
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly location: string;
  private db: Database.Database;

  constructor(path: string) {
    this.location = path;
    try {
      this.db = new Database(path);
    } catch (e) {
      throw new SitrepError('store', `cannot open the database: ${(e as Error).message}`, path);
    }
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  /** Applies every migration newer than the file's `user_version`, each in its own transaction. */
  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    for (const m of listMigrations()) {
      if (m.version <= current) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db.pragma(`user_version = ${m.version}`);
      })();
    }
  }

  schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  async findByContentHash(hash: string): Promise<string | null> {
    const row = this.db.prepare('SELECT id FROM documents WHERE content_hash = ?').get(hash) as { id: string } | undefined;
    return row ? row.id : null;
  }

  async saveDocument(rec: SaveRecord): Promise<void> {
    const { doc } = rec;
    const meta = JSON.stringify({ meta: doc.meta, offsets: doc.offsets, removed: doc.removed });
    const now = new Date().toISOString();
    const write = this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO documents (id, source, content_hash, format, raw, text, title, outlet, published, url, meta_json, ingested_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
        )
        .run(doc.id, doc.source, doc.contentHash, doc.format, doc.raw, doc.text, doc.meta.title.value, doc.meta.outlet.value,
          doc.meta.published.value, doc.meta.url, meta, now);
      this.writeLayers(doc.id, doc.layers, rec.pipelineVersion);
      if (rec.dedupe) {
        this.db.prepare('INSERT INTO dedupe_signatures (doc_id, signature) VALUES (?, ?)').run(doc.id, Buffer.from(rec.dedupe.signature.buffer, rec.dedupe.signature.byteOffset, rec.dedupe.signature.byteLength));
        const band = this.db.prepare('INSERT INTO dedupe_bands (band, doc_id) VALUES (?, ?)');
        for (const b of new Set(rec.dedupe.bands)) band.run(b, doc.id);
      }
      if (rec.duplicate) {
        this.db.prepare('INSERT INTO duplicate_links (doc_id, of_id, score, rule) VALUES (?, ?, ?, ?)').run(
          rec.duplicate.docId, rec.duplicate.ofId, rec.duplicate.score, rec.duplicate.rule);
      }
      this.bump();
    });
    try {
      write();
    } catch (e) {
      throw new SitrepError('store', `cannot save the report: ${(e as Error).message}`, doc.source);
    }
  }

  private writeLayers(docId: string, layers: Layers, pipeline: string): void {
    const put = this.db.prepare('INSERT OR REPLACE INTO layers (doc_id, name, pipeline, json) VALUES (?, ?, ?, ?)');
    for (const [name, layer] of Object.entries(layers)) {
      if (layer === undefined) continue;
      put.run(docId, name, pipeline, JSON.stringify(layer));
    }
  }

  private bump(): void {
    this.db.prepare('UPDATE store_version SET version = version + 1 WHERE one = 1').run();
  }

  private toDocument(row: DocRow, layers: Layers): Document {
    const m = JSON.parse(row.meta_json);
    return {
      id: row.id,
      source: row.source,
      contentHash: row.content_hash,
      format: row.format as Document['format'],
      raw: row.raw,
      text: row.text,
      offsets: m.offsets ?? [],
      removed: m.removed ?? [],
      meta: m.meta,
      layers,
    };
  }

  private layersOf(docId: string): Layers {
    const rows = this.db.prepare('SELECT name, json FROM layers WHERE doc_id = ?').all(docId) as Array<{ name: string; json: string }>;
    const layers: Layers = {};
    for (const r of rows) layers[r.name] = JSON.parse(r.json);
    return layers;
  }

  async getDocument(id: string): Promise<Document | null> {
    const row = this.db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocRow | undefined;
    return row ? this.toDocument(row, this.layersOf(id)) : null;
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    const rows = this.db
      .prepare(
        `SELECT d.id, d.seq, d.source, d.title, d.outlet, d.published, d.ingested_at, l.of_id
         FROM documents d LEFT JOIN duplicate_links l ON l.doc_id = d.id ORDER BY d.seq`
      )
      .all() as Array<Record<string, unknown>>;
    return rows.map((r) => ({
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
    const rows = this.db.prepare('SELECT * FROM documents ORDER BY seq').all() as DocRow[];
    const byDoc = new Map<string, Layers>();
    for (const l of this.db.prepare('SELECT doc_id, name, json FROM layers').iterate() as IterableIterator<{ doc_id: string; name: string; json: string }>) {
      let layers = byDoc.get(l.doc_id);
      if (!layers) byDoc.set(l.doc_id, (layers = {}));
      layers[l.name] = JSON.parse(l.json);
    }
    return rows.map((r) => this.toDocument(r, byDoc.get(r.id) ?? {}));
  }

  async countDocuments(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  }

  async dedupeCandidates(bands: string[]): Promise<string[]> {
    if (!bands.length) return [];
    const q = this.db.prepare('SELECT DISTINCT doc_id FROM dedupe_bands WHERE band = ?');
    const out = new Set<string>();
    for (const b of new Set(bands)) for (const r of q.all(b) as Array<{ doc_id: string }>) out.add(r.doc_id);
    return [...out];
  }

  async getSignature(docId: string): Promise<Uint32Array | null> {
    const row = this.db.prepare('SELECT signature FROM dedupe_signatures WHERE doc_id = ?').get(docId) as { signature: Buffer } | undefined;
    if (!row) return null;
    const b = row.signature;
    return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  }

  async duplicateLinks(): Promise<DuplicateLink[]> {
    const rows = this.db.prepare('SELECT doc_id, of_id, score, rule FROM duplicate_links').all() as Array<Record<string, unknown>>;
    return rows.map((r) => ({ docId: r.doc_id as string, ofId: r.of_id as string, score: r.score as number, rule: r.rule as string }));
  }

  async updateLayers(docId: string, layers: Layers, pipelineVersion: string): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM layers WHERE doc_id = ?').run(docId);
      this.writeLayers(docId, layers, pipelineVersion);
      this.bump();
    })();
  }

  async addDecision(d: Decision): Promise<number> {
    let id = 0;
    this.db.transaction(() => {
      const r = this.db
        .prepare('INSERT INTO decisions (kind, a, b, note, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(d.kind, d.a, d.b, d.note ?? null, new Date().toISOString());
      id = Number(r.lastInsertRowid);
      this.bump();
    })();
    return id;
  }

  async listDecisions(): Promise<Decision[]> {
    const rows = this.db.prepare('SELECT id, kind, a, b, note, created_at FROM decisions ORDER BY id').all() as Array<Record<string, unknown>>;
    return rows.map((r) => ({ id: r.id as number, kind: r.kind as Decision['kind'], a: r.a as string, b: r.b as string, note: (r.note as string) ?? null, createdAt: r.created_at as string }));
  }

  async removeDecision(id: number): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM decisions WHERE id = ?').run(id);
      this.bump();
    })();
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const match = toFtsQuery(query);
    if (!match) return [];
    const rows = this.db
      .prepare(
        `SELECT d.id, d.title, snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet, bm25(documents_fts) AS rank
         FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
         WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`
      )
      .all(match, limit) as Array<Record<string, unknown>>;
    return rows.map((r) => ({ docId: r.id as string, title: (r.title as string) ?? null, snippet: r.snippet as string, rank: r.rank as number }));
  }

  async version(): Promise<number> {
    return (this.db.prepare('SELECT version FROM store_version WHERE one = 1').get() as { version: number }).version;
  }

  async getCache(key: string): Promise<string | null> {
    const row = this.db.prepare('SELECT value FROM cache WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? row.value : null;
  }

  async setCache(key: string, value: string): Promise<void> {
    this.db.prepare('INSERT OR REPLACE INTO cache (key, value) VALUES (?, ?)').run(key, value);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/**
 * Turns what a person typed into a safe FTS5 query: each word quoted as a literal term
 * (so report text or user input is never parsed as FTS syntax), all words required.
 */
export function toFtsQuery(input: string): string {
  const words = input.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.slice(0, 20).map((w) => `"${w.replace(/"/g, '')}"`).join(' ');
}
