/**
 * Small HTTP helpers for the API: JSON replies, errors from the catalogue (src/core/errors.ts)
 * with their HTTP status, bounded request bodies and the security headers every reply carries.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ERROR_CODES, SitrepError, type ErrorCode } from '../core/errors.ts';

/** The HTTP status each error code answers with. */
export const STATUS_OF: Record<ErrorCode, number> = {
  'unreadable': 400,
  'not-found': 404,
  'empty': 400,
  'binary': 415,
  'too-large': 413,
  'malformed': 400,
  'unsupported': 415,
  'fetch-failed': 502,
  'not-a-feed': 400,
  'bad-usage': 400,
  'bad-data-file': 500,
  'pipeline-order': 500,
  'store': 500,
  'no-such-item': 404,
  'read-only': 403,
  'method-not-allowed': 405,
};

/**
 * Headers on every reply. The web app has no inline script, so scripts come from our own origin
 * only; report text can never run even if it reached the page as markup.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Writes a reply with the security headers. */
export function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), ...extra });
  res.end(body);
}

/** A JSON reply; `text` lets a caller pass an already serialised body (cached exports). */
export function sendJson(res: ServerResponse, status: number, value: unknown, text?: string): void {
  send(res, status, text ?? JSON.stringify(value), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store' });
}

/** The JSON shape of every API error: `{error: {code, message, hint}}`. */
export function errorBody(code: ErrorCode, message: string): { error: { code: ErrorCode; message: string; hint: string } } {
  return { error: { code, message, hint: ERROR_CODES[code] } };
}

/** Replies with an error; anything not from the catalogue becomes a 500 `store` error. */
export function sendError(res: ServerResponse, e: unknown, extra: Record<string, string> = {}): void {
  if (e instanceof SitrepError) {
    const body = JSON.stringify(errorBody(e.code, e.line()));
    send(res, STATUS_OF[e.code], body, 'application/json; charset=utf-8', extra);
    return;
  }
  const body = JSON.stringify(errorBody('store', `internal error: ${(e as Error)?.message ?? String(e)}`));
  send(res, 500, body, 'application/json; charset=utf-8', extra);
}

/** Reads a request body up to `limit` bytes; past that, a `too-large` error (413). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      reject(new SitrepError('too-large', `request body of ${declared} bytes is over the limit of ${limit} bytes`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (c: Buffer) => {
      if (failed) return;
      size += c.length;
      if (size > limit) {
        failed = true;
        reject(new SitrepError('too-large', `request body is over the limit of ${limit} bytes`));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (e) => {
      if (!failed) reject(e);
    });
  });
}

/** Parses a JSON body into an object, or a `malformed` error. */
export function parseJsonObject(body: Buffer): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(body.toString('utf8'));
  } catch {
    throw new SitrepError('malformed', 'the request body is not valid JSON');
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new SitrepError('malformed', 'the request body must be a JSON object');
  return v as Record<string, unknown>;
}

/** True for host names that only reach this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}
