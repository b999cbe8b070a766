import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawReport, ReportHints } from '../core/types.ts';
import { cleanText } from './clean.ts';
import { readMetadata, dateInUrl } from './metadata.ts';
import { STORY, para } from './fixtures.test-data.ts';

function meta(raw: string, hints: ReportHints = {}) {
  const report: RawReport = { source: 't.txt', raw, contentHash: 'x', format: 'text', hints };
  const c = cleanText(raw);
  return readMetadata(report, c.text, c.removed);
}

const HEADLINE = 'Militias halt drone launches after deadly border strike';

test('title: a container hint wins; else a short first line without a final period, followed by a blank line', () => {
  assert.deepEqual(meta(para([HEADLINE, ...STORY]), { title: 'From the page', how: { title: 'html-meta:og:title' } }).title, {
    value: 'From the page',
    how: { rule: 'hint:html-meta:og:title' },
  });
  const m = meta(para([HEADLINE, ...STORY]));
  assert.equal(m.title.value, HEADLINE);
  assert.equal(m.title.how?.rule, 'first-line-headline');
  assert.equal(meta(para(STORY)).title.value, null, 'a first line that is a sentence is no title');
  assert.equal(meta(para(['Commander says “we will not stop”', ...STORY])).title.value, 'Commander says “we will not stop”');
  assert.equal(meta(` date 2024-02-01 ${para(STORY)}`).title.value, null);
});

test('outlet: a dateline names it, with the dateline place kept as metadata', () => {
  const m = meta(para([HEADLINE, `WASHINGTON DC, United States (Kurdistan 24) ${STORY[0]}`, ...STORY.slice(1)]));
  assert.equal(m.outlet.value, 'Kurdistan 24');
  assert.equal(m.outlet.how?.rule, 'dateline-outlet');
  assert.equal(m.dateline, 'WASHINGTON DC, United States');
  assert.equal(meta(`BAGHDAD, Jan 30 (AP) - ${para(STORY)}`).outlet.value, 'Associated Press', 'known short forms map to the full name');
});

test('outlet: footer furniture names the publisher', () => {
  const m = meta(para([HEADLINE, ...STORY, 'Newsweek is committed to independent reporting.', 'To read how Newsweek uses AI as a newsroom tool, Click here.']));
  assert.equal(m.outlet.value, 'Newsweek');
  assert.equal(m.outlet.how?.rule, 'footer-self-reference');
});

test('outlet: statements made to an outlet name it; an outlet the report cites does not', () => {
  const self = para([HEADLINE, `${STORY[0]} A senior official told The National on Thursday that the pause would hold.`, ...STORY.slice(1)]);
  const m = meta(self);
  assert.equal(m.outlet.value, 'The National');
  assert.equal(m.outlet.how?.rule, 'self-reference-receiver');
  const cited = para([HEADLINE, 'A lawmaker told Reuters the talks had failed, as Reuters reported on Thursday.', ...STORY]);
  assert.equal(meta(cited).outlet.value, null, 'an outlet that is also cited as a source is not the publisher');
  const onlyCited = para([HEADLINE, 'The group agreed to stop, The New York Times reported, citing two officials.', ...STORY]);
  assert.equal(meta(onlyCited).outlet.value, null);
});

test('outlet: the URL domain, from the known table or title-cased', () => {
  const a = meta(para(STORY), { url: 'https://www.aljazeera.com/news/2024/1/30/some-story' });
  assert.deepEqual([a.outlet.value, a.outlet.how?.rule], ['Al Jazeera', 'url-domain-table']);
  const b = meta(para(STORY), { url: 'https://news.basra-times.co.uk/story/1' });
  assert.deepEqual([b.outlet.value, b.outlet.how?.rule], ['Basra Times', 'url-domain-titlecased']);
});

test('outlet: a byline naming the outlet, or a closing credit line of outlet names', () => {
  assert.equal(meta(para([HEADLINE, 'By Dana Reyes, The Gulf Ledger', ...STORY])).outlet.value, 'The Gulf Ledger');
  const m = meta(para([HEADLINE, ...STORY, '- Meridian Wire / The Euphrates Post']));
  assert.deepEqual([m.outlet.value, m.outlet.how?.rule], ['The Euphrates Post', 'sign-off-credit']);
});

