/**
 * Whole pages as copied from three kinds of outlet (a wire service, a regional outlet, a US
 * broadcaster), written for sitrep's tests around the shared test story: every story paragraph
 * stays, every piece of furniture goes, and title, outlet and date are read from what is left.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawReport } from '../core/types.ts';
import { cleanText } from './clean.ts';
import { readMetadata } from './metadata.ts';
import { STORY } from './fixtures.test-data.ts';

const HEADLINE = 'Militias halt drone launches after deadly border strike';

function read(raw: string) {
  const c = cleanText(raw);
  const report: RawReport = { source: 'page.txt', raw, contentHash: 'x', format: 'text', hints: {} };
  const m = readMetadata(report, c.text, c.removed);
  for (const p of STORY.slice(0, 4)) assert.ok(c.text.includes(p), `story lost: ${p}\n--- cleaned:\n${c.text}`);
  return { text: c.text, title: m.title.value, outlet: m.outlet.value, published: m.published.value };
}

const gone = (text: string, furniture: string[]) => {
  for (const f of furniture) assert.ok(!text.includes(f), `furniture kept: ${f}\n--- cleaned:\n${text}`);
};

test('a wire page: navigation, byline, glued date stamp, carousel caption, ad slot, credits, topics and share bar go', () => {
  const raw = [
    'Skip to main content', 'World', 'Middle East', HEADLINE, 'By Dana Reyes and Omar Saleh', 'January 30, 2024 7:05 AM GMT+3Updated 2 hours ago', '',
    '[1/3] Fighters march during a parade in the capital, June 26, 2023. COURIER/Omar Saleh/File Photo Purchase Licensing Rights, opens new tab', '',
    `BAGHDAD, Jan 30 (Reuters) - ${STORY[0]}`, STORY[1], '', 'Advertisement · Scroll to continue', '', STORY[2], 'Sign up here.', STORY[3],
    'Reporting by Omar Saleh in Baghdad; additional reporting by Lena Haddad in Washington; Editing by Sam Ortiz',
    'Our Standards: The Thomson Reuters Trust Principles., opens new tab', 'Suggested Topics:', 'Middle East', 'Iraq', 'Share', 'X', 'Facebook', 'Email', 'Purchase Licensing Rights',
  ].join('\n');
  const r = read(raw);
  gone(r.text, ['Skip', 'World', 'Dana Reyes', '7:05', '[1/3]', 'Advertisement', 'Sign up', 'Reporting by', 'Standards', 'Topics', 'Middle East', 'Facebook', 'Licensing']);
  assert.deepEqual([r.title, r.outlet, r.published], [HEADLINE, 'Reuters', '2024-01-30']);
});

test('a regional page: section label, author and date, audio widget, bracketed credit, related link, channel prompt, translation note, tags, copyright', () => {
  const raw = [
    'Kurdistan Region', HEADLINE, 'Dana Reyes', '29-01-2024 · 3 min read', 'Listen to this article', STORY[0],
    'Fighters parade through the city in 2023. [File: Omar Saleh/AFP]', STORY[1], 'Also read: Erbil airport reopens after drone alert', STORY[2], STORY[3],
    'Follow our Telegram channel for the latest news', 'This article was translated from Arabic by the Courier desk.', 'Tags: Iraq, Drones, Militias',
    '© 2024 Rudaw Media Network. All rights reserved.',
  ].join('\n');
  const r = read(raw);
  gone(r.text, ['Kurdistan Region', 'Dana Reyes', 'min read', 'Listen', '[File', 'Also read', 'Telegram', 'translated', 'Tags', '©']);
  assert.ok(r.text.includes('Fighters parade through the city in 2023.'), 'the caption sentence stays');
  assert.deepEqual([r.title, r.outlet, r.published], [HEADLINE, 'Rudaw', '2024-01-29']);
});

test('a broadcaster page: standfirst, doubled byline, update stamp, link widget, AP photo credit, ad feedback, developing-story note, rule line and copyright', () => {
  const raw = [
    HEADLINE, 'Three officials say leaders agreed to stop attacks on US bases', 'Dana Reyes', 'By Dana Reyes', 'Updated 5:25 PM EST, Tue January 30, 2024', 'Link Copied!',
    `WASHINGTON (AP) — ${STORY[0]}`, 'Fighters parade through the city in 2023. (AP Photo/Omar Saleh, File)', STORY[1], 'Ad Feedback', STORY[2], STORY[3],
    'This is a developing story and will be updated.', '___', 'Associated Press writer Lena Haddad in Washington contributed to this report.',
    'Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.',
  ].join('\n');
  const r = read(raw);
  gone(r.text, ['Dana Reyes', '5:25', 'Link Copied', 'AP Photo', 'Ad Feedback', 'developing', 'contributed', 'Copyright']);
  assert.deepEqual([r.title, r.outlet, r.published], [HEADLINE, 'Associated Press', '2024-01-30']);
});
