import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureDoc, fixtureContext, resolveByName, type NameTable } from './fixtures.ts';
import { mergeEvents } from './merge.ts';
import { redateDocuments } from './redate.ts';

const NAMES: NameTable = {
  'Kataib Hezbollah': ['organization', 'militia'],
  'Camp Delta': ['location', 'facility'],
  'Al Tanf': ['location', 'facility'],
  Jordan: ['location', 'country'],
  Syria: ['location', 'country'],
  Iraq: ['location', 'country'],
  'United States': ['location', 'country'],
  Iran: ['location', 'country'],
  Israel: ['location', 'country'],
};

function situationOf(docs: Array<[string, string, string | null]>, copies: Record<string, string> = {}) {
  const ctx0 = fixtureContext(docs.map(([id, text, pub]) => fixtureDoc(id, text, pub, NAMES)), copies);
  const ents = resolveByName(ctx0, NAMES);
  const ctx = redateDocuments(ctx0, ents);
  return { ctx, events: mergeEvents(ctx, ents) };
}

test('the same strike told by three reports is one event with evidence and sources from each', () => {
  const { events } = situationOf([
    ['a', 'A drone strike on Camp Delta in Jordan on Sunday killed three soldiers.', '2024-01-29'],
    ['b', "Sunday's attack on Camp Delta was the deadliest yet.", '2024-02-01'],
    ['c', 'Kataib Hezbollah launched a drone attack on Camp Delta on January 28.', '2024-02-10'],
  ]);
  const strikes = events.filter((e) => e.date === '2024-01-28');
  assert.equal(strikes.length, 1);
  assert.deepEqual(new Set(strikes[0].evidence.map((s) => s.doc)), new Set(['a', 'b', 'c']));
  assert.deepEqual(strikes[0].sources?.sort(), ['a', 'b', 'c']);
  assert.equal(strikes[0].singleSource, false);
  assert.equal(strikes[0].killed, 3);
});

test('a republished copy adds evidence but not an independent source', () => {
  const text = 'A drone strike on Camp Delta in Jordan on Sunday killed three soldiers.';
  const { events } = situationOf([
    ['a', text, '2024-01-29'],
    ['a2', `${text} Officials gave no further detail.`, '2024-01-29'],
  ], { a2: 'a' });
  assert.equal(events.length, 1);
  assert.deepEqual(events[0].sources, ['a']);
  assert.equal(events[0].singleSource, true);
  assert.equal(new Set(events[0].evidence.map((s) => s.doc)).size, 2);
});

test('the same strike told three times in one report is one event', () => {
  const { events } = situationOf([
    ['a', "A drone strike on Camp Delta on Sunday killed three soldiers. Sunday's strike on Camp Delta shocked Washington. The attack on Camp Delta, which killed three, was claimed by Kataib Hezbollah.", '2024-01-29'],
  ]);
  assert.equal(events.filter((e) => e.cameo.startsWith('19')).length, 1);
});

test('distinct strikes of the same day at different places are not merged', () => {
  const { events } = situationOf([
    ['a', 'A drone strike on Camp Delta in Jordan on Sunday killed three soldiers.', '2024-01-29'],
    ['b', 'A rocket attack on Al Tanf in Syria on Sunday caused no casualties.', '2024-01-29'],
  ]);
  assert.equal(events.filter((e) => e.date === '2024-01-28').length, 2);
});

test('events of different days or kinds are not merged', () => {
  const { events } = situationOf([
    ['a', 'A drone strike on Camp Delta on Sunday killed three soldiers.', '2024-01-29'],
    ['b', 'Kataib Hezbollah announced on Tuesday that it was suspending attacks. A drone strike on Camp Delta on Friday wounded two guards.', '2024-02-03'],
  ]);
  const dates = events.map((e) => `${e.date} ${e.cameo.slice(0, 2)}`).sort();
  assert.deepEqual(dates, ['2024-01-28 19', '2024-01-30 08', '2024-02-02 19']);
});

test('an undated report is dated from the story and its weekdays re-resolved', () => {
  const { ctx, events } = situationOf([
    ['a', 'A drone strike on Camp Delta in Jordan on January 28 killed three soldiers.', '2024-02-05'],
    ['u', "Sunday's drone strike on Camp Delta shocked the region. Kataib Hezbollah said on Wednesday that it was suspending attacks.", null],
  ]);
  const u = ctx.docById.get('u')!;
  assert.equal(u.meta.published.value, '2024-01-31');
  assert.equal(u.meta.published.how?.rule, 'inferred-from-story');
  assert.ok(events.some((e) => e.date === '2024-01-31' && e.cameo.startsWith('08')));
  assert.equal(events.filter((e) => e.date === '2024-01-28').length, 1);
});

test('an undated report is dated from a glossed distance and its weekdays', () => {
  const { ctx, events } = situationOf([
    ['a', 'Iran fired missiles at Israel on Tuesday.', '2024-10-02'],
    ['u', 'On Saturday, Israel struck Iran in reply to the missile attack of Oct. 1, over three weeks earlier. On Thursday, Iran warned it would strike again.', null],
  ]);
  const u = ctx.docById.get('u')!;
  // Saturday is at least 21 days after October 1 (the 26th); Thursday follows it: the 31st
  assert.equal(u.meta.published.value, '2024-10-31');
  assert.ok(events.some((e) => e.date === '2024-10-26' && e.cameo.startsWith('19')));
  assert.ok(events.some((e) => e.date === '2024-10-01' && e.cameo.startsWith('19')));
});
