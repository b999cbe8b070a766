/**
 * Fetches an http(s) URL with Node's fetch under three bounds: a timeout covering the whole
 * exchange (AbortController), a size limit enforced while the body streams in, and redirects
 * followed by hand (at most `maxRedirects`, http and https only).
 */
import { tooLarge, type ReadOptions } from './types.ts';

/** A fetched body: where it finally came from, its content-type and bytes. */
export interface Fetched {
  url: string;
  contentType: string;
  bytes: Uint8Array;
}

/** A URL that could not be fetched; `message` is the one-line reason. */
export class FetchFailure extends Error {}

/** True for an input that names a URL (any scheme), as opposed to a path. */
export const looksLikeUrl = (input: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(input);

/** True for an http or https URL. */
export const isHttpUrl = (input: string): boolean => /^https?:\/\//i.test(input);

const USER_AGENT = 'sitrep/0.1 (news report reader)';

function networkReason(e: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `no complete answer within ${formatSeconds(timeoutMs)} (timeout, see --timeout)`;
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  const words: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed',
    ECONNRESET: 'connection reset',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    ETIMEDOUT: 'connection timed out',
  };
  if (words[code]) return `unreachable: ${words[code]} (${code})`;
  return `unreachable: ${cause?.message ?? (e as Error).message}`;
}

const formatSeconds = (ms: number): string => `${+(ms / 1000).toFixed(2)}s`;

async function readBody(res: Response, limit: number, abort: () => void): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    abort();
    throw new FetchFailure(tooLarge(declared, limit));
  }
  if (!res.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      abort();
      throw new FetchFailure(tooLarge(null, limit));
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Fetches a URL within the read options' timeout, size limit and redirect bound. */
export async function fetchUrl(url: string, opts: Pick<ReadOptions, 'maxBytes' | 'timeoutMs' | 'maxRedirects'>): Promise<Fetched> {
  if (!isHttpUrl(url)) throw new FetchFailure('only http and https URLs are supported');
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeoutMs);
  let current = url;
  try {
    for (let hops = 0; ; hops++) {
      let res: Response;
      try {
        res = await fetch(current, {
          redirect: 'manual',
          signal: controller.signal,
          headers: { 'user-agent': USER_AGENT, accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/*;q=0.8' },
        });
      } catch (e) {
        throw new FetchFailure(networkReason(e, timedOut, opts.timeoutMs));
      }
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel().catch(() => {});
        const location = res.headers.get('location');
        if (!location) throw new FetchFailure(`HTTP ${res.status} redirect without a Location header`);
        const next = new URL(location, current);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new FetchFailure(`redirected to a ${next.protocol} URL; only http and https are followed`);
        if (hops + 1 > opts.maxRedirects) throw new FetchFailure(`too many redirects (more than ${opts.maxRedirects})`);
        current = next.href;
        continue;
      }
      if (res.status >= 400 || res.status < 200) {
        await res.body?.cancel().catch(() => {});
        throw new FetchFailure(`HTTP error ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      }
      let bytes: Uint8Array;
      try {
        bytes = await readBody(res, opts.maxBytes, () => controller.abort());
      } catch (e) {
        if (e instanceof FetchFailure) throw e;
        throw new FetchFailure(networkReason(e, timedOut, opts.timeoutMs));
      }
      return { url: current, contentType: res.headers.get('content-type') ?? '', bytes };
    }
  } finally {
    clearTimeout(timer);
  }
}
