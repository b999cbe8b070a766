import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { Sitrep } from '../core/sitrep.ts';
import { startServer, type RunningServer, SERVE_DEFAULTS } from './server.ts';
import { trimmed, LIST_SPANS } from './routes.ts';
import { fixtureSituation } from '../../test/browser/fixture.ts';

let dir: string;
let app: Sitrep;
let ro: RunningServer; // read-only, over the hand-made situation
let rw: RunningServer; // --allow-ingest, over the real pipeline

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-server-'));
  app = await Sitrep.open({ db: join(dir, 'api.db') });
  ro = await startServer({ app, port: 0, webRoot: null, situation: async () => fixtureSituation() });
  rw = await startServer({ app, port: 0, webRoot: null, allowIngest: true, maxBody: 4096 });
});

after(async () => {
  await ro.close();
  await rw.close();
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(s: RunningServer, path: string) {
  const r = await fetch(s.url + path);
  return { status: r.status, headers: r.headers, body: (await r.json()) as any };
}

async function post(s: RunningServer, path: string, body: unknown) {
  const r = await fetch(s.url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: r.status, body: (await r.json()) as any };
}

test('binds 127.0.0.1 by default', async () => {
  assert.equal(SERVE_DEFAULTS.host, '127.0.0.1');
  assert.equal(ro.host, '127.0.0.1');
});

test('/api/situation is the contract export', async () => {
  const { status, body, headers } = await get(ro, '/api/situation');
  assert.equal(status, 200);
  assert.equal(body.schema, 'sitrep.situation/1');
  assert.equal(body.entities.length, 4);
  assert.match(headers.get('content-security-policy') ?? '', /default-src 'self'/);
  assert.equal(headers.get('x-content-type-options'), 'nosniff');
});

test('/api/entities lists and filters by ?q= on names and aliases', async () => {
  const all = await get(ro, '/api/entities');
  assert.equal(all.body.total, 4);
  assert.equal(all.body.items[0].id, 'e1', 'sorted by mentions');
  assert.equal(all.body.items[0].mentions, undefined, 'list omits spans');
  const q = await get(ro, '/api/entities?q=northgate');
  assert.deepEqual(q.body.items.map((e: any) => e.id), ['e3']);
});

test('/api/entities/:id gives relations, events, claims and names; by name too; 404 otherwise', async () => {
  const { body } = await get(ro, '/api/entities/e1');
  assert.equal(body.entity.name, 'Harbour Brigade');
  assert.deepEqual(body.relations.map((r: any) => r.id), ['r1']);
  assert.deepEqual(body.events.map((e: any) => e.id).sort(), ['v1', 'v3']);
  assert.ok(body.claims.some((c: any) => c.id === 'c2'));
  assert.equal(body.names.e2, 'Eastern Command');
  assert.deepEqual(body.totals, { relations: 1, events: 2, claims: 3, mentions: 4, mentionDocs: 3 });
  assert.deepEqual(body.mentionDocs, ['d1', 'd2', 'd3']);
  const capped = await get(ro, '/api/entities/e1?limit=1');
  assert.equal(capped.body.events.length, 1);
  assert.equal(capped.body.totals.events, 2);
  const byName = await get(ro, '/api/entities/' + encodeURIComponent('eastern command'));
  assert.equal(byName.body.entity.id, 'e2');
  const missing = await get(ro, '/api/entities/nope');
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error.code, 'no-such-item');
});

test('/api/events filters by actor, type and source', async () => {
  assert.equal((await get(ro, '/api/events')).body.total, 3);
  assert.deepEqual((await get(ro, '/api/events?actor=e1')).body.items.map((e: any) => e.id), ['v1', 'v3']);
  assert.deepEqual((await get(ro, '/api/events?type=denial')).body.items.map((e: any) => e.id), ['v3']);
  assert.deepEqual((await get(ro, '/api/events?source=valley%20times')).body.items.map((e: any) => e.id), ['v2']);
  assert.deepEqual((await get(ro, '/api/events?source=d1')).body.items.map((e: any) => e.id), ['v1']);
  assert.equal((await get(ro, '/api/events?limit=abc')).status, 400);
});

test('/api/claims, /api/contradictions and /api/documents', async () => {
  assert.equal((await get(ro, '/api/claims')).body.total, 3);
  assert.deepEqual((await get(ro, '/api/claims?speaker=e2')).body.items.map((c: any) => c.id), ['c1']);
  const x = await get(ro, '/api/contradictions');
  assert.equal(x.body.total, 2);
  assert.equal(x.body.items[0].resolved[0].kind, 'event');
  assert.deepEqual(x.body.items[0].resolved[1].docs, ['d2']);
  const docs = await get(ro, '/api/documents');
  assert.equal(docs.body.total, 3);
  assert.equal(docs.body.items[0].text, undefined, 'list omits text');
});

test('/api/documents/:id gives the text and spans tied to facts', async () => {
  const { body } = await get(ro, '/api/documents/d2');
  assert.match(body.document.text, /^A drone hit/);
  const rel = body.spans.find((s: any) => s.layer === 'relation');
  assert.deepEqual(rel.ref, { kind: 'relation', id: 'r1' });
  assert.equal(body.document.text.slice(rel.start, rel.end), 'the Eastern Command backs the Harbour Brigade with money and arms');
  assert.ok(body.spans.some((s: any) => s.ref?.id === 'e1' && s.layer === 'mention'));
  assert.ok(body.facts.some((f: any) => f.kind === 'event' && f.id === 'v2'));
  assert.equal((await get(ro, '/api/documents/zzz')).status, 404);
});

test('unknown routes are JSON 404s from the catalogue', async () => {
  const r = await get(ro, '/api/nothing');
  assert.equal(r.status, 404);
  assert.equal(r.body.error.code, 'no-such-item');
});

test('read-only: POST /api/ingest is 403 without --allow-ingest, other writes 405', async () => {
  const r = await post(ro, '/api/ingest', { text: 'A report.' });
  assert.equal(r.status, 403);
  assert.equal(r.body.error.code, 'read-only');
  const d = await fetch(ro.url + '/api/entities/e1', { method: 'DELETE' });
  assert.equal(d.status, 405);
  assert.equal(((await d.json()) as any).error.code, 'method-not-allowed');
  const g = await get(ro, '/api/ingest');
  assert.equal(g.status, 405);
});

test('request bodies over the limit get 413', async () => {
  const r = await post(rw, '/api/ingest', { text: 'x'.repeat(10_000) });
  assert.equal(r.status, 413);
  assert.equal(r.body.error.code, 'too-large');
});

test('POST /api/ingest stores pasted text, bumps the version and makes it searchable', async () => {
  const before = (await get(rw, '/api/version')).body.version;
  const r = await post(rw, '/api/ingest', { text: 'Pelicans nested on the Zanfar embankment on 3 May 2025.', title: 'Pelican report', outlet: 'Lake Post' });
  assert.equal(r.status, 200);
  assert.equal(r.body.events[0].kind, 'stored');
  assert.ok(r.body.version > before);
  const docs = await get(rw, '/api/documents');
  assert.ok(docs.body.items.some((d: any) => d.title === 'Pelican report' || d.source === 'pasted: Pelican report'));
  const s = await get(rw, '/api/search?q=zanfar');
  assert.equal(s.body.total, 1);
  assert.equal(s.body.items[0].docId, r.body.events[0].id);
  assert.equal((await get(rw, '/api/search?q=')).status, 400);
  const again = await post(rw, '/api/ingest', { text: 'Pelicans nested on the Zanfar embankment on 3 May 2025.' });
  assert.equal(again.body.events[0].kind, 'skipped');
});

test('POST /api/ingest rejects malformed bodies with catalogue errors', async () => {
  assert.equal((await post(rw, '/api/ingest', '{not json')).body.error.code, 'malformed');
  assert.equal((await post(rw, '/api/ingest', { nothing: 1 })).status, 400);
  assert.equal((await post(rw, '/api/ingest', { text: '   ' })).body.error.code, 'empty');
  assert.equal((await post(rw, '/api/ingest', { url: 'file:///etc/passwd' })).body.error.code, 'unsupported');
});

test('requests naming a non-loopback Host are refused (DNS rebinding)', async () => {
  const status = await new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: ro.port, path: '/api/version', headers: { Host: 'evil.example:80' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
  assert.equal(status, 400);
});

test('without a built app the page says how to build it', async () => {
  const r = await fetch(ro.url + '/');
  assert.equal(r.status, 503);
  assert.match(await r.text(), /npm run build:web/);
});

test('list items carry at most LIST_SPANS evidence spans and the total', () => {
  const ev = fixtureSituation().events[0];
  const many = { ...ev, evidence: Array.from({ length: 50 }, (_, i) => ({ doc: 'd1', start: i, end: i + 1 })), sources: Array.from({ length: 30 }, (_, i) => `d${i}`) };
  const t = trimmed(many);
  assert.equal(t.evidence.length, LIST_SPANS);
  assert.equal(t.evidenceTotal, 50);
  assert.equal(t.sources!.length, LIST_SPANS);
  assert.equal((t as any).sourcesTotal, 30);
  assert.equal(many.evidence.length, 50, 'the cached item is left whole');
  assert.equal(trimmed(ev).evidenceTotal, 1);
});
