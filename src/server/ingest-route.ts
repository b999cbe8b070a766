/**
 * POST /api/ingest: adds reports from the web app (only when the server runs with
 * --allow-ingest). The JSON body is one of
 *   {text, title?, outlet?, published?}       pasted text
 *   {url}                                     a page or feed to fetch
 *   {files: [{name, text? , base64?}]}        uploaded files, read like files on disk
 * and the reply lists what happened to each input: `{events: IngestEvent[]}`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Sitrep, IngestEvent } from '../core/sitrep.ts';
import type { RawReport } from '../core/types.ts';
import { SitrepError } from '../core/errors.ts';

const str = (v: unknown, field: string, max = 2000): string | undefined => {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw new SitrepError('malformed', `'${field}' must be a string`);
  return v.slice(0, max);
};

/** Runs one ingest request; the caller has already checked the body size and the permission. */
export async function ingestRequest(app: Sitrep, body: Record<string, unknown>): Promise<IngestEvent[]> {
  if (typeof body.text === 'string') return [await ingestText(app, body)];
  if (typeof body.url === 'string') return ingestUrl(app, body.url);
  if (Array.isArray(body.files)) return ingestFiles(app, body.files);
  throw new SitrepError('bad-usage', 'send {text}, {url} or {files: [{name, text | base64}]}');
}

async function ingestText(app: Sitrep, body: Record<string, unknown>): Promise<IngestEvent> {
  const text = String(body.text);
  if (!text.trim()) throw new SitrepError('empty', 'the pasted text is empty');
  const title = str(body.title, 'title');
  const outlet = str(body.outlet, 'outlet');
  const published = str(body.published, 'published', 40);
  if (published && !/^\d{4}-\d{2}-\d{2}$/.test(published)) throw new SitrepError('malformed', `'published' must be YYYY-MM-DD, not '${published}'`);
  const hints: RawReport['hints'] = { how: {} };
  if (title) (hints.title = title), (hints.how!.title = 'web-form');
  if (outlet) (hints.outlet = outlet), (hints.how!.outlet = 'web-form');
  if (published) (hints.published = published), (hints.how!.published = 'web-form');
  const contentHash = createHash('sha256').update(text).digest('hex');
  const source = title ? `pasted: ${title}` : `pasted text ${contentHash.slice(0, 8)}`;
  return app.ingestOne({ source, raw: text, contentHash, format: 'text', hints });
}

async function ingestUrl(app: Sitrep, url: string): Promise<IngestEvent[]> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new SitrepError('malformed', `'${url.slice(0, 200)}' is not a URL`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new SitrepError('unsupported', 'only http and https URLs can be fetched');
  const events: IngestEvent[] = [];
  await app.ingest([u.href], { onEvent: (e) => events.push(e) });
  return events;
}

/** Uploaded files go through the same reader as files on disk (HTML, JSON lines, text). */
async function ingestFiles(app: Sitrep, files: unknown[]): Promise<IngestEvent[]> {
  if (!files.length) throw new SitrepError('empty', 'no files were sent');
  if (files.length > 50) throw new SitrepError('too-large', 'at most 50 files at a time');
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-upload-'));
  try {
    const paths: string[] = [];
    files.forEach((f, i) => {
      const rec = (f ?? {}) as Record<string, unknown>;
      const given = basename(str(rec.name, 'name', 200) ?? '').replace(/[^\w.\- ]/g, '_');
      const name = /^[\w]/.test(given) ? given : `upload-${i}${given.replace(/^\.+/, '.')}`;
      const bytes = typeof rec.base64 === 'string' ? Buffer.from(rec.base64, 'base64') : Buffer.from(String(rec.text ?? ''), 'utf8');
      const sub = join(dir, String(i));
      mkdirSync(sub);
      const p = join(sub, name);
      writeFileSync(p, bytes);
      paths.push(p);
    });
    const events: IngestEvent[] = [];
    await app.ingest(paths, { onEvent: (e) => events.push(e) });
    return events.map((e) => ({ ...e, source: e.source.startsWith(dir) ? basename(e.source) : e.source }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
