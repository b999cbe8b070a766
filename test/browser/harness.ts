/**
 * Shared set-up for the browser tests: Debian's chromium through playwright-core (skipped with
 * a clear message when /usr/bin/chromium is missing), the web app built if needed, a server on
 * a free loopback port, and screenshots saved under test-results/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_WEB_ROOT, webAppBuilt } from '../../src/server/static.ts';

export const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
export const RESULTS = resolve('test-results');

/** Why the browser tests cannot run here, or null when they can. */
export function skipReason(): string | null {
  if (!existsSync(CHROMIUM)) return `browser tests skipped: no chromium at ${CHROMIUM} (apt-get install -y chromium; .ci/run does this as root)`;
  return null;
}

/** Builds web/dist when it is missing (npm ci builds it through the prepare script). */
export function ensureWebBuilt(): void {
  if (webAppBuilt(DEFAULT_WEB_ROOT)) return;
  execFileSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', 'web', '--logLevel', 'warn'], { stdio: 'inherit' });
}

/** Launches headless chromium with a fresh profile and nothing reaching out to the network. */
export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  // playwright gives every launch a fresh temporary --user-data-dir of its own
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
}

/** A page that records console errors (CSP violations among them) and uncaught exceptions. */
export async function openPage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return { page, problems };
}

/** Saves a full-page screenshot as test-results/<name>.png. */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
