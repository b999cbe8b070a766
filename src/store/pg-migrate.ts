/**
 * PostgreSQL schema migrations: the `NNN_name.sql` files of ./pg-migrations, applied in order
 * into one schema, each in its own transaction together with its row in `schema_migrations`.
 * An advisory lock per schema makes two processes opening the store at once take turns.
 */
import type pg from 'pg';
import { SitrepError } from '../core/errors.ts';
import { newerSchemaError, type Migration } from './migrations.ts';

/** Quotes a schema name that `checkSchemaName` accepted. */
export const ident = (name: string): string => `"${name}"`;

/**
 * Accepts lower-case SQL identifiers only (letters, digits, underscore; at most 63), so the
 * name can be quoted into DDL safely and means the same quoted or not.
 */
export function checkSchemaName(name: string, where: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new SitrepError('bad-usage', `invalid schema name ${JSON.stringify(name)}: use lower-case letters, digits and _`, where);
  }
  return name;
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version    integer PRIMARY KEY,
  name       text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

/** Applies the pending migrations to `schema` (creating it if needed); returns the versions applied. */
export async function migratePostgres(client: pg.ClientBase, schema: string, migrations: Migration[], where: string): Promise<number[]> {
  const known = migrations.length ? migrations[migrations.length - 1].version : 0;
  const applied: number[] = [];
  for (;;) {
    let current: Migration | undefined;
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`sitrep-migrate:${schema}`]);
      const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
      if (!exists.rowCount) await client.query(`CREATE SCHEMA ${ident(schema)}`);
      await client.query(`SET LOCAL search_path TO ${ident(schema)}`);
      await client.query(CREATE_TABLE);
      const done = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
      const newest = Math.max(0, ...done);
      if (newest > known) throw newerSchemaError(where, newest, known);
      current = migrations.find((m) => !done.has(m.version));
      if (current) {
        await client.query(current.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [current.version, current.name]);
      }
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      if (e instanceof SitrepError) throw e;
      const what = current ? `migration ${current.name} failed` : 'cannot read the applied migrations';
      throw new SitrepError('store', `${what}: ${(e as Error).message}`, where);
    }
    if (!current) return applied;
    applied.push(current.version);
  }
}

/** The newest migration applied to the schema the client's search_path names (0 if none). */
export async function appliedVersion(client: pg.ClientBase | pg.Pool): Promise<number> {
  const r = await client.query('SELECT coalesce(max(version), 0) AS v FROM schema_migrations');
  return Number(r.rows[0].v);
}
