import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { sitrep, tempDir, writeFiles, REPO } from './helpers.ts';

const STORY_A = 'AMMAN, Jan 28 - A one-way attack drone struck a small US logistics outpost near the Syrian border early on Sunday, killing three soldiers, officials said.';
const STORY_B = 'BAGHDAD, Jan 31 - An armed faction said late on Tuesday that it was suspending its attacks on American forces to spare the government embarrassment.';

test('ingest: good inputs stored, each bad input one line on stderr, the summary counts them, exit 1', async () => {
  const d = tempDir();
  writeFiles(d, {
    'in/a.txt': STORY_A,
    'in/b.html': `<html><head><meta property="og:site_name" content="Test Courier"></head><body><nav>Home | World</nav><p>${STORY_B}</p></body></html>`,
    'in/c.jsonl': `${JSON.stringify({ text: 'A third report, from a feed line, about a drone attack on a base.', outlet: 'Feed' })}\n{broken\n`,
    'in/d.txt': Buffer.from([0x00, 0x01, 0x02, 0x03]),
    'in/e.md': '   \n',
  });
  const db = join(d, 'x.db');
  const r = await sitrep(['ingest', join(d, 'in'), join(d, 'missing.txt'), '--db', db]);
  assert.equal(r.code, 1);
  const lines = r.stderr.trim().split('\n');
  assert.deepEqual(lines.map((l) => l.replace(d, 'D')), [
    'rejected D/in/c.jsonl:2: malformed JSON line: ' + lines[0].split('malformed JSON line: ')[1],
    'rejected D/in/d.txt: binary: holds NUL bytes, not text',
    'rejected D/in/e.md: empty: only whitespace',
    'rejected D/missing.txt: no such file or directory',
  ]);
  assert.match(r.stdout, /^7 read, 3 stored, 4 rejected in \d+\.\d\ds\n$/);
  assert.ok(!r.stderr.includes('\r'), 'no progress line when standard error is piped');
});

test('ingest --json prints the summary as JSON; re-ingesting the same inputs is a no-op', async () => {
  const d = tempDir();
  writeFiles(d, { 'a.txt': STORY_A, 'b.txt': STORY_B });
  const db = join(d, 'x.db');
  const first = await sitrep(['ingest', d, '--db', db, '--json']);
  assert.equal(first.code, 0, first.stderr);
  const s1 = JSON.parse(first.stdout);
  assert.deepEqual([s1.read, s1.stored, s1.skipped, s1.rejected], [2, 2, 0, []]);
  const again = JSON.parse((await sitrep(['ingest', d, '--db', db, '--json'])).stdout);
  assert.deepEqual([again.read, again.stored, again.skipped], [2, 0, 2]);
});

test('ingest -: standard input, text or HTML', async () => {
  const d = tempDir();
  const db = join(d, 'x.db');
  const r = await sitrep(['ingest', '-', '--db', db, '--json'], { input: STORY_A });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).stored, 1);
  const h = await sitrep(['ingest', '-', '--db', db, '--json'], { input: `<!doctype html><html><body><p>${STORY_B}</p></body></html>` });
  assert.equal(JSON.parse(h.stdout).stored, 1);
  const e = await sitrep(['ingest', '-', '--db', db], { input: '' });
  assert.equal(e.code, 1);
  assert.equal(e.stderr.trim(), 'rejected stdin: empty: nothing was read from standard input');
});

test('ingest: globs in quotes, --max-bytes, and bad option values', async () => {
  const d = tempDir();
  writeFiles(d, { 'r/one.txt': STORY_B, 'r/two.txt': STORY_A, 'r/skip.html': '<p>x</p>' });
  const db = join(d, 'x.db');
  const g = await sitrep(['ingest', join(d, 'r/*.txt'), join(d, 'r/*.pdf'), '--db', db, '--max-bytes', '152', '--json']);
  assert.equal(g.code, 1);
  const s = JSON.parse(g.stdout);
  assert.equal(s.stored, 1, 'one.txt (151 bytes) fits in 152');
  assert.deepEqual(s.rejected.map((x: { input: string; reason: string }) => `${x.input.replace(d, 'D')}: ${x.reason}`), [
    'D/r/two.txt: too large: 154 bytes, over the limit of 152 bytes (see --max-bytes)',
    'D/r/*.pdf: no files match the pattern',
  ]);
  const bad = await sitrep(['ingest', d, '--db', db, '--max-bytes', 'lots']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--max-bytes must be a positive number, not 'lots'/);
  const none = await sitrep(['ingest', '--db', db]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /name at least one input/);
});

test('ingest: an unreadable file is rejected as such (run as an unprivileged user when we are root)', async (t) => {
  const d = tempDir();
  writeFiles(d, { 'secret.txt': STORY_A, 'open.txt': STORY_B });
  chmodSync(join(d, 'secret.txt'), 0o000);
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const r = await sitrep(['ingest', d, '--db', join(d, 'x.db'), '--json'], asNobody);
  if (r.code !== 1 && /EACCES|permission/i.test(r.stderr) && !r.stdout) {
    t.skip(`the child could not start as an unprivileged user: ${r.stderr.split('\n')[0]}`);
    return;
  }
  const s = JSON.parse(r.stdout);
  assert.equal(s.stored, 1);
  assert.deepEqual(s.rejected, [{ input: join(d, 'secret.txt'), reason: 'unreadable: permission denied' }]);
  assert.equal(r.code, 1);
});

test('analyze runs the main job on the sample reports and prints a summary', { skip: !existsSync(join(REPO, 'examples/reports')) }, async () => {
  const d = tempDir();
  const r = await sitrep(['analyze', 'examples/reports', '--db', join(d, 'x.db')]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^\d+ read, \d+ stored/m);
  assert.match(r.stdout, /^\d+ reports \(\d+ republished copies\)/m);
  assert.equal(r.stderr, '', 'every sample report is accepted');
});

test('help: ingest and analyze explain their inputs and options', async () => {
  for (const cmd of ['ingest', 'analyze']) {
    const r = await sitrep([cmd, '--help']);
    assert.equal(r.code, 0);
    for (const word of ['--db', '--json', '--max-bytes', '--timeout', '--feed', 'glob', 'url']) assert.ok(r.stdout.includes(word), `${cmd} help names ${word}`);
  }
});

test('ingest: a URL and a --feed that is not a feed, through the command line', async () => {
  const http = await import('node:http');
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/story')) {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(`<html><head><meta property="og:site_name" content="Local Desk"></head><body><p>${STORY_A}</p></body></html>`);
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  try {
    const d = tempDir();
    const r = await sitrep(['ingest', `${base}/story`, `${base}/gone`, '--feed', `${base}/story?feed`, '--db', join(d, 'x.db'), '--json', '--timeout', '5']);
    assert.equal(r.code, 1);
    const s = JSON.parse(r.stdout);
    assert.equal(s.stored, 1);
    assert.deepEqual(s.rejected, [
      { input: `${base}/gone`, reason: 'HTTP error 404 Not Found' },
      { input: `${base}/story?feed`, reason: 'not an RSS or Atom feed (the root element is <html>)' },
    ]);
  } finally {
    server.close();
  }
});
