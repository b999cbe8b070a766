/**
 * News-style rules that generalise beyond the reports sitrep was built against: who speaks and
 * to whom, when a saying is dated by its clause, its lead or its dateline, and which sayings are
 * the same event. Every text here is our own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventMention, Mention } from '../core/types.ts';
import { fixtureDoc, fixtureContext, resolveByName, type NameTable } from './fixtures.ts';
import { mergeEvents } from './merge.ts';
import { redateDocuments } from './redate.ts';

const NAMES: NameTable = {
  'Kataib Hezbollah': ['organization', 'militia'],
  'Harakat al-Nujaba': ['organization', 'militia'],
  'Islamic Resistance in Iraq': ['organization', 'militia'],
  'Joe Biden': ['person', 'president', 'USAGOV'],
  'Ali Hamdan': ['person', 'spokesman'],
  'Revolutionary Guards': ['organization', 'armed-force', 'IRNMIL'],
  'Dana Whitfield': ['person', 'spokeswoman'],
  Pentagon: ['organization', 'ministry'],
  'Gulf Wire': ['organization', 'media'],
  'United Nations': ['organization', 'international'],
  'Camp Delta': ['location', 'facility'],
  Washington: ['location', 'capital'],
  Baghdad: ['location', 'city'],
  Gaza: ['location', 'region'],
  Iraq: ['location', 'country'],
  Iran: ['location', 'country'],
  Israel: ['location', 'country'],
  'United States': ['location', 'country'],
};

type Named = EventMention & { actorList: string[]; names: string[] };

function read(text: string, published: string | null = '2024-02-01'): Named[] {
  const doc = fixtureDoc('d1', text, published, NAMES);
  const mentions = doc.layers.mentions as Mention[];
  return (doc.layers.events as EventMention[])
    .filter((e) => e.modality === 'asserted')
    .map((e) => ({ ...e, actorList: e.actors.map((i) => mentions[i].name), names: [...e.actors, ...e.targets, ...e.locations].map((i) => mentions[i].name) }));
}

function situation(docs: Array<[string, string, string | null]>) {
  const ctx0 = fixtureContext(docs.map(([id, text, pub]) => fixtureDoc(id, text, pub, NAMES)));
  const ents = resolveByName(ctx0, NAMES);
  const ctx = redateDocuments(ctx0, ents);
  return mergeEvents(ctx, ents);
}

test('the outlet a spokesman "told" is the addressee, not the one who vows', () => {
  const [vow] = read('Ali Hamdan, a spokesman for Harakat al-Nujaba, told Gulf Wire that the movement would keep attacking US forces.');
  assert.ok(vow);
  assert.ok(!vow.actorList.includes('Gulf Wire'));
  assert.ok(vow.actorList.includes('Ali Hamdan') || vow.actorList.includes('Harakat al-Nujaba'));
});

test('"the movement" after "told <outlet>" is the group named before, not the outlet', () => {
  const [vow] = read('A senior Harakat al-Nujaba official told Gulf Wire the movement would keep attacking US forces.');
  assert.ok(vow);
  assert.deepEqual(vow.actorList, ['Harakat al-Nujaba']);
});

test('threats by two different speakers naming the same countries are not one event', () => {
  const events = situation([
    ['a', 'Joe Biden said on Tuesday he had decided how to respond in Iraq and Gaza. An official of Harakat al-Nujaba said the movement would keep attacking United States forces until they leave Iraq and Gaza.', '2024-01-31'],
    ['b', 'Harakat al-Nujaba said on Wednesday it would keep attacking US forces in Iraq.', '2024-02-01'],
  ]);
  const biden = events.find((e) => e.date === '2024-01-30');
  const nujaba = events.find((e) => e.date === '2024-01-31');
  assert.ok(biden && nujaba);
  assert.deepEqual([...new Set(biden.evidence.map((s) => s.doc))], ['a']);
  assert.deepEqual(new Set(nujaba.evidence.map((s) => s.doc)), new Set(['a', 'b']));
});

test('attribution idioms are accusations by the speaker: "the raid bore the hallmarks of X"', () => {
  const got = read('Dana Whitfield said the raid bore the hallmarks of Kataib Hezbollah.');
  const blame = got.find((e) => e.cameo === '112');
  assert.ok(blame);
  assert.ok(blame.actorList.includes('Dana Whitfield'));
  assert.ok(blame.names.includes('Kataib Hezbollah'));
});

test('a reporting verb joined by "and" to a dated verb takes its date, and passes it on', () => {
  const [blame] = read('The Pentagon on Monday released the names of two soldiers killed when a drone hit Camp Delta, and said the strike bore the marks of Kataib Hezbollah.', '2024-01-30').filter((e) => e.cameo === '112');
  assert.ok(blame);
  assert.equal(blame.date, '2024-01-29');
  assert.ok(blame.actorList.includes('Pentagon'));
});

test('a finite light verb with no event keeps its date from the relative clause after it', () => {
  const got = read('The Pentagon on Monday released the names of two soldiers killed when a drone hit Camp Delta.', '2024-01-30');
  assert.ok(!got.some((e) => e.cameo.startsWith('19') && e.date === '2024-01-29'));
});

test('the event a saying is about is its object, not an edge: "blamed the attack on X"', () => {
  const [blame] = read('Washington blamed the attack on the Islamic Resistance in Iraq.').filter((e) => e.cameo === '112');
  assert.ok(blame);
  assert.ok(blame.names.includes('Islamic Resistance in Iraq'));
});

test('asking someone to act is an appeal; asking not to be named is not', () => {
  const [ask] = read('Iraq asked the United States on Monday to restrain Israel.');
  assert.equal(ask?.cameo.slice(0, 2), '02');
  assert.equal(ask.date, '2024-01-29');
  assert.equal(read('One official, who asked not to be named, said the talks went well.').filter((e) => e.cameo.startsWith('02')).length, 0);
});

test('sending a letter of protest is an official complaint (114)', () => {
  const [protest] = read('On Sunday, Iraq sent a formal letter of protest to the United Nations.');
  assert.equal(protest?.cameo, '114');
  assert.equal(protest.date, '2024-01-28');
  assert.ok(protest.names.includes('United Nations'));
});

test('settling on a response is a decision to retaliate (138)', () => {
  const [e] = read('Joe Biden said on Monday that he had settled on a response.');
  assert.equal(e?.cameo, '138');
  assert.equal(e.date, '2024-01-29');
});

test('a clause opened by "as" tells the same time as the dated clause before it', () => {
  const got = read('Israel intercepted drones over Gaza on Tuesday night as Kataib Hezbollah launched a barrage of rockets at Camp Delta.', '2024-10-02');
  const barrage = got.find((e) => e.cameo.startsWith('19'));
  assert.ok(barrage);
  assert.equal(barrage.date, '2024-10-01');
});

test("the speaker is not the actor of what happened as they spoke", () => {
  const got = read('"We will answer," Joe Biden said as the drones were being intercepted over Iraq.', '2024-10-02');
  assert.ok(!got.some((e) => e.cameo.startsWith('15') && e.actorList.includes('Joe Biden')));
});

test("the lead's present perfect with no date of its own is dated on publication", () => {
  const [protest] = read('Iraq has sent a formal letter of protest to the United Nations over the use of its airspace, a government spokesman said.', '2024-10-29');
  assert.equal(protest?.cameo, '114');
  assert.equal(protest.date, '2024-10-29');
  assert.equal(protest.dateRule, 'present-perfect-lead');
  // not past the lead, and not the simple past
  const later = read('Officials met in Baghdad on Monday to discuss the border crossing and trade. Iraq has sent a formal letter of protest to the United Nations.', '2024-10-29');
  assert.ok(!later.some((e) => e.cameo === '114' && e.date));
  const past = read('Iraq sent a formal letter of protest to the United Nations over the use of its airspace, a government spokesman said.', '2024-10-29');
  assert.ok(!past.some((e) => e.cameo === '114' && e.date));
});

test('a publication date yields to the date other words give the same event', () => {
  const events = situation([
    ['a', 'Washington has blamed the Islamic Resistance in Iraq for the deadly attack on Camp Delta, officials said on the record.', '2024-02-01'],
    ['b', 'Washington blamed the Islamic Resistance in Iraq on Wednesday for the attack on Camp Delta.', '2024-02-01'],
  ]);
  const blames = events.filter((e) => e.cameo === '112');
  assert.equal(blames.length, 1);
  assert.equal(blames[0].date, '2024-01-31');
  assert.deepEqual(new Set(blames[0].evidence.map((s) => s.doc)), new Set(['a', 'b']));
});

test('a lead dating a named speaker\'s words and reporting no event is a statement (010)', () => {
  const [said] = read('Joe Biden said on Sunday that the strikes on Iraq should be neither exaggerated nor played down, in his first remarks since the raid.', '2024-10-28');
  assert.equal(said?.cameo, '010');
  assert.equal(said.date, '2024-10-27');
  assert.deepEqual(said.actorList, ['Joe Biden']);
  // a lead whose words report an event dates that event instead; a later sentence is no lead
  assert.ok(!read('Kataib Hezbollah said on Tuesday it was suspending attacks on United States forces in Iraq.').some((e) => e.cameo === '010'));
  assert.ok(!read('Officials met in Baghdad on Monday to discuss the border crossing and trade. Joe Biden said on Sunday that the strikes should not be exaggerated.', '2024-10-28').some((e) => e.cameo === '010'));
});

test('undated tellings from reports months apart are not one event', () => {
  const events = situation([
    ['a', 'Kataib Hezbollah claimed responsibility for an attack on Camp Delta.', '2024-01-20'],
    ['b', 'Kataib Hezbollah claimed responsibility for an attack on Camp Delta.', '2024-05-20'],
  ]);
  const undated = events.filter((e) => !e.date && e.cameo.startsWith('19'));
  assert.equal(undated.length, 2);
});

test('an undated retelling still finds the event dated late in the month before its report', () => {
  const events = situation([
    ['a', 'Kataib Hezbollah launched a drone attack on Camp Delta on Jan. 30, 2024.', '2024-01-31'],
    ['b', 'Officials in Baghdad said Kataib Hezbollah struck Camp Delta with a drone.', '2024-02-10'],
  ]);
  const strike = events.find((e) => e.date === '2024-01-30');
  assert.ok(strike);
  assert.deepEqual(new Set(strike.evidence.map((s) => s.doc)), new Set(['a', 'b']));
});

test('the same speaker asking the same party is one event; a past-perfect retelling reaches back weeks', () => {
  const events = situation([
    ['a', 'Iraq has asked the United States to restrain Israel from striking its territory, officials said.', '2024-10-10'],
    ['b', 'Iraq had asked the United States to restrain Israel long before the strikes, officials said.', '2024-10-29'],
  ]);
  const asks = events.filter((e) => e.cameo.startsWith('02'));
  assert.equal(asks.length, 1);
  assert.equal(asks[0].date, '2024-10-10');
  assert.deepEqual(new Set(asks[0].evidence.map((s) => s.doc)), new Set(['a', 'b']));
});

test("a reaction in the simple past near the top of a datelined wire story is dated on the dateline's day", () => {
  const text = 'BAGHDAD, Oct 1 (Gulf Wire) - Kataib Hezbollah fired rockets at Camp Delta on Tuesday night, the army said. Joe Biden vowed to retaliate against Kataib Hezbollah.';
  const [vow] = read(text, '2024-10-02').filter((e) => e.cameo.startsWith('13'));
  assert.equal(vow?.date, '2024-10-01');
  assert.equal(vow.dateRule, 'dateline-day');
  // no dateline, or the present perfect: no date
  assert.ok(!read(text.replace('BAGHDAD, Oct 1 (Gulf Wire) - ', ''), '2024-10-02').some((e) => e.cameo.startsWith('13') && e.date));
  assert.ok(!read(text.replace('Joe Biden vowed', 'Joe Biden has vowed'), '2024-10-02').some((e) => e.cameo.startsWith('13') && e.date));
});

test("in one report, an undated reaction by another country's actor does not join the first one", () => {
  const events = situation([
    ['a', 'BAGHDAD, Oct 1 (Gulf Wire) - Kataib Hezbollah fired rockets at Camp Delta on Tuesday night, the army said. The Revolutionary Guards warned that any attack on Iran would be met with force. Joe Biden has vowed to retaliate against Kataib Hezbollah.', '2024-10-02'],
  ]);
  const threats = events.filter((e) => e.cameo.startsWith('13'));
  assert.equal(threats.length, 2);
});
