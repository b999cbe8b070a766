import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readQuoteText } from './text.ts';
import { loadClaimsLexicon } from './lexicon.ts';

const abbr = loadClaimsLexicon().words.abbreviations;
const quotesOf = (text: string) => readQuoteText(text, abbr).quotes.map((q) => text.slice(q.start, q.end));

test('straight and curly quotes, and a curly quote closed by a straight mark', () => {
  assert.deepEqual(quotesOf('He said "we are ready" and left.'), ['we are ready']);
  assert.deepEqual(quotesOf('She said “we are ready” and left.'), ['we are ready']);
  assert.deepEqual(quotesOf('She said “we are ready," and left.'), ['we are ready,']);
});

test('a quote left open at a paragraph end continues when the next paragraph reopens', () => {
  const text = '“We will answer every attack.\n\n“Our patience has limits.”\n\nThe talks ended.';
  const q = readQuoteText(text, abbr).quotes;
  assert.equal(q.length, 2);
  assert.equal(q[0].group, q[1].group);
});

test('a quote missing its closing mark ends with its paragraph', () => {
  const text = 'He said: “we will stay\n\nThe talks ended.';
  const q = readQuoteText(text, abbr).quotes;
  assert.equal(q.length, 1);
  assert.equal(text.slice(q[0].start, q[0].end), 'we will stay');
});

test('sentences never split inside a quote or after a title, and a quote ending in a period ends its sentence', () => {
  const text = '“We came. We saw,” Gen. Kenneth F. Adams Jr. said. “We left.” Then the rain began.';
  const qt = readQuoteText(text, abbr);
  assert.deepEqual(qt.sentences.map((s) => text.slice(s.start, s.end)), [
    '“We came. We saw,” Gen. Kenneth F. Adams Jr. said.',
    '“We left.”',
    'Then the rain began.',
  ]);
});
