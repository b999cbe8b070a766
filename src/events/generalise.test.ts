import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventMention, Mention } from '../core/types.ts';
import { fixtureDoc, fixtureContext, resolveByName, type NameTable } from './fixtures.ts';
import { readCasualties } from './casualties.ts';
import { mergeEvents } from './merge.ts';
import { redateDocuments } from './redate.ts';
import { datelineMonthDay } from './published.ts';

const NAMES: NameTable = {
  'Kataib Hezbollah': ['organization', 'militia'],
  'Harakat al-Nujaba': ['organization', 'militia'],
  'Joe Biden': ['person', 'president'],
  'United Nations': ['organization', 'international'],
  'Camp Delta': ['location', 'facility'],
  Baghdad: ['location', 'city'],
  Erbil: ['location', 'city'],
  Iraq: ['location', 'country'],
  Syria: ['location', 'country'],
  Jordan: ['location', 'country'],
  'United States': ['location', 'country'],
};

function asserted(text: string, published = '2024-02-01'): Array<EventMention & { names: string[] }> {
  const doc = fixtureDoc('d1', text, published, NAMES);
  const mentions = doc.layers.mentions as Mention[];
  return (doc.layers.events as EventMention[])
    .filter((e) => e.modality === 'asserted')
    .map((e) => ({ ...e, names: [...e.actors, ...e.targets, ...e.locations].map((i) => mentions[i].name) }));
}

test('casualties: an aside between the count and the verb, and a count word found past a name', () => {
  assert.deepEqual(readCasualties('killed and 30 wounded', 'The ministry said 12 people, among them two children, were '), { killed: 12, wounded: 30, text: null });
  assert.equal(readCasualties('killed', 'spokesman Ali al-Rubaie said nine guards were ').killed, 9);
});

test('casualties: a toll put as a figure', () => {
  assert.equal(readCasualties('toll from the raids at 21 dead').killed, 21);
  assert.equal(readCasualties('death toll rose to 14').killed, 14);
});

test("a toll is read up to the next event of the sentence, not from another event's clause", () => {
  const got = asserted('US jets struck 40 targets in Syria on Friday, and on Monday a drone killed two militia commanders in Baghdad.', '2024-02-06');
  const raid = got.find((e) => e.date === '2024-02-02');
  assert.ok(raid);
  assert.equal(raid.killed, null);
});

test('a stated intent to keep attacking is a threat event (138)', () => {
  const [e] = asserted('Harakat al-Nujaba said on Tuesday it would keep attacking US forces in Iraq.');
  assert.equal(e.cameo, '138');
  assert.equal(e.date, '2024-01-30');
  assert.ok(e.names.includes('Harakat al-Nujaba'));
});

test('deciding on a response is a threat event dated by its reporting verb', () => {
  const [e] = asserted('Joe Biden said on Monday he had decided how to respond to the raid.');
  assert.equal(e.cameo, '138');
  assert.equal(e.date, '2024-01-29');
});

test('a formal protest is an official complaint (114), not a street protest', () => {
  const [e] = asserted('Iraq lodged a formal protest with the United Nations on Sunday over the overflights.');
  assert.equal(e.cameo, '114');
  assert.equal(e.date, '2024-01-28');
});

test('intercepting missiles is a military posture event (15), not an attack', () => {
  const [e] = asserted('Jordan intercepted several drones over its territory on Monday.');
  assert.equal(e.cameo.slice(0, 2), '15');
  assert.equal(e.date, '2024-01-29');
});

test('a date before a participle clause ("rockets fired by X struck") dates the main verb', () => {
  const got = asserted('Earlier this month, rockets fired by Kataib Hezbollah struck a house in Erbil.', '2024-01-31');
  const hit = got.find((e) => e.cameo.startsWith('19'));
  assert.ok(hit);
  assert.equal(hit.date, '2024-01');
});

test('a month-dated killing joins the strike told with the same weapon', () => {
  const docs: Array<[string, string, string]> = [
    ['a', 'US jets struck targets in Baghdad and Syria on Feb. 2.', '2024-02-03'],
    ['b', 'A US drone strike in Baghdad on Wednesday killed a commander of Kataib Hezbollah.', '2024-02-08'],
    ['c', 'Earlier this month a United States drone killed two men in Baghdad.', '2024-02-20'],
  ];
  const ctx0 = fixtureContext(docs.map(([id, text, pub]) => fixtureDoc(id, text, pub, NAMES)));
  const ents = resolveByName(ctx0, NAMES);
  const events = mergeEvents(redateDocuments(ctx0, ents), ents);
  const drone = events.find((e) => e.date === '2024-02-07');
  assert.ok(drone);
  assert.ok(drone.evidence.some((s) => s.doc === 'c'));
  const jets = events.find((e) => e.date === '2024-02-02');
  assert.ok(jets && !jets.evidence.some((s) => s.doc === 'c'));
});

