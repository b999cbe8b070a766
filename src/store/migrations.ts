/**
 * Versioned schema migrations, shared by both backends: a directory of `NNN_name.sql` files
 * applied in order, each once, each in its own transaction. SQLite keeps the applied number in
 * `PRAGMA user_version`; PostgreSQL in a `schema_migrations` table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { SitrepError } from '../core/errors.ts';

/** One migration file. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const here = dirname(fileURLToPath(import.meta.url));

/** The SQLite migrations shipped with sitrep. */
export const SQLITE_MIGRATIONS_DIR = join(here, 'migrations');
/** The PostgreSQL migrations shipped with sitrep. */
export const POSTGRES_MIGRATIONS_DIR = join(here, 'pg-migrations');

/**
 * The migrations in a directory, in order. Files not named `NNN_name.sql` are ignored; two
 * files with the same number are an error (a merge of two branches that both added one).
 */
export function listMigrations(dir: string): Migration[] {
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch (e) {
    throw new SitrepError('store', `cannot read the migrations directory: ${(e as Error).message}`, dir);
  }
  const out = files
    .filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(join(dir, f), 'utf8') }));
  for (let i = 1; i < out.length; i++) {
    if (out[i].version === out[i - 1].version) {
      throw new SitrepError('store', `two migrations share number ${out[i].version}: ${out[i - 1].name} and ${out[i].name}`, dir);
    }
  }
  return out;
}

/** The error for a database written by a newer sitrep than this one. */
export function newerSchemaError(where: string, found: number, known: number): SitrepError {
  return new SitrepError(
    'store',
    `the database has schema version ${found} but this sitrep knows only up to ${known}: upgrade sitrep`,
    where,
  );
}
