/**
 * The furniture patterns of data/clean/furniture.tsv over lines written the way outlets print
 * them (wire credits, update notes, social prompts, tag lists, captions, translation notes), and
 * the story sentences that mention the same words and must stay. Each line is tried at the top,
 * in the middle and at the end of a story.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText } from './clean.ts';
import { STORY, para } from './fixtures.test-data.ts';

const HEADLINE = 'Militias halt drone launches after deadly border strike';
const PLACES = ['top', 'middle', 'end'] as const;

function around(line: string, where: (typeof PLACES)[number]): string {
  if (where === 'top') return para([HEADLINE, line, ...STORY]);
  if (where === 'middle') return para([HEADLINE, ...STORY.slice(0, 3), line, ...STORY.slice(3)]);
  return para([HEADLINE, ...STORY, line]);
}

/** Lower case, letters and digits only: how a scorer compares strings. */
const flat = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

function assertRemoved(lines: string[], places: readonly (typeof PLACES)[number][] = PLACES): void {
  for (const line of lines) {
    for (const where of places) {
      const c = cleanText(around(line, where));
      assert.ok(!flat(c.text).includes(flat(line)), `furniture kept (${where}): ${line}`);
      for (const p of STORY) assert.ok(c.text.includes(p), `story lost next to (${where}) ${line}: ${p}`);
    }
  }
}

function assertKept(lines: string[]): void {
  for (const line of lines) {
    for (const where of PLACES) {
      const c = cleanText(around(line, where));
      const why = c.removed.filter((r) => r.reason !== 'whitespace').map((r) => r.reason);
      assert.ok(c.text.includes(line), `story sentence removed (${where}): ${line} <- ${why.join(', ')}`);
    }
  }
}

test('wire credits, bylines and copyright lines go', () => {
  assertRemoved([
    'Reporting by Dana Reyes in Baghdad and Omar Saleh in Erbil; Editing by Sam Ortiz and Lena Haddad',
    'Additional reporting by Omar Saleh in Washington; Writing by Dana Reyes; Editing by Sam Ortiz',
    '(Reporting by Dana Reyes; editing by Sam Ortiz)',
    'Copyright 2024 The Courier Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.',
    '© 2024 Courier Media Network. All rights reserved.',
    'All rights reserved © 2024 The Courier',
    'Associated Press writers Dana Reyes in Baghdad and Omar Saleh in Washington contributed to this report.',
    'Source: Courier and agencies',
    'This material may not be published, broadcast, rewritten or redistributed.',
    'All content © 2024 The Courier',
  ]);
});

test('update, correction and developing-story notes go', () => {
  assertRemoved([
    'This story has been updated with additional details.',
    'This story was updated to include a statement from the Pentagon.',
    'This is a developing story and will be updated.',
    'This is a developing story. Check back for updates.',
    'This is a breaking news story and will be updated as more information becomes available.',
    'Breaking news: more to follow.',
    "Editor's note: An earlier version of this story misstated the number of wounded.",
  ]);
});

test('audio, reading-time, share, social and channel prompts go', () => {
  assertRemoved([
    'Listen to this article · 4 min',
    'Estimated reading time: 4 minutes',
    'Share this story',
    'Follow us on Telegram',
    'Follow the Courier on X, Facebook and Instagram',
    'Follow our WhatsApp channel for the latest updates',
    'Join our Telegram channel',
    'Join our channel for the latest news',
    'Sign up to our daily briefing',
    'Report a correction or typo',
    'We want to hear from you. Send us your story ideas.',
  ]);
});

test('related-article headings, tag lists and page widgets go', () => {
  assertRemoved([
    'Related: Militia leader vows to keep fighting after strike',
    'Also read: Iraq’s premier calls for calm',
    'Recommended Stories',
    'More in Middle East',
    'Keep reading',
    'Topics: Iraq, Iran, United States',
    'Tags: Iraq, Militias, Drone strike',
    'Filed under: Middle East, Iraq',
    'Video Duration 02 minutes 35 seconds',
    'Loading...',
    'In Pictures',
  ]);
  const c = cleanText(para([HEADLINE, ...STORY, 'Topics', 'Iraq', 'Drone warfare', 'Middle East']));
  for (const s of ['Topics', 'Drone warfare', 'Middle East']) assert.ok(!c.text.includes(s), `tag kept: ${s}`);
});

