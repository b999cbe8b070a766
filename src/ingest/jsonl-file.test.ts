import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJsonLinesFile } from './jsonl-file.ts';
import type { ReadItem } from './types.ts';

const file = (body: string | Buffer): string => {
  const p = join(mkdtempSync(join(tmpdir(), 'sitrep-jsonl-')), 'feed.jsonl');
  writeFileSync(p, body);
  return p;
};
async function all(path: string, maxBytes: number): Promise<string[]> {
  const out: string[] = [];
  for await (const i of readJsonLinesFile(path, maxBytes) as AsyncGenerator<ReadItem>) {
    out.push('rejected' in i ? `x ${i.input.slice(i.input.lastIndexOf('/') + 1)} ${i.reason.split(':')[0]}` : `${i.source.slice(i.source.lastIndexOf('/') + 1)} ${i.raw}`);
  }
  return out;
}

test('a .jsonl file larger than the limit is read when each line fits; an overlong line is rejected alone', async () => {
  const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ text: `Report ${i} about a rocket attack.` }));
  lines[1500] = JSON.stringify({ text: 'z'.repeat(500) });
  const got = await all(file(lines.join('\r\n') + '\r\n'), 200);
  assert.equal(got.length, 3000);
  assert.equal(got[0], 'feed.jsonl#1 Report 0 about a rocket attack.');
  assert.equal(got[1500], 'x feed.jsonl:1501 too large');
  assert.equal(got[1501], 'feed.jsonl#1502 Report 1501 about a rocket attack.');
  assert.equal(got[2999], 'feed.jsonl#3000 Report 2999 about a rocket attack.');
});

test('the last line needs no newline; blank lines are skipped but counted; a bad line is rejected by number', async () => {
  assert.deepEqual(await all(file(`${JSON.stringify({ text: 'One.' })}\n\n{bad\n${JSON.stringify({ text: 'Four.' })}`), 1000),
    ['feed.jsonl#1 One.', 'x feed.jsonl:3 malformed JSON line', 'feed.jsonl#4 Four.']);
});

test('a line in windows-1252 is decoded; binary and empty files are rejected', async () => {
  const cp = Buffer.concat([Buffer.from('{"text": "'), Buffer.from([0x93, 0x48, 0x69, 0x94]), Buffer.from('"}\n')]);
  assert.deepEqual(await all(file(cp), 1000), ['feed.jsonl#1 “Hi”']);
  assert.deepEqual(await all(file(Buffer.from([0x7b, 0x00, 0x7d])), 1000), ['x feed.jsonl binary']);
  assert.deepEqual(await all(file(''), 1000), ['x feed.jsonl empty']);
  assert.deepEqual(await all(file('\n  \n'), 1000), ['x feed.jsonl empty']);
});

test('a line longer than a read chunk is rejected once and skipped to its end', async () => {
  const body = [JSON.stringify({ text: 'Before.' }), JSON.stringify({ text: 'y'.repeat(300_000) }), JSON.stringify({ text: 'After.' })].join('\n');
  assert.deepEqual(await all(file(body), 1000), ['feed.jsonl#1 Before.', 'x feed.jsonl:2 too large', 'feed.jsonl#3 After.']);
});
