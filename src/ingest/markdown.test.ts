import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToText } from './markdown.ts';

test('markdownToText drops markup and keeps every word, paragraphs as in the file', () => {
  const md = [
    '# Drone strike kills three at desert outpost',
    '',
    'AMMAN, Jan 28 - A **one-way** attack drone hit *Tower 22*, a [US logistics base](https://example.org/t22 "map"), early on Sunday.',
    '',
    '![a photo](photo.jpg)',
    '> "We will respond," the president said.',
    '',
    '- Three soldiers killed',
    '2. More than 40 wounded',
    '',
    'Subtitle',
    '--------',
    'See [the timeline][t] and <https://example.org/more>; the snake_case_name stays.',
    '',
    '[t]: https://example.org/timeline',
  ].join('\n');
  const { text } = markdownToText(md);
  assert.equal(text, [
    'Drone strike kills three at desert outpost',
    '',
    'AMMAN, Jan 28 - A one-way attack drone hit Tower 22, a US logistics base, early on Sunday.',
    '',
    '',
    '"We will respond," the president said.',
    '',
    'Three soldiers killed',
    'More than 40 wounded',
    '',
    'Subtitle',
    '',
    'See the timeline and https://example.org/more; the snake_case_name stays.',
    '',
  ].join('\n').replace(/\n{3,}/g, '\n\n'));
});

test('front matter gives hints with how, and no text', () => {
  const { text, hints } = markdownToText('---\ntitle: "Militia pauses attacks"\ndate: 2024-01-30\nsource: Border Wire\ntags: [a, b]\n---\nBody line.');
  assert.equal(text, 'Body line.');
  assert.deepEqual(hints, {
    title: 'Militia pauses attacks', published: '2024-01-30', outlet: 'Border Wire',
    how: { title: 'front-matter:title', published: 'front-matter:date', outlet: 'front-matter:source' },
  });
});

test('fenced code is kept as written; text without markup is unchanged', () => {
  assert.equal(markdownToText('```\n*not emphasis*\n```\nplain').text, '*not emphasis*\nplain');
  const plain = 'BAGHDAD, Feb 8 - A drone strike killed a commander, officials said.\n\nSecond paragraph.';
  assert.equal(markdownToText(plain).text, plain);
});
