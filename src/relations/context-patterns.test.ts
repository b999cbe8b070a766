import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention, SituationEntity } from '../core/types.ts';
import { findNames, fixtureContext, fixtureDoc, resolveByName, type NameTable } from '../events/fixtures.ts';
import { splitSentences } from '../nlp/sentences.ts';
import { extractRelations } from './extract.ts';
import { collectRelations } from './collect.ts';

// Our own sentences for relations whose subject or object the sentence names only by context:
// a title and the actor dictionary, "its allies", a neighbourhood after its city, a region's country.
const NAMES: NameTable = {
  'Axis of Resistance': ['organization', 'coalition'],
  'Popular Mobilization Forces': ['organization', 'militia'],
  'Kataib Hezbollah': ['organization', 'militia'],
  'Harakat al-Nujaba': ['organization', 'militia'],
  'Nujaba Movement': ['organization', 'militia'],
  'Badr Organisation': ['organization', 'militia'],
  'Quds Force': ['organization', 'armed-force'],
  'Revolutionary Guards': ['organization', 'armed-force'],
  'Mohammed Shia al-Sudani': ['person', 'leader'],
  'Nouri al-Maliki': ['person', 'leader'],
  'Masoud Pezeshkian': ['person', 'leader'],
  'Lloyd Austin': ['person', 'minister'],
  'Masrour Barzani': ['person', 'leader'],
  'Mosul Centre for Regional Affairs': ['organization', ''],
  Baghdad: ['location', 'capital'],
  Tehran: ['location', 'city'],
  Basra: ['location', 'city'],
  Erbil: ['location', 'city'],
  'Erbil airport': ['location', 'facility'],
  'Harir air base': ['location', 'facility'],
  'al-Tanf base': ['location', 'facility'],
  Karrada: ['location', 'facility'],
  Jadriya: ['location', 'facility'],
  Jamiaa: ['location', ''],
  'Kurdistan Region': ['location', 'region'],
  Khuzestan: ['location', 'region'],
  Iraq: ['location', 'country'],
  Iran: ['location', 'country'],
  Syria: ['location', 'country'],
};
/** Actor codes as the dictionary gives them: a government post names the country governed. */
const CODES: Record<string, string> = {
  'Mohammed Shia al-Sudani': 'IRQGOV',
  'Nouri al-Maliki': 'IRQGOV',
  'Masoud Pezeshkian': 'IRNGOV',
  'Lloyd Austin': 'USAGOV',
  'Masrour Barzani': 'IRQKRDGOV',
  'Kataib Hezbollah': 'IRQREB',
};

function rels(text: string): string[] {
  const mentions = findNames(text, NAMES);
  for (const m of mentions) if (CODES[m.name]) m.code = CODES[m.name];
  const name = (i: number, n?: string) => (i >= 0 ? mentions[i].name : n ?? '?');
  const found = extractRelations(text, splitSentences(text), mentions);
  return [...new Set(found.map((r) => `${name(r.subject, r.subjectName)} ${r.predicate} ${name(r.object, r.objectName)}`))].sort();
}

test('a head-of-state title before a dictionary actor coded as a government names the country led', () => {
  assert.deepEqual(rels('Prime Minister Mohammed Shia al-Sudani, who relies on a fragile bloc, met the envoys.'), ['Mohammed Shia al-Sudani leads Iraq']);
  assert.deepEqual(rels('President Masoud Pezeshkian flew to New York.'), ['Masoud Pezeshkian leads Iran']);
  assert.deepEqual(rels('Former Prime Minister Nouri al-Maliki still leads a bloc.'), []);
  assert.deepEqual(rels('Defense Secretary Lloyd Austin spoke.').filter((r) => !r.includes('Pentagon')), []);
  assert.deepEqual(rels('Prime Minister Kataib Hezbollah is not a person.'), []);
});

test('"its allies in the so-called coalition": the group the report is about is a member', () => {
  const text = 'Kataib Hezbollah said on Tuesday it would stand down. The statement called the move the group\'s own choice. It said some of its allies in the so-called Axis of Resistance had objected.';
  assert.deepEqual(rels(text), ['Kataib Hezbollah member_of Axis of Resistance']);
  assert.deepEqual(rels('The Nujaba Movement fights on. Its partners within the Axis of Resistance held back.'), ['Nujaba Movement member_of Axis of Resistance']);
  assert.deepEqual(rels('Officials met on Monday. It said some of its allies in the Axis of Resistance had objected.'), []);
});

test('"X, part of Iraq\'s state-sanctioned Y" and "X is a member of the mostly Shiite Y"', () => {
  assert.deepEqual(rels('Kataib Hezbollah, part of Iraq\'s state-sanctioned Popular Mobilization Forces, denied it.'), ['Kataib Hezbollah member_of Popular Mobilization Forces']);
  assert.deepEqual(rels('The Badr Organisation is a founding member of the mostly Shiite Popular Mobilization Forces.'), ['Badr Organisation member_of Popular Mobilization Forces']);
});

