import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventMention, Mention } from '../core/types.ts';
import { fixtureDoc, type NameTable } from './fixtures.ts';
import { readCasualties } from './casualties.ts';

const NAMES: NameTable = {
  'Kataib Hezbollah': ['organization', 'militia'],
  'Harakat al-Nujaba': ['organization', 'militia'],
  'Islamic Resistance in Iraq': ['organization', 'coalition'],
  'Esmail Qaani': ['person', 'commander'],
  Baghdad: ['location', 'city'],
  Erbil: ['location', 'city'],
  Israel: ['location', 'country'],
  Iran: ['location', 'country'],
  Jordan: ['location', 'country'],
  'United States': ['location', 'country'],
  'Camp Delta': ['location', 'facility'],
};

function events(text: string, published = '2024-02-01'): Array<EventMention & { names: string[] }> {
  const doc = fixtureDoc('d1', text, published, NAMES);
  const mentions = doc.layers.mentions as Mention[];
  return (doc.layers.events as EventMention[]).map((e) => ({ ...e, names: [...e.actors, ...e.targets, ...e.locations].map((i) => mentions[i].name) }));
}
const asserted = (text: string, published?: string) => events(text, published).filter((e) => e.modality === 'asserted');

test('a verb with its clause date, actor and place', () => {
  const [e] = asserted('Esmail Qaani visited Baghdad on Monday to meet militia leaders.');
  assert.equal(e.cameo, '042');
  assert.equal(e.date, '2024-01-29');
  assert.deepEqual(e.names, ['Esmail Qaani', 'Baghdad']);
});

test('an announcement reports the suspension it announces, dated by the announcement', () => {
  const [e] = asserted('Kataib Hezbollah announced on Tuesday that it was suspending attacks on US forces.');
  assert.equal(e.cameo.slice(0, 2), '08');
  assert.equal(e.date, '2024-01-30');
  assert.deepEqual(e.names.slice(0, 1), ['Kataib Hezbollah']);
});

test('negation and modality never produce an event as if it happened', () => {
  assert.equal(asserted('Harakat al-Nujaba has not announced any suspension of operations.').length, 0);
  assert.equal(asserted('Officials said any strike on Iran would not be escalatory.').length, 0);
  assert.equal(asserted('Israel could strike Camp Delta within days.').length, 0);
  assert.equal(asserted('Kataib Hezbollah plans to attack Camp Delta.').length, 0);
  assert.equal(asserted('If Israel launches an attack on Erbil, the factions will respond.').length, 0);
  const neg = events('Harakat al-Nujaba has not announced any suspension of operations.');
  assert.equal(neg[0].modality, 'negated');
});

test('a vow is an event; what it promises is not', () => {
  const got = asserted('Kataib Hezbollah vowed to attack Camp Delta again.');
  assert.equal(got.length, 1);
  assert.equal(got[0].cameo, '138');
});

test('a noun is dated only inside its own phrase', () => {
  const [strike] = asserted("Sunday's drone strike on Camp Delta in Jordan killed three soldiers.");
  assert.equal(strike.date, '2024-01-28');
  assert.equal(strike.cameo, '195');
  assert.equal(strike.killed, 3);
  // "told ... on Thursday" dates the telling, not the attack named before it
  const told = asserted('The attack that killed three soldiers at Camp Delta was planned in Iraq, sources told reporters on Thursday.');
  assert.equal(told[0].date, null);
});

test('casualties: numbers, number words, qualifiers and words kept when no number', () => {
  assert.deepEqual(readCasualties('killed three US soldiers and wounded about 40'), { killed: 3, wounded: 40, text: null });
  assert.deepEqual(readCasualties('killed two Israeli soldiers and wounded over 20'), { killed: 2, wounded: 20, text: null });
  assert.deepEqual(readCasualties('killed three personnel and injured dozens'), { killed: 3, wounded: null, text: 'injured dozens' });
  assert.deepEqual(readCasualties('the killing of twenty-five fighters'), { killed: 25, wounded: null, text: null });
  assert.equal(readCasualties('killed', 'Four guards were ').killed, 4);
  assert.equal(readCasualties('killed by a drone').killed, null);
});

test('a country adjective names a participant ("two Israeli soldiers")', () => {
  const [e] = asserted('An Oct. 4 assault killed two Israeli soldiers.', '2024-10-10');
  assert.equal(e.date, '2024-10-04');
  assert.deepEqual(e.targetNames, ['Israel']);
  assert.equal(e.killed, 2);
});

test('a passive "killed by" takes its actor after "by"', () => {
  const [e] = asserted('The commander, killed by a United States drone strike in 2020, was buried in Iran.', '2024-02-01');
  assert.equal(e.date, '2020');
  assert.equal(e.cameo.slice(0, 2), '19');
  assert.ok(e.names.includes('United States'));
});
