import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readInputs, DEFAULT_READ_OPTIONS, type ReadOptions, type ReadItem } from './read.ts';
import type { RawReport } from '../core/types.ts';
import { fsReason } from './files.ts';

const STORY = 'BAGHDAD, Feb 8 - A drone strike on a car in eastern Baghdad killed a militia commander late on Wednesday, officials said.';

async function read(inputs: string[], opts: Partial<ReadOptions> = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readInputs(inputs, { ...DEFAULT_READ_OPTIONS, ...opts })) out.push(item);
  return out;
}
const reports = (items: ReadItem[]) => items.filter((i): i is RawReport => !('rejected' in i));
const rejections = (items: ReadItem[]) => items.filter((i) => 'rejected' in i).map((i) => `${(i as { input: string }).input}: ${(i as { reason: string }).reason}`);

function dir(files: Record<string, string | Buffer>): string {
  const d = mkdtempSync(join(tmpdir(), 'sitrep-read-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(d, name, '..'), { recursive: true });
    writeFileSync(join(d, name), body);
  }
  return d;
}

test('every file kind is read: .txt, .md, .html, .htm, .json, .jsonl; text is kept as written, leading space included', async () => {
  const d = dir({
    'a.txt': ` date 2024-02-08\r\n${STORY}\r\n`,
    'b.md': '---\ntitle: Front title\n---\n# Heading\n\nMarkdown **body** about the [strike](https://x.example/s).',
    'c.html': '<html><head><meta property="og:site_name" content="Page Site"></head><body><p>Page body about the strike.</p></body></html>',
    'd.htm': '<p>Short htm page.</p>',
    'e.json': JSON.stringify({ text: 'JSON body.', outlet: 'J' }),
    'f.jsonl': `${JSON.stringify({ text: 'Line one.' })}\n${JSON.stringify({ html: '<p>Line two.</p>' })}\n`,
  });
  const items = await read([d]);
  assert.deepEqual(rejections(items), []);
  const got = reports(items).map((r) => [r.source.slice(d.length + 1), r.format, r.raw]);
  assert.deepEqual(got, [
    ['a.txt', 'text', ` date 2024-02-08\n${STORY}\n`],
    ['b.md', 'text', 'Heading\n\nMarkdown body about the strike.'],
    ['c.html', 'html', 'Page body about the strike.'],
    ['d.htm', 'html', 'Short htm page.'],
    ['e.json', 'json', 'JSON body.'],
    ['f.jsonl#1', 'json', 'Line one.'],
    ['f.jsonl#2', 'json', 'Line two.'],
  ]);
  assert.equal(reports(items)[2].hints.outlet, 'Page Site');
  assert.deepEqual(reports(items)[1].hints, { title: 'Front title', how: { title: 'front-matter:title' } });
  assert.match(reports(items)[0].contentHash, /^[0-9a-f]{64}$/);
});

test('directories are walked recursively and sorted; hidden files, READMEs and other types are skipped with a note', async () => {
  const d = dir({ 'b/2.txt': 'Two.', 'b/1.txt': 'One.', 'a.txt': 'Zero.', '.secret.txt': 'hidden', '.git/x.txt': 'vcs', 'README.md': 'about', 'photo.jpg': 'x', 'LICENSE': 'y' });
  const notes: string[] = [];
  const items = await read([d], { note: (l) => notes.push(l) });
  assert.deepEqual(reports(items).map((r) => r.raw), ['Zero.', 'One.', 'Two.']);
  assert.equal(rejections(items).length, 0);
  for (const skipped of ['.secret.txt', '.git', 'README.md', 'photo.jpg', 'LICENSE']) assert.ok(notes.some((n) => n.includes(skipped)), `a note names ${skipped}`);
});

test('glob patterns expand to their files; a pattern matching nothing is rejected', async () => {
  const d = dir({ 'x/a.txt': 'A.', 'x/b.html': '<p>B.</p>', 'y/c.txt': 'C.' });
  assert.deepEqual(reports(await read([join(d, '**/*.txt')])).map((r) => r.raw), ['A.', 'C.']);
  assert.deepEqual(rejections(await read([join(d, '*.pdf')])), [`${join(d, '*.pdf')}: no files match the pattern`]);
});

test('standard input: text, or HTML sniffed', async () => {
  const text = reports(await read(['-'], { stdin: Readable.from([Buffer.from(STORY)]) }));
  assert.deepEqual(text.map((r) => [r.source, r.format, r.raw]), [['stdin', 'text', STORY]]);
  const html = reports(await read(['-'], { stdin: Readable.from([Buffer.from('<!doctype html><html><body><nav>Menu</nav><p>Piped page.</p></body></html>')]) }));
  assert.deepEqual(html.map((r) => [r.format, r.raw]), [['html', 'Piped page.']]);
  assert.deepEqual(rejections(await read(['-'], { stdin: Readable.from([]) })), ['stdin: empty: nothing was read from standard input']);
  assert.match(rejections(await read(['-'], { stdin: Readable.from([Buffer.alloc(40, 65), Buffer.alloc(40, 66)]), maxBytes: 64 }))[0], /^stdin: too large/);
});

test('a windows-1252 file is decoded, and a note says so', async () => {
  const d = dir({ 'old.txt': Buffer.from([0x93, 0x57, 0x65, 0x20, 0x77, 0x69, 0x6c, 0x6c, 0x20, 0x72, 0x65, 0x73, 0x70, 0x6f, 0x6e, 0x64, 0x94, 0x20, 0x96, 0x20, 0x42, 0x69, 0x64, 0x65, 0x6e]) });
  const notes: string[] = [];
  const [r] = reports(await read([join(d, 'old.txt')], { note: (l) => notes.push(l) }));
  assert.equal(r.raw, '“We will respond” – Biden');
  assert.match(notes.join('\n'), /windows-1252/);
});

test('bad inputs: one rejection each naming the input and the reason; the good ones still read', async () => {
  const d = dir({
    'good.txt': STORY,
    'binary.txt': Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43]),
    'control.txt': Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 3 ? 0x02 : 0x41))),
    'empty.txt': '',
    'blank.md': ' \n\t\n ',
    'big.txt': 'x'.repeat(2000),
    'bad.json': '{"text": ',
    'nobody.json': JSON.stringify({ title: 'A title but no body' }),
    'mixed.jsonl': `${JSON.stringify({ text: 'Fine line.' })}\nnot json\n`,
    'notes.pdf': '%PDF-1.4',
    'notfeed.xml': '<html><body><p>Not a feed.</p></body></html>',
    'empty.json': '[]',
  });
  const p = (f: string) => join(d, f);
  const items = await read(['good.txt', 'binary.txt', 'control.txt', 'empty.txt', 'blank.md', 'big.txt', 'bad.json', 'nobody.json',
    'mixed.jsonl', 'notes.pdf', 'notfeed.xml', 'empty.json', 'missing.txt'].map(p), { maxBytes: 1000 });
  assert.deepEqual(reports(items).map((r) => r.raw), [STORY, 'Fine line.']);
  const rej = rejections(items);
  const expect: Array<[string, RegExp]> = [
    ['binary.txt', /binary: holds NUL bytes/],
    ['control.txt', /binary: \d+% control characters/],
    ['empty.txt', /empty: the file holds 0 bytes/],
    ['blank.md', /empty: only whitespace/],
    ['big.txt', /too large: 2\.0 KB, over the limit of 1000 bytes \(see --max-bytes\)/],
    ['bad.json', /malformed JSON/],
    ['nobody.json', /neither "text" nor "html"/],
    ['mixed.jsonl:2', /malformed JSON line/],
    ['notes.pdf', /unsupported file type '\.pdf'/],
    ['notfeed.xml', /not an RSS or Atom feed \(the root element is <html>\)/],
    ['empty.json', /empty: the JSON array holds no records/],
    ['missing.txt', /no such file or directory/],
  ];
  assert.equal(rej.length, expect.length, rej.join('\n'));
  expect.forEach(([name, re], i) => {
    assert.ok(rej[i].startsWith(`${p(name)}: `), `${rej[i]} names ${name}`);
    assert.match(rej[i], re);
  });
});

