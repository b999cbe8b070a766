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

test('a broadcaster page with a bar breadcrumb, doubled date, bracketed file credit, video widget and source line', () => {
  const raw = [
    'News|Iraq', HEADLINE, 'Three officials say leaders agreed to stop attacks on US bases after the deadly strike.', 'Published On 30 Jan 2024', '30 Jan 2024',
    'Save articles to read later and create your own reading list.', 'Fighters parade through the city in 2023 [File: Omar Saleh/Reuters]', STORY[0], STORY[1],
    'Video Duration 02 minutes 10 seconds', '02:10', STORY[2], STORY[3], 'Source: Al Jazeera and news agencies',
  ].join('\n');
  const r = read(raw);
  gone(r.text, ['News|Iraq', '30 Jan', 'Save articles', '[File', 'Video', '02:10', 'Source']);
  assert.deepEqual([r.title, r.outlet, r.published], [HEADLINE, 'Al Jazeera', '2024-01-30']);
});

test('an agency page: outlet label and section above the headline, ISO stamp, slash dateline, trailing tags', () => {
  const raw = ['Shafaq News', 'Security', 'Iraqi factions halt attacks on US bases', '2024-01-30T09:14:00+00:00', `Shafaq News/ ${STORY[0]}`, STORY[1], STORY[2], STORY[3], 'Iraq', 'US', 'Militias'].join('\n');
  const r = read(raw);
  gone(r.text, ['Shafaq', 'Security', '2024', '\nUS', 'Militias\n']);
  assert.ok(r.text.trimEnd().endsWith(STORY[3]), r.text);
  assert.deepEqual([r.title, r.outlet, r.published], ['Iraqi factions halt attacks on US bases', 'Shafaq News', '2024-01-30']);
  const facts = read([HEADLINE, '', ...STORY.slice(0, 4), 'Three killed', 'Forty wounded', '40 wounded'].join('\n'));
  assert.ok(facts.text.endsWith('40 wounded'), 'a line with a figure ends any tag run');
});

test('a page with author and filing place above the date, a mission statement, and a writer blurb naming the outlet', () => {
  const mee = read([
    HEADLINE, 'Three officials say leaders agreed to stop attacks on US bases', 'Dana Reyes', 'Baghdad, Iraq',
    'Published date: 30 January 2024 10:22 GMT | Last update: 1 year 2 months ago', STORY[0], STORY[1], STORY[2], STORY[3],
    'Middle East Eye delivers independent and unrivalled coverage and analysis of the Middle East, North Africa and beyond.',
  ].join('\n'));
  gone(mee.text, ['Dana Reyes', 'Baghdad, Iraq', 'Published', 'delivers']);
  assert.deepEqual([mee.title, mee.outlet, mee.published], [HEADLINE, 'Middle East Eye', '2024-01-30']);
  const toi = read([
    HEADLINE, 'Pause comes after strike on outpost near Syrian border; two factions reject the decision', 'By Dana Reyes Follow 30 January 2024, 3:12 pm',
    'Illustrative: Fighters parade through the city in 2023. (Omar Saleh/Courier)', STORY[0], STORY[1], STORY[2], STORY[3],
    "Dana Reyes is The Times of Israel's military correspondent.", 'Read more about', 'Iraq', 'Islamic Resistance in Iraq',
  ].join('\n'));
  gone(toi.text, ['Dana Reyes', 'Illustrative', 'Read more', 'Islamic Resistance']);
  assert.deepEqual([toi.title, toi.outlet, toi.published], [HEADLINE, 'The Times of Israel', '2024-01-30']);
});
