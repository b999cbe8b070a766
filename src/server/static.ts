/**
 * Serves the built web app (web/dist) read-only: known file types only, no path outside the
 * folder, and index.html for any other non-API path so the app's own routes load.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerResponse } from 'node:http';
import { send } from './http.ts';

/** Where `npm run build:web` writes the app. */
export const DEFAULT_WEB_ROOT = resolve(fileURLToPath(new URL('../../web/dist', import.meta.url)));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** True when the web app has been built into `root`. */
export function webAppBuilt(root: string): boolean {
  return existsSync(join(root, 'index.html'));
}

/** The page sent when the app was not built: says how to build it. */
export const NOT_BUILT_PAGE =
  '<!doctype html><meta charset="utf-8"><title>sitrep</title><h1>The sitrep web app is not built</h1>' +
  '<p>Run <code>npm run build:web</code> (or <code>npm ci</code>, which builds it) and restart <code>sitrep serve</code>. ' +
  'The JSON API under <code>/api</code> works meanwhile.</p>';

/** Sends a file of the app, or index.html for app routes. */
export function serveStatic(root: string | null, path: string, res: ServerResponse, head: boolean): void {
  if (!root || !webAppBuilt(root)) {
    send(res, 503, head ? '' : NOT_BUILT_PAGE, 'text/html; charset=utf-8');
    return;
  }
  let rel: string;
  try {
    rel = decodeURIComponent(path);
  } catch {
    send(res, 400, 'bad path', 'text/plain; charset=utf-8');
    return;
  }
  const full = normalize(join(root, rel));
  const inside = full === root || full.startsWith(root + sep);
  let file = inside && existsSync(full) && statSync(full).isFile() ? full : null;
  if (!file && inside && !extname(rel)) file = join(root, 'index.html');
  const type = file ? TYPES[extname(file)] : undefined;
  if (!file || !type) {
    send(res, 404, 'not found', 'text/plain; charset=utf-8');
    return;
  }
  const body = readFileSync(file);
  const cache = rel.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  send(res, 200, head ? Buffer.alloc(0) : body, type, { 'Cache-Control': cache });
}