test('a directory with no report files is rejected', async () => {
  const d = dir({ 'x.jpg': 'x' });
  assert.match(rejections(await read([d]))[0], /holds no report files/);
});

test('fsReason names permission problems in words', () => {
  assert.equal(fsReason(Object.assign(new Error('x'), { code: 'EACCES' })), 'unreadable: permission denied');
  assert.equal(fsReason(Object.assign(new Error('x'), { code: 'ENOENT' })), 'no such file or directory');
});

test('an input whose reader throws is rejected and the next input is still read', async () => {
  const d = dir({ 'ok.txt': 'Fine.' });
  const stdin = (async function* () {
    yield Buffer.from('never used');
    throw new Error('the pipe broke');
  })();
  const items = await read(['-', join(d, 'ok.txt')], { stdin });
  assert.deepEqual(rejections(items), ['-: could not be read: the pipe broke']);
  assert.deepEqual(reports(items).map((r) => r.raw), ['Fine.']);
});

test('a rejection is one line: newlines in a parser message collapsed, control characters escaped', async () => {
  const d = dir({ 'bad\u001b[31m.json': 'nope\n' });
  const [line] = rejections(await read([d]));
  assert.ok(!/[\n\r\u001b]/.test(line), JSON.stringify(line));
  assert.ok(line.includes('bad\\x1b[31m.json: malformed JSON'), line);
});

test('a missing path that looks like a URL without its scheme gets a hint', async () => {
  assert.deepEqual(rejections(await read(['www.example.org/news/story'])),
    ['www.example.org/news/story: no such file or directory (for a URL, write https://www.example.org/news/story)']);
  assert.deepEqual(rejections(await read(['reports/missing.txt'])), ['reports/missing.txt: no such file or directory']);
});

test('a whole HTML page saved with a .txt name is read as HTML', async () => {
  const d = dir({ 'saved.txt': '<!DOCTYPE html><html><head><meta property="og:site_name" content="Saved"></head><body><nav>Menu</nav><p>The saved story.</p></body></html>' });
  const [r] = reports(await read([join(d, 'saved.txt')]));
  assert.deepEqual([r.format, r.raw, r.hints.outlet], ['html', 'The saved story.', 'Saved']);
});
