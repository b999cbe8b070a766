/**
 * The PostgreSQL backend of `Store`, for a team that outgrows one SQLite file. Open it with
 * `--db postgres://user@host:5432/database?schema=name`: the tables live in the schema named
 * by `?schema=` (default `sitrep`, created if missing), so several corpora can share a
 * database. Migrations from ./pg-migrations are tracked in `schema_migrations`. Every write is
 * one transaction on one connection; every value travels as a query parameter, never as SQL.
 */
import pg from 'pg';
import type { Document, Layers } from '../core/types.ts';
import { SitrepError } from '../core/errors.ts';
import type { Decision, DocumentSummary, DuplicateLink, SaveRecord, SearchHit, Store } from './store.ts';
import { clampLimit, searchWords } from './store.ts';
import { listMigrations, POSTGRES_MIGRATIONS_DIR } from './migrations.ts';
import { appliedVersion, migratePostgres } from './pg-migrate.ts';
import { parsePostgresUrl } from './pg-config.ts';
import { layerRows, lazyLayers, signatureBytes, signatureFromBytes, toDocument, type DocRow } from './rows.ts';
import { bandsOf } from '../dedupe/minhash.ts';

/** Options for opening a PostgreSQL store. */
export interface PostgresOptions {
  /** The schema to use, overriding the URL's `?schema=`. */
  schema?: string;
  /** Where the `NNN_name.sql` migrations are read from (tests point this elsewhere). */
  migrationsDir?: string;
  /** How long to wait for a connection before giving up (default 10 s). */
  connectTimeoutMs?: number;
  /** The most connections to hold open at once (default 4). */
  maxConnections?: number;
}

const SEARCH = `SELECT d.id, d.title,
    ts_headline('english', d.text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1') AS snippet,
    ts_rank(d.search, q) AS rank
  FROM documents d, plainto_tsquery('english', $1) q
  WHERE d.search @@ q ORDER BY rank DESC, d.seq LIMIT $2`;
const LIST = `SELECT d.id, d.seq, d.source, d.title, d.outlet, d.published, d.ingested_at, l.of_id
  FROM documents d LEFT JOIN duplicate_links l ON l.doc_id = d.id ORDER BY d.seq`;
const INSERT_DOC = `INSERT INTO documents (id, source, content_hash, format, raw, text, title, outlet, published, url, meta_json, ingested_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`;
const PUT_LAYERS = `INSERT INTO layers (doc_id, name, pipeline, json)
  SELECT $1, n, $2, j FROM unnest($3::text[], $4::text[]) AS t(n, j)`;
const BUMP = 'UPDATE store_version SET version = version + 1 WHERE one = 1';

type Row = Record<string, unknown>;

