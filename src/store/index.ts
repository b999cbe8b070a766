/**
 * Opens the store a `--db` value names: a SQLite file path, or a PostgreSQL URL
 * `postgres://user[:password]@host[:port]/database[?schema=name]` (tables in schema `name`,
 * default `sitrep`, created if missing). This and the `Store` interface are the store's
 * whole public surface; nothing else in sitrep touches a database directly.
 */
import type { Store } from './store.ts';
import { SqliteStore } from './sqlite.ts';

export type { Store } from './store.ts';

/** True when a `--db` value names a PostgreSQL database rather than a SQLite file. */
export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

/** Opens (and migrates) the store at `location`. */
export async function openStore(location: string): Promise<Store> {
  if (isPostgresUrl(location)) {
    // Loaded only when asked for, so SQLite users never load the PostgreSQL driver.
    const { PostgresStore } = await import('./postgres.ts');
    return PostgresStore.open(location);
  }
  return new SqliteStore(location);
}