test('outlet: a container hint wins over everything the text says', () => {
  const m = meta(`BAGHDAD (Reuters) - ${para(STORY)}`, { outlet: 'The New Arab', how: { outlet: 'html-meta:og:site_name' } });
  assert.deepEqual([m.outlet.value, m.outlet.how?.rule], ['The New Arab', 'hint:html-meta:og:site_name']);
});

test('published: a leading date field', () => {
  const m = meta(` date 2024-02-01 ${para(STORY)}`);
  assert.deepEqual([m.published.value, m.published.how?.rule], ['2024-02-01', 'top-metadata-field']);
});

test('published: Published and Updated lines, Published preferred', () => {
  assert.deepEqual(meta(`${para(STORY)}\n\nUpdated: February 01, 2024, 5:58 PM`).published, { value: '2024-02-01', how: { rule: 'updated-line' } });
  const both = meta(`${HEADLINE}\n\nPublished: 31 January 2024 Updated: 2 Feb 2024\n\n${para(STORY)}`);
  assert.deepEqual([both.published.value, both.published.how?.rule], ['2024-01-31', 'published-line']);
});

test('published: a date in the URL path', () => {
  const m = meta(para(STORY), { url: 'https://example.org/world/2024/01/30/militias-halt' });
  assert.deepEqual([m.published.value, m.published.how?.rule], ['2024-01-30', 'url-path-date']);
  assert.equal(dateInUrl('https://x.example/news/20241031-story'), '2024-10-31');
  assert.equal(dateInUrl('https://x.example/news/story-123456'), null);
});

test('published: a dateline month and day, the year only when the report gives it elsewhere', () => {
  const withYear = meta(para([`BAGHDAD, Jan 30 (Courier Wire) - ${STORY[0]}`, 'The strike was the deadliest since the war began in October 2023.', 'Officials expect more talks in 2024.', 'The budget for 2024 was approved.']));
  assert.deepEqual([withYear.published.value, withYear.published.how?.rule], ['2024-01-30', 'dateline-date']);
  const noYear = meta(para([`BAGHDAD, Jan 30 (Courier Wire) - ${STORY[0]}`, ...STORY.slice(1)]));
  assert.equal(noYear.published.value, null);
});

test('published: a hint in any common format is normalised', () => {
  assert.equal(meta(para(STORY), { published: '2024-02-01T17:58:00+04:00' }).published.value, '2024-02-01');
  assert.equal(meta(para(STORY), { published: 'Thu, 01 Feb 2024 13:58:00 GMT' }).published.value, '2024-02-01');
});

test('nothing to go on: every field null', () => {
  const m = meta(para(STORY));
  assert.equal(m.title.value, null);
  assert.equal(m.outlet.value, null);
  assert.equal(m.published.value, null);
  assert.equal(m.outlet.how, null);
});

test('outlet and date from a wire page: an outlet label line and a date glued to its time', () => {
  const m = meta(para([HEADLINE, 'Rudaw Staff', 'February 18, 20247:05 AM GMT+3Updated 9 months ago', ...STORY]));
  assert.deepEqual([m.outlet.value, m.outlet.how?.rule], ['Rudaw', 'outlet-label']);
  assert.deepEqual([m.published.value, m.published.how?.rule], ['2024-02-18', 'published-line']);
});

test('outlet: copyright footers in their common forms; a bare photo credit is no footer', () => {
  for (const [footer, name] of [
    ['© 2024 Al Jazeera Media Network', 'Al Jazeera'],
    ['Copyright © 2024 Rudaw. All rights reserved', 'Rudaw'],
    ['© Kurdistan24 2024', 'Kurdistan 24'],
  ]) {
    const m = meta(para([HEADLINE, ...STORY, footer]));
    assert.deepEqual([m.outlet.value, m.outlet.how?.rule], [name, 'footer-self-reference'], footer);
  }
  assert.equal(meta(para([HEADLINE, ...STORY.slice(0, 3), '© AP', ...STORY.slice(3)])).outlet.value, null);
});