/** The PostgreSQL backend of `Store`. */
export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  private closed = false;

  private constructor(private readonly pool: pg.Pool, readonly location: string, readonly schema: string) {}

  /** Connects, creates the schema if needed and applies pending migrations. */
  static async open(url: string, opts: PostgresOptions = {}): Promise<PostgresStore> {
    const t = parsePostgresUrl(url, opts.schema);
    const pool = new pg.Pool({
      connectionString: t.connectionString,
      // synchronous_commit=off is SQLite's synchronous=NORMAL: a crash of the server may lose the
      // last moment of commits (a re-run stores them again), never half of one; sitrep's own
      // crash loses nothing committed.
      options: `-c search_path=${t.schema} -c synchronous_commit=off`,
      max: opts.maxConnections ?? 4,
      connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000,
      idleTimeoutMillis: 10_000,
    });
    pool.on('error', () => {}); // an idle connection dropped by the server; the next query reconnects
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (e) {
      await pool.end().catch(() => {});
      throw new SitrepError('store', `cannot connect to PostgreSQL: ${(e as Error).message || String(e)}`, t.location);
    }
    try {
      await migratePostgres(client, t.schema, listMigrations(opts.migrationsDir ?? POSTGRES_MIGRATIONS_DIR), t.location);
    } catch (e) {
      client.release();
      await pool.end().catch(() => {});
      throw e;
    }
    client.release();
    const store = new PostgresStore(pool, t.location, t.schema);
    try {
      await store.rekeyBands();
    } catch (e) {
      await pool.end().catch(() => {});
      throw new SitrepError('store', `cannot re-key the band index: ${(e as Error).message}`, t.location);
    }
    return store;
  }

  /** Signatures saved before migration 002 had text band keys: derives their integer keys and indexes them. */
  private async rekeyBands(): Promise<void> {
    for (;;) {
      const rows = (await this.pool.query('SELECT doc_id, signature FROM dedupe_signatures WHERE rekey LIMIT 1000')).rows as Row[];
      if (!rows.length) return;
      await this.tx(async (c) => {
        for (const r of rows) {
          const bands = bandsOf(signatureFromBytes(r.signature as Buffer));
          await c.query('INSERT INTO dedupe_bands (band, doc_id) SELECT DISTINCT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING', [bands, r.doc_id]);
          await c.query('UPDATE dedupe_signatures SET rekey = false WHERE doc_id = $1', [r.doc_id]);
        }
      });
    }
  }

  /** Runs `fn` in one transaction on one connection: committed whole or rolled back whole. */
  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    const c = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await c.query(begin);
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch((err: Error) => (broken = err));
      throw e;
    } finally {
      c.release(broken);
    }
  }

  private async one(text: string, values: unknown[] = []): Promise<Row | undefined> {
    return (await this.pool.query(text, values)).rows[0];
  }

  async schemaVersion(): Promise<number> {
    return appliedVersion(this.pool);
  }

  async findByContentHash(hash: string): Promise<string | null> {
    const r = await this.one('SELECT id FROM documents WHERE content_hash = $1', [hash]);
    return r ? (r.id as string) : null;
  }

  async saveDocument(rec: SaveRecord): Promise<void> {
    const { doc, dedupe, duplicate } = rec;
    try {
      const meta = JSON.stringify({ meta: doc.meta, offsets: doc.offsets, removed: doc.removed });
      const layers = layerRows(doc.layers);
      const m = doc.meta;
      await this.tx(async (c) => {
        await c.query({ name: 'insert-doc', text: INSERT_DOC, values: [doc.id, doc.source, doc.contentHash, doc.format, doc.raw,
          doc.text, m.title.value, m.outlet.value, m.published.value, m.url, meta, new Date()] });
        if (layers.length) await c.query({ name: 'put-layers', text: PUT_LAYERS, values: [doc.id, rec.pipelineVersion, layers.map((l) => l[0]), layers.map((l) => l[1])] });
        if (dedupe) {
          await c.query('INSERT INTO dedupe_signatures (doc_id, signature) VALUES ($1, $2)', [doc.id, signatureBytes(dedupe.signature)]);
          if (dedupe.bands.length) {
            await c.query('INSERT INTO dedupe_bands (band, doc_id) SELECT DISTINCT unnest($1::bigint[]), $2', [dedupe.bands, doc.id]);
          }
        }
        if (duplicate) {
          await c.query('INSERT INTO duplicate_links (doc_id, of_id, score, rule) VALUES ($1, $2, $3, $4)',
            [duplicate.docId, duplicate.ofId, duplicate.score, duplicate.rule]);
        }
        await c.query(BUMP);
      });
    } catch (e) {
      throw new SitrepError('store', `cannot save the report: ${(e as Error).message}`, doc.source);
    }
  }

  private static layersFrom(rows: Row[]): Map<string, Layers> {
    const byDoc = new Map<string, Array<{ name: string; json: string }>>();
    for (const r of rows as Array<{ doc_id: string; name: string; json: string }>) {
      let list = byDoc.get(r.doc_id);
      if (!list) byDoc.set(r.doc_id, (list = []));
      list.push(r);
    }
    return new Map([...byDoc].map(([id, list]) => [id, lazyLayers(list)]));
  }

  async getDocument(id: string): Promise<Document | null> {
    return this.tx(async (c) => {
      const row = (await c.query('SELECT * FROM documents WHERE id = $1', [id])).rows[0] as DocRow | undefined;
      if (!row) return null;
      const layers = PostgresStore.layersFrom((await c.query('SELECT doc_id, name, json FROM layers WHERE doc_id = $1', [id])).rows);
      return toDocument(row, layers.get(id) ?? {});
    }, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return (await this.pool.query(LIST)).rows.map((r: Row) => ({
      id: r.id as string,
      seq: Number(r.seq),
      source: r.source as string,
      title: (r.title as string) ?? null,
      outlet: (r.outlet as string) ?? null,
      published: (r.published as string) ?? null,
      duplicateOf: (r.of_id as string) ?? null,
      ingestedAt: (r.ingested_at as Date).toISOString(),
    }));
  }

  async allDocuments(): Promise<Document[]> {
    // Two scans in one snapshot, instead of one query per document.
    return this.tx(async (c) => {
      const docs = (await c.query('SELECT id, source, content_hash, format, raw, text, meta_json FROM documents ORDER BY seq')).rows as DocRow[];
      const byDoc = PostgresStore.layersFrom((await c.query('SELECT doc_id, name, json FROM layers')).rows);
      return docs.map((r) => toDocument(r, byDoc.get(r.id) ?? {}));
    }, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }

  async countDocuments(): Promise<number> {
    return Number((await this.one('SELECT count(*) AS n FROM documents'))!.n);
  }

  async dedupeCandidates(bands: number[]): Promise<string[]> {
    if (!bands.length) return [];
    const r = await this.pool.query({ name: 'band-docs', text: 'SELECT DISTINCT doc_id FROM dedupe_bands WHERE band = ANY($1::bigint[])', values: [bands] });
    return r.rows.map((x: Row) => x.doc_id as string);
  }

  async getSignature(docId: string): Promise<Uint32Array | null> {
    return (await this.getSignatures([docId])).get(docId) ?? null;
  }

  async getSignatures(docIds: string[]): Promise<Map<string, Uint32Array>> {
    const out = new Map<string, Uint32Array>();
    if (!docIds.length) return out;
    const r = await this.pool.query({ name: 'signatures', text: 'SELECT doc_id, signature FROM dedupe_signatures WHERE doc_id = ANY($1::text[])', values: [docIds] });
    for (const row of r.rows as Row[]) out.set(row.doc_id as string, signatureFromBytes(row.signature as Buffer));
    return out;
  }

  async duplicateLinks(): Promise<DuplicateLink[]> {
    const r = await this.pool.query('SELECT doc_id, of_id, score, rule FROM duplicate_links ORDER BY doc_id');
    return r.rows.map((x: Row) => ({ docId: x.doc_id as string, ofId: x.of_id as string, score: Number(x.score), rule: x.rule as string }));
  }

  async updateLayers(docId: string, layers: Layers, pipelineVersion: string): Promise<void> {
    try {
      const rows = layerRows(layers);
      await this.tx(async (c) => {
        const found = await c.query('SELECT 1 FROM documents WHERE id = $1 FOR UPDATE', [docId]);
        if (!found.rowCount) throw new SitrepError('no-such-item', 'no stored document with this id', docId);
        await c.query('DELETE FROM layers WHERE doc_id = $1', [docId]);
        if (rows.length) await c.query(PUT_LAYERS, [docId, pipelineVersion, rows.map((l) => l[0]), rows.map((l) => l[1])]);
        await c.query(BUMP);
      });
    } catch (e) {
      if (e instanceof SitrepError) throw e;
      throw new SitrepError('store', `cannot update the layers: ${(e as Error).message}`, docId);
    }
  }

  async addDecision(d: Decision): Promise<number> {
    return this.tx(async (c) => {
      const r = await c.query('INSERT INTO decisions (kind, a, b, note, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [d.kind, d.a, d.b, d.note ?? null, new Date()]);
      await c.query(BUMP);
      return Number(r.rows[0].id);
    });
  }

  async listDecisions(): Promise<Decision[]> {
    const r = await this.pool.query('SELECT id, kind, a, b, note, created_at FROM decisions ORDER BY id');
    return r.rows.map((x: Row) => ({
      id: Number(x.id), kind: x.kind as Decision['kind'], a: x.a as string, b: x.b as string,
      note: (x.note as string) ?? null, createdAt: (x.created_at as Date).toISOString(),
    }));
  }

  async removeDecision(id: number): Promise<void> {
    if (!Number.isSafeInteger(id)) return;
    await this.tx(async (c) => {
      if ((await c.query('DELETE FROM decisions WHERE id = $1', [id])).rowCount) await c.query(BUMP);
    });
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const words = searchWords(query);
    if (!words.length) return [];
    const r = await this.pool.query({ name: 'search', text: SEARCH, values: [words.join(' '), clampLimit(limit)] });
    return r.rows.map((x: Row) => ({ docId: x.id as string, title: (x.title as string) ?? null, snippet: x.snippet as string, rank: -Number(x.rank) }));
  }

  async version(): Promise<number> {
    return Number((await this.one('SELECT version FROM store_version WHERE one = 1'))!.version);
  }

  async getCache(key: string): Promise<string | null> {
    const r = await this.one('SELECT value FROM cache WHERE key = $1', [key]);
    return r ? (r.value as string) : null;
  }

  async setCache(key: string, value: string): Promise<void> {
    await this.pool.query('INSERT INTO cache (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [key, value]);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