test('a neighbourhood named without its city lies in the city named just before', () => {
  assert.deepEqual(rels('The drone hit a car in eastern Baghdad on Wednesday. Witnesses said it burned on a road in the Karrada district.'), ['Karrada located_in Baghdad']);
  assert.deepEqual(rels('Militias paraded in Baghdad. Later that week in Basra a bomb went off. It hit a shop. Then police sealed off the Jamiaa neighbourhood.'), ['Jamiaa located_in Basra']);
  assert.deepEqual(rels('Iran fired at Iraq. Police sealed off the Jamiaa neighbourhood.'), []);
  assert.deepEqual(rels('Crowds gathered in Baghdad\'s Jadriya district.'), ['Jadriya located_in Baghdad']);
});

test('regions: "in the region, where troops are at A and at B", "Iraq\'s semi-autonomous region", "the region of northern Iraq"', () => {
  assert.deepEqual(rels('In the Kurdistan Region, where US troops are based at Erbil airport and at Harir air base, officials worried.'), ['Erbil airport located_in Kurdistan Region', 'Erbil located_in Kurdistan Region', 'Harir air base located_in Kurdistan Region']);
  assert.deepEqual(rels('Iraq\'s semi-autonomous Kurdistan Region has its own forces.'), ['Kurdistan Region located_in Iraq']);
  assert.deepEqual(rels('The Kurdistan Region of northern Iraq has its own forces.'), ['Kurdistan Region located_in Iraq']);
  assert.deepEqual(rels('Missiles struck Erbil in Iraq\'s northern Kurdistan Region.').filter((r) => r.includes('Kurdistan')), ['Erbil located_in Kurdistan Region', 'Kurdistan Region located_in Iraq']);
  assert.deepEqual(rels('Iran\'s Khuzestan was hit.'), ['Khuzestan located_in Iran']);
});

test('a base named with its facility word lies across the border in the country named after it', () => {
  assert.deepEqual(rels('The drone hit the al-Tanf base across the border in Syria.'), ['al-Tanf base located_in Syria']);
});

test('a symmetric relation is one relation whichever way it was told, the more often named actor first', () => {
  const names: NameTable = { 'Kataib Hezbollah': ['organization', 'militia'], 'Harakat al-Nujaba': ['organization', 'militia'] };
  const a = fixtureDoc('a', 'Harakat al-Nujaba\'s closest ally, Kataib Hezbollah, stood down. Kataib Hezbollah said so.', '2024-02-01', names);
  const b = fixtureDoc('b', 'Kataib Hezbollah\'s closest ally, Harakat al-Nujaba, fought on.', '2024-02-01', names);
  const ctx = fixtureContext([a, b]);
  const ents = resolveByName(ctx, names);
  const count = (e: SituationEntity) => ctx.docs.flatMap((d) => (d.layers.mentions as Mention[]).filter((m) => m.name === e.name).map((m) => ({ doc: d.id, start: m.start, end: m.end })));
  for (const e of ents.entities) e.mentions = count(e);
  const out = collectRelations(ctx, ents).map((r) => `${r.subject} ${r.predicate} ${r.object} ${r.evidence.length}`);
  assert.deepEqual(out, ['e-kataib-hezbollah allied_with e-harakat-al-nujaba 2']);
});

test('"Iraqi armed groups" are groups of Iraq, not armed by it; a sponsor is read across no preposition', () => {
  assert.deepEqual(rels('She studies Iraqi armed groups at the Mosul Centre for Regional Affairs.'), []);
  assert.deepEqual(rels('Kataib Hezbollah, one of the Iraqi armed groups, denied it.'), []);
  assert.deepEqual(rels('Iran-armed Kataib Hezbollah fired.'), ['Iran backs Kataib Hezbollah']);
  assert.deepEqual(rels('The Iranian backed militia Kataib Hezbollah fired.'), ['Iran backs Kataib Hezbollah']);
});

test('wire wording for groups: "Iran-backed militias, including X", "two of the factions in Y", "officially part of", "the IRGC\'s Quds Force"', () => {
  assert.deepEqual(rels('Iran-backed militias, including Kataib Hezbollah and Harakat al-Nujaba, fired.'), ['Iran backs Harakat al-Nujaba', 'Iran backs Kataib Hezbollah']);
  assert.deepEqual(rels('Kataib Hezbollah and Harakat al-Nujaba, two of the strongest factions in the Axis of Resistance, refused.'), ['Harakat al-Nujaba member_of Axis of Resistance', 'Kataib Hezbollah member_of Axis of Resistance']);
  assert.deepEqual(rels('Kataib Hezbollah, which is officially part of the Popular Mobilization Forces, denied it.'), ['Kataib Hezbollah member_of Popular Mobilization Forces']);
  assert.deepEqual(rels('The Revolutionary Guards\' elite Quds Force trains them.'), ['Quds Force part_of Revolutionary Guards']);
});