test('title: an outlet name after the headline hint goes; a source cited after a colon stays', () => {
  const m = meta(para(STORY), { title: 'Militias halt drone launches | Reuters', outlet: 'Reuters' });
  assert.equal(m.title.value, 'Militias halt drone launches');
  assert.equal(meta(para(STORY), { title: 'Militias halt drone launches - Al Jazeera' }).title.value, 'Militias halt drone launches');
  assert.equal(meta(para(STORY), { title: 'Iran told militias to pause: Reuters' }).title.value, 'Iran told militias to pause: Reuters');
  assert.equal(meta(para(STORY), { title: 'Militias halt launches - and resume them' }).title.value, 'Militias halt launches - and resume them');
});

test('title and byline: a section label above the headline and an author name beside the date line go', () => {
  const m = meta(para(['MIDDLE EAST', HEADLINE, 'Dana Reyes', '29 January 2024 · 3 min read', ...STORY]));
  assert.deepEqual([m.title.value, m.published.value], [HEADLINE, '2024-01-29']);
  const c = cleanText(para(['Iraq', HEADLINE, 'Dana Reyes', '29 January 2024', ...STORY, 'Omar Saleh']));
  assert.ok(c.text.startsWith(HEADLINE), c.text.slice(0, 80));
  assert.ok(!c.text.includes('Dana Reyes'));
  assert.ok(c.text.endsWith('Omar Saleh'), 'a name far from any date line is not taken for a byline');
});

test('outlet and date from datelines and labels of regional outlets', () => {
  const m = meta(para([HEADLINE, `BAGHDAD, Jan. 29 (Xinhua) -- ${STORY[0]}`, ...STORY.slice(1)]));
  assert.deepEqual([m.outlet.value, m.outlet.how?.rule], ['Xinhua', 'dateline-outlet']);
  const c = cleanText(para([HEADLINE, `Rudaw | ${STORY[0]}`, ...STORY.slice(1)]));
  assert.ok(c.text.includes(`\n\n${STORY[0]}`), 'the label goes and the sentence stays');
  const posted = meta(para([HEADLINE, 'Posted on January 29, 2024 by Dana Reyes', ...STORY]));
  assert.deepEqual([posted.published.value, posted.published.how?.rule], ['2024-01-29', 'published-line']);
});

test("outlet: a promotion of the outlet's own newsletter, app or standards names it; a related link to another outlet does not", () => {
  const m = meta(para([HEADLINE, ...STORY.slice(0, 4), 'Sign up for Al Jazeera’s Middle East newsletter', ...STORY.slice(4)]));
  assert.deepEqual([m.outlet.value, m.outlet.how?.rule], ['Al Jazeera', 'own-product-promotion']);
  assert.equal(meta(para([HEADLINE, ...STORY, 'Our Standards: The Thomson Reuters Trust Principles.'])).outlet.value, 'Reuters');
  assert.equal(meta(para([HEADLINE, ...STORY, 'Read more: Rudaw reports new strikes near Erbil'])).outlet.value, null);
});

test('title and outlet: the outlet name printed above the headline is a label', () => {
  const m = meta(para(['Al-Monitor', HEADLINE, ...STORY]));
  assert.deepEqual([m.title.value, m.outlet.value, m.outlet.how?.rule], [HEADLINE, 'Al-Monitor', 'outlet-label']);
});

test('title: a headline followed at once by the story, without a blank line', () => {
  const m = meta([HEADLINE, ...STORY].join('\n'));
  assert.deepEqual([m.title.value, m.title.how?.note], [HEADLINE, 'the next line is prose']);
  assert.equal(meta(['Factions divided over the drone pause', 'Some groups keep their guns ready', ...STORY].join('\n')).title.value, null, 'two short lines: no telling');
});

