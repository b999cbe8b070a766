import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SitrepError } from '../core/errors.ts';
import { SqliteStore, migrateSqlite, toFtsQuery } from './sqlite.ts';
import { listMigrations, SQLITE_MIGRATIONS_DIR } from './migrations.ts';
import { openStore } from './index.ts';
import { storeConformance } from './store.case.ts';
import { sampleDoc, saveRecord } from './store.fixtures.ts';
import { fingerprint } from '../dedupe/minhash.ts';

const tmp = mkdtempSync(join(tmpdir(), 'sitrep-sqlite-test-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(tmp, `store-${++n}.db`);

storeConformance('sqlite file', async () => new SqliteStore(freshPath()));
storeConformance('sqlite :memory:', async () => new SqliteStore(':memory:'));

const shipped = listMigrations(SQLITE_MIGRATIONS_DIR);

/** A migrations directory holding the shipped migrations plus extra ones. */
function migrationsDir(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmp, 'migrations-'));
  for (const m of shipped) copyFileSync(join(SQLITE_MIGRATIONS_DIR, m.name), join(dir, m.name));
  for (const [name, sql] of Object.entries(extra)) writeFileSync(join(dir, name), sql);
  return dir;
}

const userVersion = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
};

describe('sqlite migrations', () => {
  it('a fresh database is migrated to the newest shipped migration', async () => {
    const path = freshPath();
    const s = new SqliteStore(path);
    assert.equal(await s.schemaVersion(), shipped[shipped.length - 1].version);
    await s.close();
    assert.equal(userVersion(path), shipped.length);
  });

  it('reopening applies nothing twice and keeps the data', async () => {
    const path = freshPath();
    const dir = migrationsDir({ '900_seed.sql': "CREATE TABLE probe (x TEXT); INSERT INTO probe VALUES ('once');" });
    const s1 = new SqliteStore(path, { migrationsDir: dir });
    await s1.saveDocument(saveRecord(sampleDoc(1, 'Kept across reopening.')));
    await s1.close();
    const s2 = new SqliteStore(path, { migrationsDir: dir });
    assert.equal(await s2.countDocuments(), 1);
    await s2.close();
    const db = new Database(path);
    assert.deepEqual(db.prepare('SELECT x FROM probe').all(), [{ x: 'once' }]);
    db.close();
  });

  it('a newer migration file is applied when the database is reopened', async () => {
    const path = freshPath();
    const dir = migrationsDir();
    await new SqliteStore(path, { migrationsDir: dir }).close();
    writeFileSync(join(dir, '901_add_notes.sql'), 'ALTER TABLE documents ADD COLUMN notes TEXT;');
    const s = new SqliteStore(path, { migrationsDir: dir });
    assert.equal(await s.schemaVersion(), 901);
    await s.saveDocument(saveRecord(sampleDoc(2, 'After the upgrade.')));
    await s.close();
    const db = new Database(path);
    assert.ok((db.prepare('PRAGMA table_info(documents)').all() as Array<{ name: string }>).some((c) => c.name === 'notes'));
    db.close();
  });

  it('a failing migration is rolled back whole and names itself', () => {
    const db = new Database(':memory:');
    const ok = { version: 1, name: '001_ok.sql', sql: 'CREATE TABLE a (x INTEGER);' };
    const bad = { version: 2, name: '002_bad.sql', sql: 'CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);' };
    assert.throws(() => migrateSqlite(db, [ok, bad]), (e: unknown) => e instanceof SitrepError && /002_bad\.sql/.test(e.message));
    assert.equal(db.pragma('user_version', { simple: true }), 1);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name);
    assert.deepEqual(tables, ['a']);
    assert.deepEqual(migrateSqlite(db, [ok]), []);
    db.close();
  });

  it('a database from a newer sitrep is refused with a clear error', () => {
    const path = freshPath();
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    assert.throws(() => new SqliteStore(path), (e: unknown) => e instanceof SitrepError && /schema version 999/.test(e.message));
  });

  it('two migration files with the same number are an error', () => {
    const dir = migrationsDir({ '001_again.sql': 'SELECT 1;' });
    assert.throws(() => listMigrations(dir), /two migrations share number 1/);
  });

  it('an unopenable path is a store error naming the path', () => {
    const bad = join(tmp, 'no', 'such', 'dir', 'x.db');
    assert.throws(() => new SqliteStore(bad), (e: unknown) => e instanceof SitrepError && e.code === 'store' && e.input === bad);
  });
});

describe('sqlite specifics', () => {
  it('openStore opens a SQLite file for a path', async () => {
    const s = await openStore(freshPath());
    assert.equal(s.kind, 'sqlite');
    await s.close();
  });

  it('uses the WAL journal', () => {
    const path = freshPath();
    const s = new SqliteStore(path);
    const db = new Database(path);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
    void s.close();
  });

  it('toFtsQuery quotes every word so FTS operators are literal', () => {
    assert.equal(toFtsQuery('militia NEAR( ) OR "x" *'), '"militia" "NEAR" "OR" "x"');
    assert.equal(toFtsQuery('"*()'), '');
  });
});

