import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../main.ts';
import { Sitrep } from '../../core/sitrep.ts';
import type { CliIO } from '../command.ts';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t), interactive: false, stdin: process.stdin };
  return { cli, out, err };
}

test('sitrep report writes an HTML file (format from the extension) and Markdown to stdout', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-report-'));
  try {
    const db = join(dir, 'r.db');
    const app = await Sitrep.open({ db });
    await app.ingestOne({ source: 'note.txt', raw: 'A <script>x()</script> note about the Lowmoor dam, 4 May 2025.', contentHash: 'abc123', format: 'text', hints: { title: 'Dam note' } });
    await app.close();
    const a = io();
    assert.equal(await main(['report', '--db', db, '--out', join(dir, 'r.html')], a.cli), 0);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<h2 id="sources">Sources<\/h2>/);
    assert.doesNotMatch(html, /<script/);
    const b = io();
    assert.equal(await main(['report', '--db', db], b.cli), 0);
    assert.match(b.out.join('\n'), /^# Situation report/);
    const c = io();
    assert.equal(await main(['report', '--db', db, '--format', 'pdf'], c.cli), 2);
    assert.match(c.err.join('\n'), /unknown report format 'pdf'/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sitrep export knows csv, graphml, gexf, md and html', async () => {
  const { EXPORT_FORMATS } = await import('./export.ts');
  for (const f of ['json', 'csv', 'graphml', 'gexf', 'md', 'html']) assert.ok(EXPORT_FORMATS[f], f);
});

test('sitrep serve refuses a bad port before opening anything', async () => {
  const a = io();
  assert.equal(await main(['serve', '--port', 'seventy'], a.cli), 2);
  assert.match(a.err.join('\n'), /--port must be/);
});
