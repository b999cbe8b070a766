// Browser tests on the hand-made situation: timeline, network, entity page, source reader, claims,
// and report text carrying <script> and <img onerror> payloads that must execute nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Sitrep } from '../../src/core/sitrep.ts';
import { startServer, type RunningServer } from '../../src/server/server.ts';
import { fixtureSituation } from './fixture.ts';
import { ensureWebBuilt, launch, openPage, shot, skipReason } from './harness.ts';

const skip = skipReason();
if (skip) console.log(`# ${skip}`);

let dir: string, app: Sitrep, server: RunningServer, browser: Browser, page: Page, problems: string[];

before(async () => {
  if (skip) return;
  ensureWebBuilt();
  dir = mkdtempSync(join(tmpdir(), 'sitrep-browser-'));
  app = await Sitrep.open({ db: join(dir, 'fixture.db') });
  server = await startServer({ app, port: 0, situation: async () => fixtureSituation() });
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

const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

test('timeline: dots, zoom, filter by actor, click for the event', { skip: skip ?? false }, async () => {
  await page.goto(server.url + '/#/timeline');
  await page.waitForSelector('.timeline-chart circle.dot');
  assert.equal(await page.locator('.timeline-chart circle.dot').count(), 3);
  await page.click('[data-zoom="in"]');
  await page.click('[data-zoom="reset"]');
  await page.selectOption('[data-filter="actor"]', 'e1');
  assert.equal(await page.locator('.timeline-chart circle.dot').count(), 2, 'filter keeps events of the Harbour Brigade');
  await page.click('.timeline-chart circle[data-event="v1"]');
  const sel = await page.textContent('[data-testid="selected-event"]');
  assert.match(sel ?? '', /drone strike/);
  assert.match(sel ?? '', /2 killed/);
  await page.selectOption('[data-filter="actor"]', '');
  await page.selectOption('[data-filter="source"]', 'Valley Times');
  assert.equal(await page.locator('.timeline-chart circle.dot').count(), 1);
  await shot(page, 'fixture-timeline');
});

test('network: nodes sized by mentions, typed edges, click opens the entity page', { skip: skip ?? false }, async () => {
  await page.goto(server.url + '/#/network');
  await page.waitForSelector('.network-chart [data-node]');
  assert.ok(await page.locator('.network-chart line[data-edge="backs"]').count() >= 1);
  const r1 = Number(await page.getAttribute('[data-node="e1"] circle', 'r'));
  const r4 = Number(await page.getAttribute('[data-node="e4"] circle', 'r'));
  assert.ok(r1 > r4, 'more mentions, bigger node');
  await shot(page, 'fixture-network');
  await page.click('[data-node="e1"] circle');
  await page.waitForSelector('section.entity h1');
  assert.equal(await page.textContent('section.entity h1'), 'Harbour Brigade');
  const aliases = await page.textContent('table.aliases');
  assert.match(aliases ?? '', /short-form-in-report \(0\.90\)/, 'why the alias was merged');
  assert.match((await page.textContent('section.entity')) ?? '', /Eastern Command\s*backs\s*Harbour Brigade/);
  await shot(page, 'fixture-entity');
});

test('source reader: click a fact to see its spans, click a span to see its fact', { skip: skip ?? false }, async () => {
  await page.goto(server.url + '/#/doc/d2');
  await page.waitForSelector('[data-testid="reader-text"] .hl');
  await page.click('button[data-fact="relation:r1"]');
  const detail = await page.textContent('[data-testid="fact-detail"]');
  assert.match(detail ?? '', /the Eastern Command backs the Harbour Brigade with money and arms/);
  assert.ok((await page.locator('.reader-text .hl.selected').count()) > 0, 'the fact\'s spans are highlighted');
  // a span in the first sentence belongs to event v2
  await page.click('.reader-text .hl.layer-event >> nth=0');
  assert.match((await page.textContent('[data-testid="fact-detail"]')) ?? '', /event: drone strike on 2025-03-02/);
  await shot(page, 'fixture-reader');
});

test('report text with <script> and <img onerror> executes nothing and shows as text', { skip: skip ?? false }, async () => {
  for (const path of ['/#/doc/d3', '/#/sources', '/#/claims', '/#/entity/e1', '/#/timeline']) {
    await page.goto(server.url + path);
    await page.waitForSelector('main section');
    await page.waitForTimeout(150);
    assert.equal(await pwned(), undefined, `nothing ran on ${path}`);
    assert.equal(await page.locator('main img').count(), 0, `no <img> element on ${path}`);
    assert.equal(await page.locator('main script').count(), 0, `no <script> element on ${path}`);
  }
  await page.goto(server.url + '/#/doc/d3');
  await page.waitForSelector('[data-testid="reader-text"]');
  const text = await page.textContent('[data-testid="reader-text"]');
  assert.ok(text?.includes('<script>window.__pwned=1</script>'), 'the payload shows as text');
  assert.ok(text?.includes('<img src=x onerror="window.__pwned=1">'));
  assert.equal(await page.textContent('section.reader h1'), '<b>Brigade</b> denies <script>alert(1)</script>');
  await shot(page, 'fixture-xss');
  assert.deepEqual(problems, [], 'no console errors or CSP violations');
});
