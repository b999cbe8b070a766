import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { SitrepError } from '../core/errors.ts';
import { PostgresStore } from './postgres.ts';
import { parsePostgresUrl } from './pg-config.ts';
import { listMigrations, POSTGRES_MIGRATIONS_DIR } from './migrations.ts';
import { openStore } from './index.ts';
import { storeConformance } from './store.case.ts';
import { sampleDoc, saveRecord } from './store.fixtures.ts';
import { findTestServer, TestSchemas } from './pg-test-server.ts';
import { migratePostgres } from './pg-migrate.ts';
import { fingerprint } from '../dedupe/minhash.ts';

const server = await findTestServer();
const skip = 'skip' in server ? server.skip : false;
if (skip) console.log(`# ${skip}`);
const schemas = new TestSchemas('url' in server ? server.url : '');
const tmp = mkdtempSync(join(tmpdir(), 'sitrep-pg-test-'));
after(async () => {
  rmSync(tmp, { recursive: true, force: true });
  if (!skip) await schemas.dropSchemas();
});

const fresh = (opts: { migrationsDir?: string; schema?: string } = {}) =>
  PostgresStore.open(schemas.url, { schema: opts.schema ?? schemas.next(), migrationsDir: opts.migrationsDir, connectTimeoutMs: 5000 });

// Through openStore, so the URL's ?schema= is what selects the per-test schema.
storeConformance('postgres', () => openStore(schemas.urlFor(schemas.next())), { skip });

describe('postgres URLs', () => {
  it('takes the schema from ?schema= and hides the password', () => {
    const t = parsePostgresUrl('postgres://ana:s3cret@db.example:5433/corpus?schema=team_a&sslmode=disable');
    assert.equal(t.schema, 'team_a');
    assert.ok(!t.connectionString.includes('schema='));
    assert.ok(t.connectionString.includes('sslmode=disable'));
    assert.ok(!t.location.includes('s3cret'));
    assert.match(t.location, /schema=team_a/);
  });

  it('uses the schema "sitrep" when none is named', () => {
    assert.equal(parsePostgresUrl('postgresql://localhost/x').schema, 'sitrep');
  });

  it('refuses a schema name that is not a plain lower-case identifier', () => {
    for (const bad of ['Team', 'a-b', 'x"; DROP SCHEMA public; --', '1abc', '']) {
      assert.throws(() => parsePostgresUrl(`postgres://localhost/x?schema=${encodeURIComponent(bad)}`),
        (e: unknown) => e instanceof SitrepError && e.code === 'bad-usage', bad);
    }
  });
});

