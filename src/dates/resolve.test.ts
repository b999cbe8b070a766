import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimexes } from './extract.ts';
import { resolveTimexes } from './resolve.ts';
import { splitSentences } from '../nlp/sentences.ts';

/** Resolves every date expression of `text` against `published` and returns [text, value, rule]. */
function dates(text: string, published: string | null, storyYear: number | null = null): Array<[string, string | null, string]> {
  const cands = findTimexes(text, splitSentences(text));
  return resolveTimexes(text, cands, { published, storyYear }).map((t) => [t.text, t.value, t.why.rule]);
}
const valueOf = (text: string, published: string | null, storyYear: number | null = null) => dates(text, published, storyYear)[0]?.[1];

test('a past-tense weekday is the most recent such day on or before publication', () => {
  // 2024-02-01 is a Thursday
  assert.equal(valueOf('Militants fired rockets at the base on Monday.', '2024-02-01'), '2024-01-29');
  assert.equal(valueOf('The envoy left Baghdad on Thursday.', '2024-02-01'), '2024-02-01');
  assert.equal(valueOf("Sunday's raid destroyed two depots.", '2024-02-01'), '2024-01-28');
  assert.equal(valueOf('Late on Wednesday, the group issued a statement.', '2024-02-01'), '2024-01-31');
});

test('a future-tense weekday resolves forward from publication', () => {
  // 2024-10-31 is a Thursday: the next Tuesday is 2024-11-05
  assert.equal(valueOf('Voters will go to the polls on Tuesday.', '2024-10-31'), '2024-11-05');
  assert.equal(valueOf('The talks resume next Monday.', '2024-10-31'), '2024-11-04');
  assert.equal(valueOf('The convoy was hit last Thursday.', '2024-10-31'), '2024-10-24');
});

test('a month without a year takes the year that puts it on or before publication', () => {
  assert.equal(valueOf('The pipeline was bombed in December.', '2024-01-10'), '2023-12');
  assert.equal(valueOf('Envoys met on Dec. 20 in Muscat.', '2024-01-10'), '2023-12-20');
  assert.equal(valueOf('Rockets hit the airport on Jan. 5.', '2024-01-10'), '2024-01-05');
  assert.equal(valueOf('The ministers will meet in March.', '2024-01-10'), '2024-03');
  assert.equal(valueOf('It happened on 1 October.', '2024-10-20'), '2024-10-01');
});

test('absolute dates and years keep their own year', () => {
  assert.deepEqual(dates('The photo was taken on January 1, 2021.', '2024-02-01')[0].slice(1), ['2021-01-01', 'absolute-date']);
  assert.deepEqual(dates('The group was founded in 2003.', '2024-02-01')[0].slice(1), ['2003', 'absolute-year']);
  assert.equal(valueOf('The strike on Feb. 2 hit seven sites.', null, 2024), '2024-02-02');
  assert.equal(valueOf('The strike on Feb. 2 hit seven sites.', null), null);
});

test('"the previous day" and "a day earlier" chain to the date told just before', () => {
  const got = dates('The port was struck early on Thursday. The previous day, officials had warned of an attack.', '2024-02-01');
  assert.deepEqual(got[1], ['The previous day', '2024-01-31', 'chain-previous']);
  const earlier = dates('The minister spoke on Tuesday. He had visited the front a day earlier.', '2024-02-01');
  assert.equal(earlier[1][1], '2024-01-29');
  const later = dates('Talks opened on January 10. Two days later the delegates walked out.', '2024-02-01');
  assert.equal(later[1][1], '2024-01-12');
});

test('"a day after a drone hit" dates the named event from its sentence', () => {
  const got = dates('The meeting was held on January 29, a day after a drone hit the outpost.', '2024-02-05');
  assert.deepEqual(got[1], ['a day after', '2024-01-28', 'event-anchored']);
  assert.equal(dates('The envoy flew in the day after a drone hit the outpost.', '2024-02-05')[0][1], null);
});

test('an offset glossing a date restates it', () => {
  const got = dates('On Saturday, the air force struck back for the raid of Oct. 1, over three weeks earlier.', '2024-10-31');
  assert.deepEqual(got[2], ['over three weeks earlier', '2024-10-01', 'offset-gloss']);
});

test('relative periods count from publication', () => {
  assert.equal(valueOf('Rockets landed near the embassy yesterday.', '2024-02-01'), '2024-01-31');
  assert.equal(valueOf('The base was attacked at the weekend.', '2024-02-01'), '2024-01-28');
  assert.equal(valueOf('The spokesman said last week that talks had stalled.', '2024-02-01'), '2024-01');
  assert.equal(valueOf('Attacks resumed this month.', '2024-02-20'), '2024-02');
  assert.equal(valueOf('The convoy was ambushed three days ago.', '2024-02-20'), '2024-02-17');
  assert.equal(valueOf('The convoy was ambushed three days ago.', null), null);
});

test('a weekday given with its date takes the date ("on Monday, January 29")', () => {
  assert.deepEqual(dates('The talks took place on Monday, January 29, in Baghdad.', '2024-02-05')[0].slice(1), ['2024-01-29', 'weekday-with-date']);
});

test('a day told in passing ("Sunday\'s raid", "two days after") is no anchor for "the previous day"', () => {
  // 2024-02-01 is a Thursday
  const got = dates("The group's statement on Tuesday came two days after Sunday's raid. The previous day, the envoy arrived.", '2024-02-01');
  assert.deepEqual(got.find(([t]) => t === 'The previous day')?.slice(1), ['2024-01-29', 'chain-previous']);
});

test('"tonight" or "today" inside a quotation is the speaker\'s, not the report\'s', () => {
  const got = dates('"They made a mistake tonight," the minister said on Wednesday.', '2024-10-04');
  assert.deepEqual(got.find(([t]) => t === 'tonight')?.slice(1), [null, 'deictic-in-quote']);
  assert.equal(valueOf('The minister left Baghdad today.', '2024-10-04'), '2024-10-04');
});

test('an ordinal weekday of a month is counted within that month', () => {
  // January 2024: Tuesdays fall on the 2nd, 9th, 16th, 23rd and 30th; March 2024 begins on a Friday
  assert.equal(valueOf('The envoys met on the last Tuesday of January.', '2024-02-10'), '2024-01-30');
  assert.equal(valueOf('Talks opened on the first Monday of March 2024.', '2024-05-01'), '2024-03-04');
  assert.equal(valueOf('The second Friday in March brought new raids.', '2024-04-01'), '2024-03-08');
  assert.equal(valueOf('A convoy was ambushed on the last Tuesday of the month.', '2024-01-31'), '2024-01-30');
  assert.equal(valueOf('Protests began on the first Sunday of last month.', '2024-02-20'), '2024-01-07');
  assert.equal(valueOf('The council met on the last Tuesday of January.', null, 2024), '2024-01-30');
});
