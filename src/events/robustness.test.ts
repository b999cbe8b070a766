/**
 * Robustness of events on unseen news prose: periods are not dates, roles come from the syntax
 * around the trigger, captions tell no event, merged tellings keep the most precise date. Every
 * text here is our own.
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
  'Security Council': ['organization', 'international'],
  'Revolutionary Guards': ['organization', 'armed-force', 'IRNMIL'],
  Pentagon: ['organization', 'ministry'],
  'Camp Delta': ['location', 'facility'],
  Baghdad: ['location', 'city'],
  Gaza: ['location', 'region'],
  Iraq: ['location', 'country'],
  Iran: ['location', 'country'],
  Jordan: ['location', 'country'],
  Syria: ['location', 'country'],
};

type Named = EventMention & { actorList: string[]; targetList: string[] };

function read(text: string, published: string | null = '2024-02-01'): Named[] {
  const doc = fixtureDoc('d1', text, published, NAMES);
  const mentions = doc.layers.mentions as Mention[];
  return (doc.layers.events as EventMention[])
    .filter((e) => e.modality === 'asserted')
    .map((e) => ({ ...e, actorList: e.actors.map((i) => mentions[i].name), targetList: e.targets.map((i) => mentions[i].name) }));
}

function situation(docs: Array<[string, string, string | null]>) {
  const ctx0 = fixtureContext(docs.map(([id, text, pub]) => fixtureDoc(id, text, pub, NAMES)));
  const ents = resolveByName(ctx0, NAMES);
  return mergeEvents(redateDocuments(ctx0, ents), ents);
}

test('a date inside a "since ..." phrase bounds a period: it dates no event told outside the phrase', () => {
  const cases: Array<[string, string, string]> = [
    ['Militia drones have killed four soldiers at Camp Delta since the start of the fighting in Gaza in October 2023.', 'since', 'October 2023'],
    ['For the first time since March, a rocket struck Camp Delta, killing two guards.', 'since', 'March'],
    ['Rockets have hit Camp Delta more than forty times over the past two months of fighting since mid-November.', 'over the past', 'mid-November'],
  ];
  for (const [text, opener, date] of cases) {
    const phrase = { start: text.indexOf(opener), end: text.indexOf(date) + date.length };
    const told = read(text).filter((e) => e.trigger.end <= phrase.start || e.trigger.start >= phrase.end);
    assert.ok(told.length, text);
    for (const e of told) assert.equal(e.date, null, `${text} → ${e.type} ${e.date}`);
  }
});

test('a date inside a "since ..." phrase still dates the event that phrase names', () => {
  const evs = read('Camp Delta has been on alert since the drone attack on Jordan in January 2024.');
  assert.ok(evs.some((e) => e.date === '2024-01'));
});

test('victims told in the passive are targets; with no "by" agent the killing has no actor', () => {
  const [killing] = read('Two Kataib Hezbollah fighters were killed near Baghdad on Sunday.');
  assert.ok(killing);
  assert.deepEqual(killing.actorList, []);
  assert.ok(killing.targetList.includes('Kataib Hezbollah'));
  const [soldiers] = read('Three Iraqi soldiers were killed at Camp Delta on Sunday.');
  assert.ok(!(soldiers.actorNames ?? []).includes('Iraq'));
  assert.ok((soldiers.targetNames ?? []).includes('Iraq'));
  const [agent] = read('A Revolutionary Guards adviser was killed on Sunday by Kataib Hezbollah in Baghdad.');
  assert.deepEqual(agent.actorList, ['Kataib Hezbollah']);
  assert.ok(agent.targetList.includes('Revolutionary Guards'));
});

test('a verb joined by "and" shares the subject and the clause-opening date of the verb before it', () => {
  const evs = read('At the Security Council on Monday, Iraq accused Kataib Hezbollah of violating its sovereignty and called for restraint.');
  const appeal = evs.find((e) => e.cameo.startsWith('02'));
  assert.ok(appeal);
  assert.deepEqual(appeal.actorList, ['Iraq']);
  assert.equal(appeal.date, '2024-01-29');
  assert.ok(!appeal.actorList.includes('Security Council') && !appeal.actorList.includes('Kataib Hezbollah'));
});

test('a counted noun phrase before a participle is a reduced passive: the sentence subject is not its actor', () => {
  const [killing] = read('The Pentagon on Monday named the three Iraqi soldiers killed at Camp Delta.');
  assert.ok(killing);
  assert.deepEqual(killing.actorList, []);
  assert.ok(!killing.targetList.includes('Pentagon'));
});

test('a place naming an attack noun is where it happened, not who did it; a country is who', () => {
  const evs = read('Kataib Hezbollah denied any role in the Camp Delta attack that killed two soldiers on Sunday.');
  const attack = evs.find((e) => e.cameo.startsWith('19'));
  assert.ok(attack);
  assert.ok(!attack.actorList.includes('Camp Delta'));
  const [strike] = read('The Iran strikes on Sunday killed two fighters near Baghdad.');
  assert.deepEqual(strike.actorList, ['Iran']);
});

test("a merged event's actors and targets are those its tellings support, not every name near every mention", () => {
  const evs = situation([
    ['a', 'Kataib Hezbollah attacked Camp Delta with drones on Sunday, killing three soldiers.', '2024-01-29'],
    ['b', 'Kataib Hezbollah launched a drone attack on Camp Delta on Sunday.', '2024-01-29'],
    ['c', 'Kataib Hezbollah struck Camp Delta with a drone on Sunday.', '2024-01-30'],
    ['d', 'The Pentagon said the drone attack on Camp Delta on Sunday was carried out by Kataib Hezbollah.', '2024-01-30'],
    ['e', 'Harakat al-Nujaba drones attacked Camp Delta on Sunday.', '2024-01-30'],
  ]);
  const attack = evs.find((e) => e.cameo.startsWith('19') && e.evidence.length >= 4);
  assert.ok(attack, JSON.stringify(evs.map((e) => [e.cameo, e.actors, e.evidence.length])));
  assert.deepEqual(attack.actors, ['e-kataib-hezbollah']);
});

test('a photo caption describing a scene in the present tense tells no event', () => {
  for (const caption of [
    'Kataib Hezbollah fighters gather at the site of a drone strike that killed a commander in Baghdad, Iraq, February 7, 2024.',
    'Pentagon officials and onlookers inspect the wreckage of a car hit by a drone strike in Baghdad, Iraq, February 7, 2024.',
    'Mourners carry the coffin of a Kataib Hezbollah commander killed in a drone strike during his funeral in Baghdad, Iraq, February 8, 2024.',
  ]) assert.deepEqual(read(caption, '2024-02-09'), [], caption);
  // the same words in the past tense are a telling
  assert.ok(read('Kataib Hezbollah fighters gathered at Camp Delta before they attacked it with drones on Sunday.').length);
});

test('a participle followed by "by" is a reduced passive: the subject before it is not its actor', () => {
  const [hit] = read('Pentagon inspectors found a convoy hit by a drone near Camp Delta on Sunday.');
  assert.ok(hit);
  assert.ok(!hit.actorList.includes('Pentagon'));
});

test('a letter to the Security Council that accuses and asks is an accusation or complaint, not an appeal', () => {
  const accusing = read('Iraq wrote to the Security Council on Monday, accusing Kataib Hezbollah of the attack and urging the council to press for calm.');
  assert.ok(accusing.some((e) => e.cameo === '112' || e.cameo === '114'), JSON.stringify(accusing.map((e) => e.cameo)));
  assert.ok(!accusing.some((e) => e.cameo.startsWith('02')));
  const asking = read('In a letter to the Security Council on Monday, Iraq urged the council to stop the attacks by Kataib Hezbollah.');
  assert.deepEqual(asking.map((e) => e.cameo), ['114']);
  // outside a complaint the appeal stands
  assert.ok(read('Iraq urged Kataib Hezbollah on Monday to stop the attacks.').some((e) => e.cameo.startsWith('02')));
});

test('a participle clause after a comma ("..., urging them to") is done by the main clause subject at its time', () => {
  const evs = read('Kataib Hezbollah met Harakat al-Nujaba leaders in Baghdad on Sunday, urging them to halt the attacks on Camp Delta.');
  const appeal = evs.find((e) => e.cameo.startsWith('02'));
  assert.ok(appeal);
  assert.deepEqual(appeal.actorList, ['Kataib Hezbollah']);
  assert.equal(appeal.date, '2024-01-28');
});

test('without a dateline, a denial near the top of a report on the last days news is dated on publication; background is not', () => {
  const news = 'A drone attack by Kataib Hezbollah killed three soldiers at Camp Delta on Sunday, officials said. In Tehran, the foreign ministry of Iran rejected the accusation. Harakat al-Nujaba denied any role.';
  const evs = read(news, '2024-01-29');
  assert.ok(evs.some((e) => e.cameo.startsWith('12') && e.date === '2024-01-29'), JSON.stringify(evs.map((e) => [e.cameo, e.date])));
  assert.ok(evs.some((e) => e.cameo === '012' && e.date === '2024-01-29'));
  // an analysis whose lead looks back months: no news peg
  const analysis = 'The drone war between Kataib Hezbollah and the United States began in earnest in October 2023, analysts say. Harakat al-Nujaba denied any role.';
  assert.ok(read(analysis, '2024-06-01').every((e) => e.date === null || e.cameo !== '012'));
});

test('a name before a verb and a determiner is not the modifier of the attack noun after them', () => {
  const evs = read('Iraq and the Security Council discussed the drone attack on Camp Delta on Monday.');
  for (const e of evs.filter((x) => x.cameo.startsWith('19'))) assert.ok(!e.actorList.includes('Security Council'), JSON.stringify(e.actorList));
  const [own] = read("Kataib Hezbollah's drone attack on Camp Delta on Sunday killed two soldiers.");
  assert.deepEqual(own.actorList, ['Kataib Hezbollah']);
});

test('a consequence clause after a comma ("..., prompting X to") holds no target of the event before it', () => {
  const [attack] = read('Kataib Hezbollah attacked Camp Delta on Sunday, prompting the Revolutionary Guards to summon Harakat al-Nujaba.');
  assert.ok(attack);
  assert.ok(!attack.targetList.includes('Revolutionary Guards') && !attack.targetList.includes('Harakat al-Nujaba'), JSON.stringify(attack.targetList));
});
