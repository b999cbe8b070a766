/**
 * `sitrep serve`: one node:http server for the JSON API under /api and the built web app.
 * Read-only unless `allowIngest`; binds 127.0.0.1 by default; request bodies are bounded; every
 * reply carries the security headers of http.ts. Routes are thin over the core Sitrep object.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Sitrep } from '../core/sitrep.ts';
import type { Situation } from '../core/types.ts';
import { SitrepError } from '../core/errors.ts';
import { isLoopbackHost, parseJsonObject, readBody, sendError, sendJson } from './http.ts';
import { READ_ROUTES, matchRoute } from './routes.ts';
import { SituationCache } from './situation-index.ts';
import { ingestRequest } from './ingest-route.ts';
import { DEFAULT_WEB_ROOT, serveStatic } from './static.ts';
import { versionStream } from './stream.ts';

export interface ServeOptions {
  app: Sitrep;
  /** Accept POST /api/ingest. Off by default. */
  allowIngest?: boolean;
  /** The built web app; null serves the API only. */
  webRoot?: string | null;
  /** Largest request body, in bytes (default 2 MB). */
  maxBody?: number;
  /** Where the situation comes from (default: `app.situation()`); tests pass their own. */
  situation?: () => Promise<Situation>;
}

/** What `serve` chose, for tests and the CLI. */
export const SERVE_DEFAULTS = { host: '127.0.0.1', port: 8787, maxBody: 2 * 1024 * 1024 } as const;

/** Builds the request handler (no socket yet). */
export function createHandler(opts: ServeOptions) {
  const { app } = opts;
  const cache = new SituationCache(() => app.store.version(), opts.situation ?? (() => app.situation()));
  const webRoot = opts.webRoot === undefined ? DEFAULT_WEB_ROOT : opts.webRoot;
  const maxBody = opts.maxBody ?? SERVE_DEFAULTS.maxBody;
  const info = () => ({ allowIngest: Boolean(opts.allowIngest), maxBody, store: app.store.kind });

  return async function handle(req: IncomingMessage, res: ServerResponse, loopbackOnly: boolean): Promise<void> {
    try {
      const hostHeader = String(req.headers.host ?? '');
      const hostname = hostHeader.replace(/:\d+$/, '');
      // A page on another site cannot reach a loopback server through a rebound DNS name.
      if (loopbackOnly && hostHeader && !isLoopbackHost(hostname)) {
        throw new SitrepError('bad-usage', `host '${hostname.slice(0, 100)}' is not served; use 127.0.0.1 or localhost`);
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = req.method ?? 'GET';
      if (!url.pathname.startsWith('/api/') && url.pathname !== '/api') {
        if (method !== 'GET' && method !== 'HEAD') throw new SitrepError('method-not-allowed', `${method} is not accepted here`);
        serveStatic(webRoot, url.pathname, res, method === 'HEAD');
        return;
      }
      if (url.pathname === '/api/info') return sendJson(res, 200, info());
      if (url.pathname === '/api/version-stream' && method === 'GET') return versionStream(req, res, () => app.store.version());
      if (url.pathname === '/api/ingest') {
        if (method !== 'POST') throw new SitrepError('method-not-allowed', 'send reports with POST /api/ingest');
        if (!opts.allowIngest) {
          req.resume();
          throw new SitrepError('read-only', 'this server is read-only; restart it with --allow-ingest to add reports');
        }
        const body = parseJsonObject(await readBody(req, maxBody));
        const events = await ingestRequest(app, body);
        const ix = await cache.get();
        return sendJson(res, 200, { events, version: ix.version });
      }
      const found = matchRoute(READ_ROUTES, method, url.pathname);
      if (found === 'wrong-method') {
        req.resume();
        throw new SitrepError('method-not-allowed', `${method} ${url.pathname} is not accepted; the API is read-only`);
      }
      if (!found) throw new SitrepError('no-such-item', `no API route ${url.pathname}`);
      const ix = await cache.get();
      if (url.pathname === '/api/situation') return sendJson(res, 200, null, ix.json());
      const value = await found.handler({ ix, query: url.searchParams, params: found.params, store: app.store });
      sendJson(res, 200, value);
    } catch (e) {
      const extra: Record<string, string> = e instanceof SitrepError && e.code === 'method-not-allowed' ? { Allow: 'GET, HEAD' } : {};
      if (e instanceof SitrepError && e.code === 'too-large') extra.Connection = 'close';
      if (!res.headersSent) sendError(res, e, extra);
      else res.destroy();
    }
  };
}

/** A started server and where it listens. */
export interface RunningServer {
  server: Server;
  host: string;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Starts the server; `port: 0` picks a free port (tests). */
export async function startServer(opts: ServeOptions & { host?: string; port?: number }): Promise<RunningServer> {
  const host = opts.host ?? SERVE_DEFAULTS.host;
  const handle = createHandler(opts);
  const loopbackOnly = isLoopbackHost(host);
  const server = createServer((req, res) => void handle(req, res, loopbackOnly));
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? SERVE_DEFAULTS.port, host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    server,
    host: addr.address,
    port: addr.port,
    url: `http://${shown}:${addr.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