test('outlet: a container hint written as the web domain maps to the known outlet, and so does a title ending in it', () => {
  const m = meta(para(STORY), { outlet: 'Rudaw.net', title: 'Militias halt drone launches - Rudaw.net' });
  assert.deepEqual([m.outlet.value, m.title.value], ['Rudaw', 'Militias halt drone launches']);
  assert.equal(meta(para(STORY), { outlet: 'AP News' }).outlet.value, 'Associated Press');
});

test('outlet and byline forms of regional and European outlets: place and author, a possessive correspondent label, an outlet-with-agency sign-off', () => {
  const a = meta(para([HEADLINE, 'Tuesday, 30 January, 2024 - 09:14', 'Baghdad: Dana Reyes', ...STORY]));
  assert.equal(a.published.value, '2024-01-30');
  assert.ok(!cleanText(para([HEADLINE, 'Tuesday, 30 January, 2024 - 09:14', 'Baghdad: Dana Reyes', ...STORY])).text.includes('Dana Reyes'));
  assert.deepEqual([meta(para([HEADLINE, "Rudaw's Baghdad Correspondent", ...STORY])).outlet.value], ['Rudaw']);
  const f = meta(para([HEADLINE, ...STORY, '(FRANCE 24 with AFP)']));
  assert.deepEqual([f.outlet.value, f.outlet.how?.rule], ['France 24', 'footer-self-reference']);
});

test('published: a date line whose time names its local zone by a place ("08:15 Tehran time")', () => {
  const m = meta(para([HEADLINE, 'Sunday 4 February 2024 | 08:15 Tehran time', ...STORY]));
  assert.equal(m.published.value, '2024-02-04');
  assert.ok(!cleanText(para([HEADLINE, 'Sunday 4 February 2024 | 08:15 Tehran time', ...STORY])).text.includes('Tehran time'));
});

test('published: a bare date line anywhere above the first sentence of a long page header is the publication date', () => {
  const raw = para(['Courier', 'Menu', 'World', HEADLINE, 'A standfirst line that sums up the story', 'Lena Ortiz', 'March 3, 2024, 9:10 AM', ...STORY]);
  assert.equal(meta(raw).published.value, '2024-03-03');
  assert.ok(!cleanText(raw).text.includes('March 3, 2024'));
});

test("outlet and title: a known outlet's masthead with its section is a label, not a dateline; an edition's name is kept as printed", () => {
  const raw = para(['Asharq Al-Awsat - Arts & Culture', HEADLINE, `BAGHDAD (Asharq Al-Awsat) - ${STORY[0]}`, ...STORY.slice(1)]);
  const m = meta(raw);
  assert.equal(m.outlet.value, 'Asharq Al-Awsat');
  assert.equal(m.title.value, HEADLINE);
  assert.equal(m.dateline, 'BAGHDAD');
  assert.ok(!cleanText(raw).text.includes('(Asharq Al-Awsat)'));
  assert.equal(meta(para(['Al Jazeera English', HEADLINE, ...STORY])).outlet.value, 'Al Jazeera English');
  assert.equal(meta(para(['Al Jazeera', HEADLINE, ...STORY])).outlet.value, 'Al Jazeera');
});

test("outlet: a republishing site's masthead named again by its own copyright line beats the wire's copyright; the section under it is no title", () => {
  const wire = 'Copyright 2024 The Associated Press. All rights reserved.';
  const raw = para(['Harbor City News', 'World & Nation', HEADLINE, ...STORY, wire, '© 2024 Harbor City Media. All Rights Reserved.']);
  const m = meta(raw);
  assert.equal(m.outlet.value, 'Harbor City News');
  assert.equal(m.title.value, HEADLINE);
  // without the site's own footer naming it, the first line is no masthead: the wire's copyright names the outlet
  assert.equal(meta(para(['Harbor City News', HEADLINE, ...STORY, wire])).outlet.value, 'Associated Press');
});

test('title: a short sentence-case headline above a longer standfirst stays the title', () => {
  const m = meta(para(['Militias pause attacks', 'Baghdad brokers a halt to drone launches after the deadliest strike of the war', ...STORY]));
  assert.equal(m.title.value, 'Militias pause attacks');
});
