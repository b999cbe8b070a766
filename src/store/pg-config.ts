/**
 * Reading a `--db postgres://...` value: the connection string for the driver, the schema
 * sitrep's tables live in, and a location safe to print (no password).
 */
import { SitrepError } from '../core/errors.ts';
import { checkSchemaName } from './pg-migrate.ts';

/** The schema used when the URL names none. */
export const DEFAULT_SCHEMA = 'sitrep';

/** What `parsePostgresUrl` reads from a URL. */
export interface PostgresTarget {
  /** The URL without sitrep's own `schema` parameter, for the driver. */
  connectionString: string;
  schema: string;
  /** The URL without its password, for messages. */
  location: string;
}

/**
 * Splits `postgres://user[:password]@host[:port]/database[?schema=name&...]`. The `schema`
 * parameter (default `sitrep`) selects the schema; other parameters go to the driver.
 */
export function parsePostgresUrl(url: string, schemaOverride?: string): PostgresTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new SitrepError('bad-usage', 'not a valid postgres:// URL', url.replace(/:[^:@/]*@/, ':***@'));
  }
  const schema = schemaOverride ?? u.searchParams.get('schema') ?? DEFAULT_SCHEMA;
  u.searchParams.delete('schema');
  const connectionString = u.toString();
  const shown = new URL(connectionString);
  if (shown.password) shown.password = '***';
  const location = `${shown.toString()}${shown.search ? '&' : '?'}schema=${schema}`;
  checkSchemaName(schema, location);
  return { connectionString, schema, location };
}
