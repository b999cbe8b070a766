// Browser tests on the sample reports (examples/reports) through the real pipeline: the timeline,
// the network, an entity page, the source reader, the map, and adding a report with live update.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Sitrep } from '../../src/core/sitrep.ts';
import { startServer, type RunningServer } from '../../src/server/server.ts';
import { ensureWebBuilt, launch, openPage, shot, skipReason } from './harness.ts';

const SAMPLES = 'examples/reports';
const skip = skipReason() ?? (existsSync(SAMPLES) ? null : `browser tests skipped: no ${SAMPLES}`);
if (skip) console.log(`# ${skip}`);

let dir: string, app: Sitrep, server: RunningServer, browser: Browser, page: Page, problems: string[];
const api = async (path: string) => (await fetch(server.url + path)).json() as Promise<any>;

before(async () => {
  if (skip) return;
  ensureWebBuilt();
  dir = mkdtempSync(join(tmpdir(), 'sitrep-samples-'));
  app = await Sitrep.open({ db: join(dir, 'samples.db') });
  await app.ingest([SAMPLES]);
  server = await startServer({ app, port: 0, allowIngest: true });
  browser = await launch();
  ({ page, problems } = await openPage(browser));
});

after(async () => {
  if (skip) return;
  await browser?.close();
  await server?.close();
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('timeline of the sample reports: dots, wheel zoom, click an event', { skip: skip ?? false }, async () => {
  const events = (await api('/api/events?limit=5000')).items as Array<{ id: string; date: string | null }>;
  const dated = events.filter((e) => e.date);
  await page.goto(server.url + '/#/timeline');
  await page.waitForSelector('[data-testid="counts"]');
  assert.match((await page.textContent('[data-testid="counts"]')) ?? '', /\d+ reports/);
  if (!dated.length) return; // nothing dated yet: the chart is empty but the page works
  await page.waitForSelector('.timeline-chart circle.dot');
  const [shown, all] = ((await page.textContent('[data-testid="in-view"]')) ?? '').match(/\d+/g)!.map(Number);
  assert.equal(all, dated.length);
  assert.equal(await page.locator('.timeline-chart circle.dot').count(), shown);
  assert.ok(shown >= dated.length / 2, 'most dated events are framed at first');
  const ticksBefore = await page.locator('.timeline-chart .tick').allTextContents();
  const box = (await page.locator('.timeline-chart').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
  await page.waitForTimeout(100);
  const ticksAfter = await page.locator('.timeline-chart .tick').allTextContents();
  assert.notDeepEqual(ticksAfter, ticksBefore, 'the wheel zoomed the axis');
  await page.click('[data-zoom="reset"]');
  await page.click('.timeline-chart circle.dot >> nth=0');
  assert.ok(await page.isVisible('[data-testid="selected-event"]'));
  await shot(page, 'samples-timeline');
});

test('network of the sample reports: click the biggest actor to open its page', { skip: skip ?? false }, async () => {
  await page.goto(server.url + '/#/network');
  await page.waitForSelector('section.network');
  const nodes = page.locator('.network-chart [data-node]');
  await shot(page, 'samples-network');
  if ((await nodes.count()) === 0) {
    assert.match((await page.textContent('section.network')) ?? '', /No relations/);
    return;
  }
  const radii = await page.locator('.network-chart [data-node] circle').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('r'))));
  const biggest = radii.indexOf(Math.max(...radii));
  const label = await nodes.nth(biggest).locator('text').textContent();
  await nodes.nth(biggest).locator('circle').click();
  await page.waitForSelector('section.entity h1');
  assert.equal(await page.textContent('section.entity h1'), label);
});

test('entity page of the most named actor: aliases, events and claims', { skip: skip ?? false }, async () => {
  const top = (await api('/api/entities?limit=1')).items[0];
  if (!top) return;
  await page.goto(server.url + `/#/entity/${top.id}`);
  await page.waitForSelector('section.entity table.aliases');
  assert.equal(await page.textContent('section.entity h1'), top.name);
  assert.equal(await page.locator('table.aliases tbody tr').count(), top.aliases.length);
  await shot(page, 'samples-entity');
});