test('captions marked as captions, file photos and bracketed credits go; the caption sentence stays where it is only credited', () => {
  assertRemoved([
    'Image caption, Mourners gathered in the southern city for the funerals of the three fighters killed in the strike',
    'Image source, Getty Images',
    'FILE PHOTO: Fighters march during a parade in the capital in 2023. REUTERS/Omar Saleh/File Photo',
  ]);
  for (const credit of ['[Getty]', '[AFP]', '[File: Omar Saleh/Reuters]', '(File photo)', '(Reuters/File)', 'Credit: Reuters', 'Picture: AFP']) {
    const caption = 'Fighters parade through the city in 2023.';
    const c = cleanText(around(`${caption} ${credit}`, 'middle'));
    assert.ok(c.text.includes(caption), `caption sentence lost before ${credit}`);
    assert.ok(!c.text.includes(credit), `credit kept: ${credit}`);
  }
});

test('print-edition notes, contact addresses, desk credits, short links and more page widgets go', () => {
  assertRemoved([
    '[1/5] Mourners carry the coffin of a fighter in the capital, January 30, 2024. REUTERS/Omar Saleh Purchase Licensing Rights, opens new tab',
    'Suggested Topics:',
    'share2',
    'Join the conversation: @CourierNews',
    'Read more ►',
    'SKIP ADVERTISEMENT',
    'Share full article',
    'A version of this article appears in print on Jan. 30, 2024, Section A, Page 8 of the New York edition with the headline: Militias Halt Attacks.',
    'Appeared in the January 30, 2024, print edition as ‘Militias Halt Attacks’.',
    'Reporting was contributed by Omar Saleh from Baghdad.',
    'Listen 4 min',
    'Add to your saved stories',
    'Write to Dana Reyes at dana.reyes@courier.example',
    'Editor: Dana Reyes',
    'Short URL',
    'https://cour.ier/abc123',
    'Continue reading this article for free',
    'See More Videos',
    'Illustrative: Fighters parade through the city in 2023. (Dana Reyes/Courier)',
    'By Dana Reyes Follow 29 January 2024, 3:12 pm',
    'Dana Reyes |29.01.2024 - Update : 29.01.2024',
    'Analysis by Dana Reyes and Omar Saleh',
    'Request Reprint & Licensing',
    'Submit Correction',
    'View Editorial Guidelines',
    'Update 1/31/24, 10:15 a.m. ET: This article was updated with a statement from the Pentagon.',
    'News > Middle East > Iraq',
    'By Dana Reyes and Omar Saleh · Tue 30 Jan 2024 16.05 GMT',
    'Live coverage: Iraq and the militias',
    'Are you a fan of the Courier? Support our work with a donation.',
    '—With assistance from Omar Saleh.',
    'Some information for this report came from the Courier Wire and Reuters.',
    'Sponsor Message',
    'Go deeper: How the militias are armed',
    'Reuse this content',
    '(COURIER 24 with AFP)',
    'ab/cd (AFP, Reuters)',
  ]);
  for (const credit of ['(Screenshot: X)', 'DANA REYES/AFP/Getty Images', '(photo credit: REUTERS/Omar Saleh)']) {
    const c = cleanText(around(`Fighters parade in 2023. ${credit}`, 'middle'));
    assert.ok(c.text.includes('Fighters parade in 2023.') && !c.text.includes(credit), credit);
  }
});

test('translation notes go', () => {
  assertRemoved([
    'This article was translated from Arabic.',
    'This article was originally published in Arabic and translated by the Courier.',
    'This article is a translation of the Arabic original.',
    'Read this article in Arabic',
  ]);
});

test('an author biography near the end goes, also in the possessive form', () => {
  assertRemoved(["Omar Saleh is the Courier's senior Gulf editor and writes about militias.", 'Lena Haddad is a Senior Fellow and the Editor of the Courier journal.'], ['end']);
});