test('"Erbil, the capital of Iraq\'s semi-autonomous Kurdistan Region" lies in the region, and the region in the country', () => {
  assert.deepEqual(rels('Missiles hit Erbil, the capital of Iraq\'s semi-autonomous Kurdistan Region, at night.'), ['Erbil located_in Iraq', 'Erbil located_in Kurdistan Region', 'Kurdistan Region located_in Iraq']);
});

test('an airport in an area named after a known city puts the city in that area too', () => {
  assert.deepEqual(rels('In the Kurdistan Region, where US forces remain at Erbil airport, officials worried.'), ['Erbil airport located_in Kurdistan Region', 'Erbil located_in Kurdistan Region']);
  assert.deepEqual(rels('Drones hit Harir air base in Iraq.'), ['Harir air base located_in Iraq']);
});

test('an apposition between a group and "is part of", a force named inside a base\'s apposition, "took over the Y"', () => {
  assert.deepEqual(rels('Kataib Hezbollah, one of the strongest militias in Iraq, is part of the Popular Mobilization Forces.'), ['Kataib Hezbollah member_of Popular Mobilization Forces']);
  assert.deepEqual(rels('Kataib Hezbollah, one of the strongest militias in Iraq, said it is part of the plan.'), []);
  assert.deepEqual(rels('The drone hit Harir air base, a small Quds Force outpost in northern Iraq.'), ['Harir air base located_in Iraq']);
  assert.deepEqual(rels('Masoud Pezeshkian took over the Quds Force in 2020.'), ['Masoud Pezeshkian leads Quds Force']);
});

test('"another member of Y" and "the X militia is led by Z"', () => {
  assert.deepEqual(rels('Harakat al-Nujaba, another member of the Axis of Resistance, fired drones.'), ['Harakat al-Nujaba member_of Axis of Resistance']);
  assert.deepEqual(rels('The Kataib Hezbollah militia is led by Nouri al-Maliki, the report claimed.'), ['Nouri al-Maliki leads Kataib Hezbollah']);
});

test('"whose leader X", "who succeeded P as Y\'s leader", "Y, Iran\'s allies in Yemen", "are both part of"', () => {
  assert.deepEqual(rels('Harakat al-Nujaba, whose leader Nouri al-Maliki is under sanctions, refused.'), ['Nouri al-Maliki leads Harakat al-Nujaba']);
  assert.deepEqual(rels('Nouri al-Maliki, who succeeded Masoud Pezeshkian as Kataib Hezbollah\'s political leader, spoke.').filter((r) => r.includes('leads')), ['Nouri al-Maliki leads Kataib Hezbollah']);
  assert.deepEqual(rels('Kataib Hezbollah, Iran\'s closest allies in Iraq, fired.'), ['Iran allied_with Kataib Hezbollah']);
  assert.deepEqual(rels('Kataib Hezbollah and Harakat al-Nujaba are both part of the Axis of Resistance.'), ['Harakat al-Nujaba member_of Axis of Resistance', 'Kataib Hezbollah member_of Axis of Resistance']);
});

test('"backed by Tehran": a capital standing for its government names the country', () => {
  assert.deepEqual(rels('Kataib Hezbollah, the Iraqi group backed by Tehran, fired.'), ['Iran backs Kataib Hezbollah']);
  assert.deepEqual(rels('Kataib Hezbollah, the Iraqi group backed by Iran, fired.'), ['Iran backs Kataib Hezbollah']);
  assert.deepEqual(rels('Kataib Hezbollah, the group backed by Basra, fired.'), []);
});

test('a regional head of government leads no country: a region named before the title, or a regional code', () => {
  const names: NameTable = { ...NAMES, 'Masrour Barzani': ['person', 'leader'] };
  const text = 'Kurdistan Region Prime Minister Masrour Barzani met Prime Minister Mohammed Shia al-Sudani.';
  const mentions = findNames(text, names);
  for (const m of mentions) if (m.name === 'Masrour Barzani') m.code = 'IRQGOV';
  for (const m of mentions) if (m.name === 'Mohammed Shia al-Sudani') m.code = 'IRQGOV';
  const got = extractRelations(text, splitSentences(text), mentions).map((r) => `${mentions[r.subject].name} ${r.predicate} ${r.objectName ?? mentions[r.object].name}`);
  assert.deepEqual(got, ['Mohammed Shia al-Sudani leads Iraq']);
  assert.deepEqual(rels('Prime Minister Masrour Barzani spoke.'), []);
});