function merged(docs: Array<[string, string, string | null]>) {
  const ctx0 = fixtureContext(docs.map(([id, text, pub]) => fixtureDoc(id, text, pub, NAMES)));
  const ents = resolveByName(ctx0, NAMES);
  const ctx = redateDocuments(ctx0, ents);
  return { ctx, events: mergeEvents(ctx, ents) };
}

test("an undated sentence naming no one from the event goes with its report's lead event", () => {
  const { events } = merged([
    ['a', 'US jets struck Camp Delta in Syria on Saturday. Their army said five of its guards were killed.', '2024-02-05'],
  ]);
  const raid = events.find((e) => e.date === '2024-02-03');
  assert.ok(raid);
  assert.equal(raid.killed, 5);
  assert.equal(events.filter((e) => e.cameo.startsWith('19')).length, 1);
});

test('an undated retelling does not join an event months after its report came out', () => {
  const { events } = merged([
    ['a', 'Kataib Hezbollah claimed the attack on Camp Delta.', '2024-01-21'],
    ['b', 'Kataib Hezbollah launched a drone attack on Camp Delta on Oct. 4.', '2024-10-05'],
  ]);
  const oct = events.find((e) => e.date === '2024-10-04');
  assert.ok(oct);
  assert.ok(!oct.evidence.some((s) => s.doc === 'a'));
});

test('a coarse date after a toll dates the attack the toll belongs to', () => {
  const got = asserted('One such attack killed two guards at Camp Delta earlier this month.', '2024-10-29');
  assert.equal(got.length, 1);
  assert.equal(got[0].date, '2024-10');
  assert.equal(got[0].killed, 2);
});

test("a date opening a new clause dates that clause's verb, not the one before", () => {
  const got = asserted('Kataib Hezbollah declared a halt on Jan. 30, and earlier this month a United States drone killed a commander in Baghdad.', '2024-02-26');
  const kill = got.find((e) => e.cameo.startsWith('19'));
  assert.ok(kill);
  assert.equal(kill.date, '2024-02');
});

test("a report's dateline month-day survives the text's removal of it", () => {
  assert.deepEqual(datelineMonthDay('Headline here\n\nBAGHDAD, Feb 26 (Wire) - Officials said ...'), { month: 2, day: 26 });
  assert.equal(datelineMonthDay('Headline here\n\nOfficials said on Feb 26 that ...'), null);
  const { ctx } = merged([
    ['a', 'Kataib Hezbollah launched a drone attack on Camp Delta on Jan. 28, 2024.', '2024-01-29'],
    ['b', 'Iraq presses the talks\n\nBAGHDAD, Feb 26 (Wire) - Kataib Hezbollah declared a halt on Jan. 30.', null],
  ]);
  assert.equal(ctx.docById.get('b')!.meta.published.value, '2024-02-26');
});

test('a country adjective before a force noun names the actor ("Jordanian air defences")', () => {
  const [e] = asserted('Jordanian air defences intercepted several drones on Monday.');
  assert.deepEqual(e.actorNames, ['Jordan']);
});

test('casualties: an ordinal "also killed" gives the running total', () => {
  assert.equal(readCasualties('killed, two witnesses said.', 'A third Kataib Hezbollah fighter, a driver, was also ').killed, 3);
  assert.equal(readCasualties('killed', 'The second soldier was ').killed, null);
});

test('merged tolls: the most told count wins, a tie goes to the higher count', () => {
  const { events } = merged([
    ['a', 'A United States drone strike in Baghdad on Wednesday killed one commander of Kataib Hezbollah.', '2024-02-08'],
    ['b', "Wednesday's drone strike in Baghdad killed two members of Kataib Hezbollah.", '2024-02-09'],
  ]);
  const strike = events.find((e) => e.date === '2024-02-07');
  assert.ok(strike);
  assert.equal(strike.killed, 2);
});