test('source reader on a sample report: the cleaned text, spans and facts both ways', { skip: skip ?? false }, async () => {
  const docs = (await api('/api/documents')).items;
  const views = await Promise.all(docs.map((d: any) => api(`/api/documents/${d.id}`)));
  const richest = views.sort((a, b) => b.facts.length - a.facts.length)[0];
  await page.goto(server.url + `/#/doc/${richest.document.id}`);
  await page.waitForSelector('[data-testid="reader-text"]');
  assert.equal(await page.textContent('[data-testid="reader-text"]'), richest.document.text, 'the text, whole and unchanged');
  if (!richest.facts.length) return;
  const fact = richest.facts.find((f: any) => f.kind === 'entity') ?? richest.facts[0];
  await page.click(`button[data-fact="${fact.kind}:${fact.id}"]`);
  assert.ok((await page.locator('.reader-text .hl.selected').count()) > 0);
  assert.match((await page.textContent('[data-testid="fact-detail"]')) ?? '', new RegExp(`^${fact.kind}:`));
  await page.click('button[data-fact]:not(.selected) >> nth=0');
  await page.click('.reader-text .hl.layer-mention >> nth=0');
  assert.match((await page.textContent('[data-testid="fact-detail"]')) ?? '', /^entity:/);
  await shot(page, 'samples-reader');
});

test('map and claims views render on the sample reports', { skip: skip ?? false }, async () => {
  await page.goto(server.url + '/#/map');
  await page.waitForSelector('.map-chart path.land');
  assert.ok((await page.locator('.map-chart path.land').count()) > 5, 'country shapes drawn offline');
  await shot(page, 'samples-map');
  await page.goto(server.url + '/#/claims');
  await page.waitForSelector('section.claims-view');
  await shot(page, 'samples-claims');
});

test('adding a pasted report from the page updates the views live', { skip: skip ?? false }, async () => {
  const before = (await api('/api/documents')).total;
  await page.goto(server.url + '/#/add');
  await page.waitForSelector('form.paste');
  await page.fill('form.paste input[name="title"]', 'Ferry service resumes');
  await page.fill('form.paste textarea[name="text"]', 'The ferry between Harrowgate and Lunmouth resumed service on 4 June 2025 after repairs, the port authority said.');
  await page.click('form.paste button[type="submit"]');
  await page.waitForSelector('[data-testid="ingest-events"] li.stored');
  await page.waitForFunction((n) => document.querySelector('[data-testid="counts"]')?.textContent?.startsWith(`${n} reports`), before + 1, { timeout: 10_000 });
  await page.goto(server.url + '/#/sources');
  await page.waitForSelector('section.sources-list');
  assert.match((await page.textContent('section.sources-list')) ?? '', /Ferry service resumes/);
});

test('a report ingested with <script> and <img onerror> payloads executes nothing in any view', { skip: skip ?? false }, async () => {
  const payload = 'Officials in Baghdad said <script>window.__pwned=1</script> a drone hit a depot on 3 March 2024. ' +
    'Kataib Hezbollah denied it. <img src=x onerror="window.__pwned=1"> The Pentagon said "<script>window.__pwned=2</script>".';
  const res = await fetch(server.url + '/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: payload, title: '<img src=x onerror="window.__pwned=1">Depot hit', outlet: '<script>window.__pwned=1</script>' }) });
  const id = ((await res.json()) as any).events[0].id as string;
  for (const path of [`/#/doc/${id}`, '/#/sources', '/#/timeline', '/#/claims', '/#/network', `/#/search?q=depot`]) {
    await page.goto(server.url + path);
    await page.waitForSelector('main section');
    await page.waitForTimeout(150);
    assert.equal(await page.evaluate(() => (window as any).__pwned), undefined, `nothing ran on ${path}`);
    assert.equal(await page.locator('main img, main script').count(), 0, `no injected element on ${path}`);
  }
  await page.goto(server.url + `/#/doc/${id}`);
  await page.waitForSelector('[data-testid="reader-text"]');
  assert.ok((await page.textContent('[data-testid="reader-text"]'))?.includes('<script>window.__pwned=1</script>'));
  assert.deepEqual(problems, [], 'no console errors or CSP violations');
});
