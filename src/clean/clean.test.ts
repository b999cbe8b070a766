import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText, toRaw } from './clean.ts';
import { STORY, para } from './fixtures.test-data.ts';

const HEADLINE = 'Militias halt drone launches after deadly border strike';

/** Cleans `raw` and checks that every story paragraph survived intact. */
function cleanKeepingStory(raw: string) {
  const c = cleanText(raw);
  for (const p of STORY) assert.ok(c.text.includes(p), `story paragraph lost: ${p}\n--- cleaned:\n${c.text}`);
  return c;
}

const gone = (text: string, s: string) => assert.ok(!text.includes(s), `furniture kept: ${s}\n--- cleaned:\n${text}`);
const reasonFor = (c: ReturnType<typeof cleanText>, raw: string, s: string) =>
  c.removed.find((r) => raw.slice(r.start, r.end).includes(s))?.reason ?? null;

test('every cleaned character maps back to the same raw character, and removals cover the rest', () => {
  const raw = [` date 2024-02-01 ${STORY[0]}`, 'Subscribe now', STORY[1], 'Crowds gathered at the funeral. AFP via Getty Images', STORY[2], 'Read more: Another headline here', STORY[3]].join('\n\n') + '\n\n\n';
  const c = cleanText(raw);
  let covered = 0;
  for (const run of c.offsets) {
    assert.equal(c.text.slice(run.text, run.text + run.length), raw.slice(run.raw, run.raw + run.length));
    covered += run.length;
  }
  assert.equal(covered, c.text.length);
  for (let i = 0; i < c.text.length; i++) assert.equal(raw[toRaw(c.offsets, i)!], c.text[i]);
  const removedChars = c.removed.reduce((n, r) => n + (r.end - r.start), 0);
  assert.equal(covered + removedChars, raw.length, 'kept and removed characters add up to the raw text');
  assert.ok(c.removed.every((r) => r.reason.length > 0));
});

