/**
 * Takes docs/screenshot.png for the README: the app on the sample reports, in Debian's chromium.
 * Run: node --import tsx test/browser/screenshot.ts [view]   (view: timeline, network, doc...)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Sitrep } from '../../src/core/sitrep.ts';
import { startServer } from '../../src/server/server.ts';
import { ensureWebBuilt, launch, skipReason } from './harness.ts';

const why = skipReason();
if (why) {
  console.error(why);
  process.exit(1);
}
ensureWebBuilt();
const view = process.argv[2] ?? 'timeline';
const dir = mkdtempSync(join(tmpdir(), 'sitrep-shot-'));
const app = await Sitrep.open({ db: join(dir, 'shot.db') });
await app.ingest(['examples/reports']);
const server = await startServer({ app, port: 0 });
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  await page.goto(`${server.url}/#/${view}`);
  await page.waitForSelector('main section');
  await page.waitForTimeout(300);
  if (view === 'timeline') await page.click('.timeline-chart circle.dot >> nth=-1').catch(() => {});
  const out = resolve('docs/screenshot.png');
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}
