/** Opens the store a `--db` value names: a SQLite file path, or a postgres:// URL. */
import type { Store } from './store.ts';
import { SqliteStore } from './sqlite.ts';
import { SitrepError } from '../core/errors.ts';

export type { Store } from './store.ts';

export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) {
    throw new SitrepError('store', 'the PostgreSQL backend is not available yet', location);
  }
  return new SqliteStore(location);
}
