import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readJson, readJsonLines, recordToReport } from './json.ts';
import type { RawReport } from '../core/types.ts';
import type { Rejection } from './types.ts';

test('a JSON object is one report; its fields become hints with how', () => {
  const [r] = [...readJson('one.json', JSON.stringify({ text: 'Rockets hit the base.\r\nNo one died.', title: 'Rockets', outlet: 'Wire', published: '2024-01-21', url: 'https://w.example/a' }))] as RawReport[];
  assert.equal(r.source, 'one.json');
  assert.equal(r.raw, 'Rockets hit the base.\nNo one died.');
  assert.equal(r.format, 'json');
  assert.deepEqual(r.hints, { title: 'Rockets', outlet: 'Wire', published: '2024-01-21', url: 'https://w.example/a',
    how: { title: 'json-field:title', outlet: 'json-field:outlet', published: 'json-field:published', url: 'json-field:url' } });
});

test('a JSON array gives one report per object, named file#n; a non-object element is rejected alone', () => {
  const items = [...readJson('many.json', JSON.stringify([{ text: 'First.' }, 7, { html: '<p>Second.</p>', headline: 'H' }]))];
  assert.deepEqual(items.map((i) => ('rejected' in i ? `x ${i.input}` : i.source)), ['many.json#1', 'x many.json#2', 'many.json#3']);
  assert.equal((items[2] as RawReport).raw, 'Second.');
  assert.equal((items[2] as RawReport).hints.how?.title, 'json-field:headline');
});

test('malformed JSON is one rejection naming the file', () => {
  const [r] = [...readJson('bad.json', '{"text": "unfinished')] as Rejection[];
  assert.equal(r.input, 'bad.json');
  assert.match(r.reason, /^malformed JSON/);
});

test('JSON lines: a bad line rejects that line only, naming file:line; blank lines are ignored', () => {
  const text = [JSON.stringify({ text: 'One.' }), '', '{oops', JSON.stringify({ title: 'no body' }), JSON.stringify({ text: 'Four.' })].join('\n');
  const items = [...readJsonLines('feed.jsonl', text)];
  assert.deepEqual(items.map((i) => ('rejected' in i ? `${i.input}: ${i.reason.split(':')[0]}` : i.source)),
    ['feed.jsonl#1', 'feed.jsonl:3: malformed JSON line', 'feed.jsonl:4: the record has neither "text" nor "html"', 'feed.jsonl#5']);
});

test('an html record goes through extraction; its own fields win over the markup', () => {
  const r = recordToReport({ html: '<html><head><meta property="og:site_name" content="Markup Site"><title>Markup title</title></head><body><p>Body text here.</p></body></html>', title: 'Field title' }, 'f#1', 'f:1') as RawReport;
  assert.equal(r.raw, 'Body text here.');
  assert.equal(r.hints.title, 'Field title');
  assert.equal(r.hints.outlet, 'Markup Site');
  assert.equal(r.hints.how?.outlet, 'html-meta:og:site_name');
});

test('the content hash ignores key order and spacing of the line', () => {
  const a = recordToReport({ text: 'Same.', title: 'T' }, 'a', 'a') as RawReport;
  const b = recordToReport(JSON.parse('{ "text" : "Same.",  "title":"T" }'), 'b', 'b') as RawReport;
  assert.equal(a.contentHash, b.contentHash);
  assert.notEqual(a.contentHash, (recordToReport({ text: 'Other.' }, 'c', 'c') as RawReport).contentHash);
});