describe('postgres backend', { skip }, () => {
  const shipped = listMigrations(POSTGRES_MIGRATIONS_DIR);
  const migrationsDir = (extra: Record<string, string> = {}) => {
    const dir = mkdtempSync(join(tmp, 'migrations-'));
    for (const m of shipped) copyFileSync(join(POSTGRES_MIGRATIONS_DIR, m.name), join(dir, m.name));
    for (const [name, sql] of Object.entries(extra)) writeFileSync(join(dir, name), sql);
    return dir;
  };
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ connectionString: schemas.url });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };

  it('creates its schema and records each migration once', async () => {
    const schema = schemas.next();
    const dir = migrationsDir({ '900_probe.sql': "CREATE TABLE probe (x text); INSERT INTO probe VALUES ('once');" });
    await (await fresh({ schema, migrationsDir: dir })).close();
    const s = await fresh({ schema, migrationsDir: dir });
    assert.equal(await s.schemaVersion(), 900);
    await s.close();
    const rows = await admin(async (c) => ({
      versions: (await c.query(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`)).rows.map((r) => r.version),
      probe: (await c.query(`SELECT x FROM "${schema}".probe`)).rows,
    }));
    assert.deepEqual(rows.versions, [...shipped.map((m) => m.version), 900]);
    assert.deepEqual(rows.probe, [{ x: 'once' }]);
  });

  it('applies a newer migration file on reopen and keeps the data', async () => {
    const schema = schemas.next();
    const dir = migrationsDir();
    const s1 = await fresh({ schema, migrationsDir: dir });
    await s1.saveDocument(saveRecord(sampleDoc(1, 'Stored before the upgrade.')));
    await s1.close();
    writeFileSync(join(dir, '901_notes.sql'), 'ALTER TABLE documents ADD COLUMN notes text;');
    const s2 = await fresh({ schema, migrationsDir: dir });
    assert.equal(await s2.schemaVersion(), 901);
    assert.equal(await s2.countDocuments(), 1);
    await s2.close();
  });

  it('rolls a failing migration back whole and names it', async () => {
    const schema = schemas.next();
    const dir = migrationsDir({ '902_bad.sql': 'CREATE TABLE half (x int); INSERT INTO nowhere VALUES (1);' });
    await assert.rejects(fresh({ schema, migrationsDir: dir }), (e: unknown) => e instanceof SitrepError && /902_bad\.sql/.test(e.message));
    const left = await admin(async (c) => (await c.query('SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = $2', [schema, 'half'])).rowCount);
    assert.equal(left, 0);
    const s = await fresh({ schema });
    assert.equal(await s.schemaVersion(), shipped[shipped.length - 1].version);
    await s.close();
  });

  it('refuses a schema written by a newer sitrep', async () => {
    const schema = schemas.next();
    await (await fresh({ schema })).close();
    await admin((c) => c.query(`INSERT INTO "${schema}".schema_migrations (version, name) VALUES (999, '999_future.sql')`));
    await assert.rejects(fresh({ schema }), (e: unknown) => e instanceof SitrepError && /schema version 999/.test(e.message));
  });

  it('lets several processes open a new schema at once', async () => {
    const schema = schemas.next();
    const stores = await Promise.all([1, 2, 3].map(() => fresh({ schema })));
    await stores[0].saveDocument(saveRecord(sampleDoc(1, 'Seen by every opener.')));
    for (const s of stores) assert.equal(await s.countDocuments(), 1);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('keeps schemas apart', async () => {
    const a = await fresh();
    const b = await fresh();
    await a.saveDocument(saveRecord(sampleDoc(1, 'Only in the first schema.')));
    assert.equal(await a.countDocuments(), 1);
    assert.equal(await b.countDocuments(), 0);
    await Promise.all([a.close(), b.close()]);
  });

  it('re-derives the integer band keys of signatures stored before migration 002', async () => {
    const schema = schemas.next();
    await admin((c) => migratePostgres(c, schema, shipped.slice(0, 1), schema));
    const text = 'Militia fighters fired rockets at an airbase in western Iraq on Monday, officials said.';
    const fp = fingerprint(text);
    await admin(async (c) => {
      await c.query(`INSERT INTO "${schema}".documents (id, source, content_hash, format, raw, text, meta_json, ingested_at)
        VALUES ('d-old', 'old.txt', 'h-old', 'text', $1, $1, '{}', now())`, [text]);
      await c.query(`INSERT INTO "${schema}".dedupe_signatures (doc_id, signature) VALUES ('d-old', $1)`, [Buffer.from(fp.signature.buffer)]);
      await c.query(`INSERT INTO "${schema}".dedupe_bands (band, doc_id) VALUES ('0:abc', 'd-old')`);
    });
    const s = await fresh({ schema });
    try {
      assert.deepEqual(await s.dedupeCandidates(fp.bands.slice(5, 6)), ['d-old']);
      assert.deepEqual([...(await s.getSignature('d-old'))!], [...fp.signature]);
    } finally {
      await s.close();
    }
  });

  it('says which server it could not reach', async () => {
    await assert.rejects(
      PostgresStore.open('postgres://nobody:pw@127.0.0.1:1/none', { connectTimeoutMs: 1000 }),
      (e: unknown) => e instanceof SitrepError && e.code === 'store' && /cannot connect/.test(e.message) && !e.input!.includes(':pw@'),
    );
  });
});