describe('the band and full-text indexes are derived from the saved reports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bands-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const count = (path: string, sql: string) => {
    const raw = new Database(path, { readonly: true });
    try {
      return (raw.prepare(sql).get() as { n: number }).n;
    } finally {
      raw.close();
    }
  };

  it('finds a report saved by a run that stopped before its indexes caught up', async () => {
    const path = join(dir, 'bands.db');
    const first = new SqliteStore(path);
    const doc = sampleDoc(1, 'A report about a drone strike near the border.');
    await first.saveDocument(saveRecord(doc, [41, 42]));
    // The same process sees it before any batch is written...
    assert.deepEqual(await first.dedupeCandidates([42]), [doc.id]);
    assert.equal(count(path, 'SELECT count(*) AS n FROM dedupe_band_index'), 0, 'band rows not written yet');
    assert.equal(count(path, "SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH 'drone'"), 0, 'not in the full-text index yet');
    // ...and a new process, opening the file while the first never closed (as after a kill), indexes it on open.
    const second = new SqliteStore(path);
    try {
      assert.deepEqual(await second.dedupeCandidates([41]), [doc.id]);
      assert.equal(count(path, 'SELECT count(*) AS n FROM dedupe_band_index'), 2);
      assert.equal(count(path, "SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH 'drone'"), 1);
    } finally {
      await second.close();
      await first.close();
    }
  });

  it('a search sees reports saved by another process that has not caught up yet', async () => {
    const path = join(dir, 'search.db');
    const writer = new SqliteStore(path);
    const reader = new SqliteStore(path);
    try {
      const doc = sampleDoc(2, 'Engineers reopened the northern bridge.');
      await writer.saveDocument(saveRecord(doc));
      assert.deepEqual((await reader.search('bridge')).map((h) => h.docId), [doc.id]);
      assert.deepEqual((await writer.search('bridge')).map((h) => h.docId), [doc.id], 'indexed once, found once');
    } finally {
      await reader.close();
      await writer.close();
    }
  });

  it('a database at migration 004 is re-keyed: its 46-bit keys give way to the small keys of 005', async () => {
    const path = join(dir, 'v4.db');
    const old = new Database(path);
    migrateSqlite(old, shipped.filter((m) => m.version <= 4));
    const text = 'Engineers reopened the northern bridge after three days of repairs, the ministry said.';
    const fp = fingerprint(text);
    const oldKey = 5 * 2 ** 46 + 12345;
    old.prepare(`INSERT INTO documents (id, source, content_hash, format, raw, text, meta_json, ingested_at)
      VALUES ('d-v4', 'v4.txt', 'h-v4', 'text', ?, ?, '{}', '2024-01-01T00:00:00Z')`).run(text, text);
    old.prepare('INSERT INTO dedupe_fingerprints (seq, signature, bands) VALUES (1, ?, ?)')
      .run(Buffer.from(fp.signature.buffer), Buffer.from(Float64Array.from([oldKey]).buffer));
    old.prepare('INSERT INTO dedupe_band_index (band, seq) VALUES (?, 1)').run(oldKey);
    old.prepare("UPDATE index_progress SET upto = 1").run();
    old.close();
    const s = new SqliteStore(path);
    try {
      assert.deepEqual(await s.dedupeCandidates([fp.bands[9]]), ['d-v4']);
      assert.deepEqual(await s.dedupeCandidates([oldKey]), [], 'the old key is gone');
    } finally {
      await s.close();
    }
  });

  it('a database from before migration 004 keeps its reports findable: text band keys are re-derived from the signatures', async () => {
    const path = join(dir, 'old.db');
    const old = new Database(path);
    migrateSqlite(old, shipped.filter((m) => m.version <= 3));
    const text = 'Militia fighters fired rockets at an airbase in western Iraq on Monday, officials said.';
    const fp = fingerprint(text);
    old.prepare(`INSERT INTO documents (id, source, content_hash, format, raw, text, meta_json, ingested_at)
      VALUES ('d-old', 'old.txt', 'h-old', 'text', ?, ?, '{}', '2024-01-01T00:00:00Z')`).run(text, text);
    old.prepare("INSERT INTO dedupe_signatures (doc_id, signature, bands, indexed) VALUES ('d-old', ?, '[\"0:abc\"]', 1)")
      .run(Buffer.from(fp.signature.buffer));
    old.prepare("INSERT INTO dedupe_bands (band, doc_id) VALUES ('0:abc', 'd-old')").run();
    old.close();
    const s = new SqliteStore(path);
    try {
      assert.deepEqual(await s.dedupeCandidates(fp.bands.slice(5, 6)), ['d-old']);
      assert.deepEqual([...(await s.getSignature('d-old'))!], [...fp.signature]);
      assert.deepEqual((await s.search('airbase')).map((h) => h.docId), ['d-old'], 'still in the full-text index');
    } finally {
      await s.close();
    }
  });
});
