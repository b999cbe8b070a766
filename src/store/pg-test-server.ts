/**
 * For tests: finds a reachable PostgreSQL server and hands out throw-away schemas on it.
 * `SITREP_TEST_PG` names the server; otherwise the local test database is tried as user
 * postgres, then root. Each schema is `sitrep_test_<pid>_<random>_<n>`, so concurrent runs never
 * collide; `dropSchemas()` removes the ones this process made.
 */
import pg from 'pg';
import { randomBytes } from 'node:crypto';

const CANDIDATES = process.env.SITREP_TEST_PG
  ? [process.env.SITREP_TEST_PG]
  : ['postgres://postgres@127.0.0.1:5432/test', 'postgres://root@127.0.0.1:5432/test'];

/** The first candidate URL that accepts a connection within `timeoutMs`, or the reason none did. */
export async function findTestServer(timeoutMs = 1500): Promise<{ url: string } | { skip: string }> {
  const reasons: string[] = [];
  for (const url of CANDIDATES) {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
    c.on('error', () => {});
    try {
      await c.connect();
      await c.query('SELECT 1');
      return { url };
    } catch (e) {
      reasons.push((e as Error).message || (e as Error).name);
    } finally {
      await c.end().catch(() => {});
    }
  }
  return { skip: `PostgreSQL not reachable at ${CANDIDATES.join(' or ')} (${reasons.join('; ')}): skipping` };
}

/** Hands out fresh schema names on one server and drops them afterwards. */
export class TestSchemas {
  private readonly made: string[] = [];
  private readonly prefix = `sitrep_test_${process.pid}_${randomBytes(3).toString('hex')}`;
  constructor(readonly url: string) {}

  /** A new, unused schema name (the store creates the schema on open). */
  next(): string {
    const name = `${this.prefix}_${this.made.length + 1}`;
    this.made.push(name);
    return name;
  }

  /** The server URL with `?schema=` set. */
  urlFor(schema: string): string {
    return `${this.url}${this.url.includes('?') ? '&' : '?'}schema=${schema}`;
  }

  /** Drops every schema handed out (and whatever is in it). */
  async dropSchemas(): Promise<void> {
    const c = new pg.Client({ connectionString: this.url });
    await c.connect();
    try {
      for (const s of this.made) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    } finally {
      await c.end();
    }
  }
}