test('story sentences that mention newsletters, photos, sharing, updates or credits are kept', () => {
  assertKept([
    'The group said in its weekly newsletter that the attacks would resume if the strikes continued.',
    "A photo posted on the group's Telegram channel showed the wreckage of a drone near the base.",
    'Officials said the photo, shared widely on social media, had been taken before the attack.',
    "Subscribers to the militia's channel were told to expect more operations in the coming days.",
    'The Pentagon said it would follow up with Iraqi officials on the investigation.',
    'Reuters could not independently verify the claim.',
    'Related attacks were reported in Syria the same night, officials said.',
    'Copyright disputes aside, the footage was broadcast by several Iraqi channels.',
    'Share prices in Gulf markets fell slightly after the news.',
    'Follow-up strikes hit targets in Syria and Iraq on Friday.',
    'Join the army, the posters in Baghdad said, and defend the nation.',
    'Recommended measures included more air defences at remote outposts.',
    'Tags on the debris showed the drone had been assembled in Iran, US officials said.',
    'Topics discussed at the meeting included the future of the coalition.',
    'Published reports in Iraq said the commander had left Baghdad on Wednesday.',
    'Updated figures released on Monday showed more than 40 troops had been wounded.',
    'Photo evidence released by the Pentagon showed the launch site.',
    'Dana Reyes is a reporter at the Courier, the militia statement said, accusing her of bias.',
    'Reporting by state media said the convoy had been hit near the border.',
    'This is a developing crisis for the government, a lawmaker said.',
    'Update: the group said on Friday that it had resumed its attacks on American bases.',
    'Click here, the commander told his men over the radio, and the drone was launched.',
    'Editor Dana Reyes said the paper had verified the footage with two sources.',
    'A version of the drone was shown at a parade in 2023, according to analysts.',
    'Write to the ministry, the statement urged residents, before Friday.',
    'Reported by Iraqi state media, the strike killed two fighters near the border.',
    'Analysis by the Institute for the Study of War found the visit was meant to calm the groups.',
    'By Tuesday · after the strike · officials said 3.5 tonnes of explosives had been found.',
    'Live ammunition was used, the army said.',
    'Update: The Pentagon confirmed on Tuesday that a third soldier had died of his wounds.',
    'Correction: the ministry now puts the number of wounded at 47, up from 40.',
    'Lena Haddad is a senior research fellow at a London think tank who studies the militias.',
    'Omar Saleh is an analyst at a Washington institute and a former army officer.',
    'The United States is committed to the defence of its partners in the region.',
    'The militia videos were pulled from the Google Play store after complaints from the embassy.',
  ]);
});

test('a line joining several pieces of furniture goes when every piece is furniture; a story line with one such piece stays', () => {
  assertRemoved([
    'This report was translated automatically from the Kurdish original. The automatic translation may contain mistakes.',
    'Courier Daily © 2023 | Follow Courier Daily on Instagram and WhatsApp for breaking news',
  ]);
  assertKept([
    'The talks broke down on Sunday. Follow the money, one diplomat said, and you will find who gave the order.',
    'The translation of the letter, officials said, may contain errors that the ministry will correct.',
  ]);
});

test('copyright lines with the outlet before the sign or the rights reserved to it', () => {
  assertRemoved(['All the rights reserved to the Tigris Courier news network 2023', 'Euphrates Post © 2023. All rights reserved.'], ['end']);
});

test("a menu bar of short capitalised items between bars goes, a broadcaster's live-radio item with it", () => {
  assertRemoved(['Home | Region | Business | Opinion | Podcasts | Hear Us Live 96.1 FM'], ['top']);
  assertKept(['Iraq | Syria: the two fronts where the militias operate, a senior officer said.']);
});

test("a caption's bracketed credit of a rank or name and the unit that owns the picture goes; the caption stays", () => {
  const caption = 'A tanker aircraft refuels a fighter over the Gulf.';
  const c = cleanText(para([HEADLINE, ...STORY.slice(0, 2), `${caption} (Staff Sgt. Lena Ortiz/U.S. Air Force)`, ...STORY.slice(2)]));
  assert.ok(c.text.includes(caption) && !c.text.includes('Lena Ortiz'), c.text);
  assertKept(['The convoy was hit near the border (two killed, three wounded).']);
});

test("an author box (About and the writer's name, then a biography opening with that name) goes; an About heading over other prose stays", () => {
  const bio = ['About Mina Clarke', 'Mina Clarke covers Gulf security for the Courier. She was based in Beirut for six years.'];
  const c = cleanText(para([HEADLINE, ...STORY, ...bio]));
  for (const b of bio) assert.ok(!c.text.includes(b), c.text);
  for (const p of STORY) assert.ok(c.text.includes(p));
  const kept = ['About Ali Rahim', 'The militia commander was last seen in Baghdad in January, his relatives said.'];
  const k = cleanText(para([HEADLINE, ...STORY.slice(0, 3), ...kept, ...STORY.slice(3)]));
  for (const b of kept) assert.ok(k.text.includes(b), k.text);
});

test("a sign-up box's title (an invitation or a newsletter's name) goes with the box; a sub-heading above it stays", () => {
  const box = ['Receive the Morning Dispatch', 'Sign up for our newsletter and get the day’s top stories from the region in your inbox.'];
  const c = cleanText(para([HEADLINE, ...STORY.slice(0, 4), ...box, ...STORY.slice(4)]));
  for (const b of box) assert.ok(!c.text.includes(b), c.text);
  const k = cleanText(para([HEADLINE, ...STORY.slice(0, 4), 'Baghdad weighs its options', box[1], ...STORY.slice(4)]));
  assert.ok(k.text.includes('Baghdad weighs its options'), k.text);
});