test('subscription, newsletter, app and ad-free promotions are removed with their reasons', () => {
  const raw = para([HEADLINE, STORY[0], 'Already a subscriber? Log in', STORY[1], STORY[2], 'Sign up for our free Middle East newsletter', STORY[3], STORY[4], STORY[5], STORY[6], 'Download the Daily Courier app', 'Enjoy ad-free browsing on dailycourier.example']);
  const c = cleanKeepingStory(raw);
  for (const s of ['Already a subscriber', 'newsletter', 'Download the', 'ad-free']) gone(c.text, s);
  assert.match(reasonFor(c, raw, 'Already a subscriber')!, /^subscription\//);
  assert.match(reasonFor(c, raw, 'newsletter')!, /^newsletter\//);
  assert.match(reasonFor(c, raw, 'ad-free')!, /^promo\//);
});

test('a bullet list of promotions goes whole, with its short header line', () => {
  const raw = para([HEADLINE, ...STORY]) + '\n\nCourier cover\n  • The magazine delivered to your door\n  • Courier Voices: audio opinion shows\n  • Enjoy ad-free browsing\n  • Comment on articles';
  const c = cleanKeepingStory(raw);
  for (const s of ['Courier cover', 'delivered to your door', 'audio opinion shows', 'Comment on articles']) gone(c.text, s);
});

test('an author blurb goes with its heading, and a teaser ending in Read more goes too', () => {
  const raw = para([HEADLINE, ...STORY, 'About the writer', 'Dana Reyes is a Courier senior reporter based in Amman. She covers Iraq and Syria ... Read more']);
  const c = cleanKeepingStory(raw);
  gone(c.text, 'About the writer');
  gone(c.text, 'Dana Reyes');
  assert.match(reasonFor(c, raw, 'Dana Reyes')!, /^author-blurb\//);
});

test('an author biography near the end goes even without a heading', () => {
  const raw = para([HEADLINE, ...STORY, 'Sam Ortiz is a staff correspondent for the Courier covering security in the Gulf.']);
  const c = cleanKeepingStory(raw);
  gone(c.text, 'Sam Ortiz');
});

test('photo credits go and the caption sentence stays; a doubled caption loses its copy', () => {
  const caption = 'Mourners carry a coffin through the streets of the capital.';
  const raw = para([
    HEADLINE,
    `${caption} (Photo: AP)\n${caption} (Photo: AP)`,
    STORY[0],
    'Smoke rises over the base after the attack. Reuters',
    STORY[1],
    'A commander speaks to supporters in 2023. John Smith/AFP via Getty Images',
    STORY[2],
    'Troops patrol near the border. (AP Photo/Lena Haddad)',
    ...STORY.slice(3),
  ]);
  const c = cleanKeepingStory(raw);
  for (const s of ['(Photo: AP)', 'Reuters', 'Getty Images', 'AP Photo']) gone(c.text, s);
  assert.equal(c.text.split(caption).length - 1, 1, 'the caption sentence is kept once');
  assert.ok(c.text.includes('Smoke rises over the base after the attack.'));
  assert.match(reasonFor(c, raw, 'Getty Images')!, /^photo-credit\//);
});

test('Read more lines and repeated related-article headlines go; a single sub-heading stays', () => {
  const related = 'Three soldiers killed in border drone attack';
  const raw = para([HEADLINE, STORY[0], STORY[1], 'Read More: Envoy praises talks in Erbil', STORY[2], related, related, ...STORY.slice(3)]);
  const c = cleanKeepingStory(raw);
  gone(c.text, 'Envoy praises');
  gone(c.text, related);
  assert.ok(c.text.includes('\nFactions divided\n'), 'the story sub-heading is kept');
  assert.match(reasonFor(c, raw, related)!, /^repeated-line\//);
});

test('translation notes, AI notes, click-here, share and comment prompts go', () => {
  const raw = para([HEADLINE, 'Powered by automated translation', ...STORY, 'Share', 'Share on Facebook  Share on X', 'To read how the Courier uses AI as a newsroom tool, Click here.', 'Comments (12)', 'Click here to get breaking alerts']);
  const c = cleanKeepingStory(raw);
  for (const s of ['Powered by', 'Share', 'uses AI', 'Comments', 'Click here']) gone(c.text, s);
  assert.match(reasonFor(c, raw, 'Powered by')!, /^translation-note\//);
});

test('Updated and Published lines go (they are metadata), as does a leading date field', () => {
  const raw = ` date 2024-02-01 ${STORY[0]}\n\nPublished: 31 January 2024\n\n${para(STORY.slice(1))}\n\nUpdated: February 01, 2024, 5:58 PM`;
  const c = cleanKeepingStory(raw);
  gone(c.text, '2024');
  assert.ok(c.text.startsWith(STORY[0]), 'the sentence after the date field is kept');
});

test('a dateline is removed as metadata and the sentence after it kept', () => {
  const raw = para([HEADLINE, `BAGHDAD, Jan 30 (Courier Wire) - ${STORY[0]}`, ...STORY.slice(1)]);
  const c = cleanKeepingStory(raw);
  gone(c.text, 'BAGHDAD, Jan 30');
  assert.match(reasonFor(c, raw, 'BAGHDAD')!, /^dateline\//);
  const raw2 = para([`WASHINGTON DC, United States (Courier 7) ${STORY[0]}`, ...STORY.slice(1)]);
  gone(cleanKeepingStory(raw2).text, '(Courier 7)');
});

test('a site section heading with only furniture below it goes; mission statements and copyright go', () => {
  const raw = para([HEADLINE, ...STORY, 'Beyond the Headlines', 'The Courier is committed to fair and accurate reporting from every side.', 'The Courier is committed to fair and accurate reporting from every side.', '© 2024 The Courier. All rights reserved.']);
  const c = cleanKeepingStory(raw);
  for (const s of ['Beyond the Headlines', 'committed', '©']) gone(c.text, s);
  assert.ok(c.text.endsWith(STORY[6]));
});

test('bylines and wire credits go', () => {
  const raw = para([HEADLINE, 'By Dana Reyes and Omar Saleh, Courier Wire', ...STORY, 'Reporting by Omar Saleh; Editing by Sam Ortiz', 'Associated Press writer Lena Haddad contributed to this report.']);
  const c = cleanKeepingStory(raw);
  for (const s of ['By Dana', 'Reporting by', 'contributed']) gone(c.text, s);
});

test('a line opening with "By" that is a sentence is kept', () => {
  const sentence = 'By Wednesday, the two factions had withdrawn from the checkpoints';
  const raw = para([HEADLINE, ...STORY, sentence]);
  assert.ok(cleanKeepingStory(raw).text.includes(sentence));
});

test('blank lines are tidied: one blank line where furniture stood between paragraphs', () => {
  const raw = `${STORY[0]}\n\n\n\nSubscribe now\n\n\n${STORY[1]}\n`;
  assert.equal(cleanText(raw).text, `${STORY[0]}\n\n${STORY[1]}`);
});

test('wire and broadcaster page furniture goes: licensing, save-for-later, outlet labels, topic tails, link markers', () => {
  const raw = para([
    HEADLINE,
    'Al-Monitor Staff',
    'February 18, 20247:05 AM GMT+3Updated 9 months ago',
    `${STORY[0]} Officials confirmed the meeting, opens new tab`,
    'Save articles to read later and create your own reading list.',
    ...STORY.slice(1),
    'Join thousands of readers with a premium membership.',
    'Purchase Licensing Rights, opens new tab',
    'Read more about:',
    'Iraq',
    'Militias',
  ]);
  const c = cleanKeepingStory(raw);
  for (const s of ['Al-Monitor Staff', '2024', 'opens new tab', 'Save articles', 'Join thousands', 'Licensing', 'Read more about', 'Militias\n', '\nIraq']) gone(c.text, s);
  assert.ok(c.text.includes(`${STORY[0]} Officials confirmed the meeting`));
  assert.ok(c.text.endsWith(STORY[6]));
});

test('over a varied synthetic corpus, the offset map holds and no kept line loses words', async () => {
  const { generateReports } = await import('../../bench/generate.ts');
  for (const { report } of generateReports(300, 11)) {
    const c = cleanText(report.raw);
    for (const run of c.offsets) assert.equal(c.text.slice(run.text, run.text + run.length), report.raw.slice(run.raw, run.raw + run.length));
    assert.equal(c.offsets.reduce((n, r) => n + r.length, 0), c.text.length);
    for (const line of report.raw.split('\n')) {
      if (/^[A-Z][a-z]/.test(line) && line.length > 120 && !line.includes('Getty')) assert.ok(c.text.includes(line), `story line lost: ${line}`);
    }
  }
});

test('sign-up boxes, carousels, coverage links and slash datelines go', () => {
  const raw = para([
    HEADLINE,
    'Item 1 of 3 Fighters parade through the city in 2023. REUTERS/Lena Haddad/File Photo',
    `Shafaq News/ ${STORY[0]}`,
    ...STORY.slice(1, 4),
    'Sign up for the Courier',
    'Week in the Gulf',
    'By signing up, you agree to our Privacy Policy',
    ...STORY.slice(4),
    'Follow our full coverage of the war in Gaza',
    'A commander at a rally. (Photo by DANA REYES/AFP via Getty Images)',
  ]);
  const c = cleanKeepingStory(raw);
  for (const s of ['Item 1', 'Shafaq', 'Week in the Gulf', 'Privacy', 'coverage', 'DANA REYES', 'Photo by']) gone(c.text, s);
  assert.ok(c.text.includes('A commander at a rally.'));
});

test('a bare date heading inside a timeline stays; the same line at the top is metadata', () => {
  const body = [...STORY.slice(0, 5), 'January 28, 2024', ...STORY.slice(5), ...STORY.slice(0, 3).map((p) => p.replace('Tuesday', 'Friday'))];
  const c = cleanKeepingStory(para([HEADLINE, ...body]));
  assert.ok(c.text.includes('\nJanuary 28, 2024\n'), 'a timeline heading is kept');
  gone(cleanKeepingStory(para([HEADLINE, 'January 28, 2024', ...STORY])).text, 'January 28');
});
