import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention, RelationMention } from '../core/types.ts';
import { fixtureDoc, type NameTable } from '../events/fixtures.ts';

// Our own sentences for the general news-English patterns of data/relations/patterns-news.tsv.
const NAMES: NameTable = {
  'Islamic Resistance in Iraq': ['organization', 'coalition'],
  IRI: ['organization', 'coalition'],
  'Popular Mobilisation Forces': ['organization', 'militia'],
  'Kataib Hezbollah': ['organization', 'militia'],
  'Harakat al-Nujaba': ['organization', 'militia'],
  'Nujaba Movement': ['organization', 'militia'],
  Hezbollah: ['organization', 'militia'],
  Hamas: ['organization', 'militia'],
  Houthis: ['organization', 'militia'],
  'Quds Force': ['organization', 'armed-force'],
  'Revolutionary Guards': ['organization', 'armed-force'],
  'State Department': ['organization', 'ministry'],
  Pentagon: ['organization', 'ministry'],
  'Ali Hamdan': ['person', 'commander'],
  'Jaafar Hussaini': ['person', 'official'],
  'Matthew Miller': ['person', 'official'],
  'Esmail Qaani': ['person', 'commander'],
  Qaani: ['person', 'commander'],
  'Qassem Soleimani': ['person', 'commander'],
  'Hassan Nasrallah': ['person', 'leader'],
  'Naim Qassem': ['person', 'leader'],
  'Ismail Haniyeh': ['person', 'leader'],
  'Akram al-Kaabi': ['person', 'leader'],
  'Abu Hussein al-Hamidawi': ['person', 'leader'],
  'Abu Mahdi al-Muhandis': ['person', 'commander'],
  'Joe Biden': ['person', 'leader'],
  'Mohammed Shia al-Sudani': ['person', 'leader'],
  'Tower 22': ['location', 'facility'],
  'al-Tanf': ['location', 'facility'],
  'Ain al-Asad': ['location', 'facility'],
  'US-led coalition': ['organization', 'coalition'],
  'Islamic State': ['organization', 'militia'],
  'Fort Bragg': ['location', 'facility'],
  Jericho: ['location', ''],
  Baghdad: ['location', 'city'],
  Erbil: ['location', 'city'],
  Basra: ['location', 'city'],
  'North Carolina': ['location', 'state'],
  'West Bank': ['location', 'region'],
  'United States': ['location', 'country'],
  US: ['location', 'country'],
  Iran: ['location', 'country'],
  Iraq: ['location', 'country'],
  Israel: ['location', 'country'],
  Jordan: ['location', 'country'],
  Syria: ['location', 'country'],
};

/** Relations of a text as "subject predicate object" strings. */
function rels(text: string): string[] {
  const doc = fixtureDoc('n1', text, '2024-02-01', NAMES);
  const m = doc.layers.mentions as Mention[];
  const name = (i: number, n?: string) => (i >= 0 ? m[i].name : n ?? '?');
  return [...new Set((doc.layers.relations as RelationMention[]).map((r) => `${name(r.subject, r.subjectName)} ${r.predicate} ${name(r.object, r.objectName)}`))].sort();
}

/** The rule ids that fired on a text. */
function rules(text: string): string[] {
  const doc = fixtureDoc('n1', text, '2024-02-01', NAMES);
  return (doc.layers.relations as RelationMention[]).map((r) => r.why.rule);
}

test('a person\'s post in an organisation is a role, not a member_of relation (member_of is for groups)', () => {
  assert.deepEqual(rels('Ali Hamdan, a senior commander in Kataib Hezbollah, was killed on Tuesday.'), []);
  assert.deepEqual(rels('Jaafar Hussaini, a spokesman for Kataib Hezbollah, denied it.'), []);
  assert.deepEqual(rels('State Department spokesman Matthew Miller declined to comment.'), []);
  assert.deepEqual(rels('Jaafar Hussaini, Kataib Hezbollah\'s spokesman, denied it.'), []);
  assert.deepEqual(rels('Abu Mahdi al-Muhandis, the deputy head of the Popular Mobilisation Forces, died.'), []);
});

test('"a senior Y commander X" is not the leader; "Y commander X" is', () => {
  assert.deepEqual(rels('A senior Quds Force commander Esmail Qaani was seen there.'), []);
  assert.deepEqual(rels('Quds Force commander Esmail Qaani was seen there.'), ['Esmail Qaani leads Quds Force']);
});

test('leaders: "the group\'s secretary-general, X", "its leader, X", "the commander of Iran\'s Y, X", "who founded Y", "political chief"', () => {
  assert.deepEqual(rels('Kataib Hezbollah said it would pause. In a statement, the group\'s secretary-general, Abu Hussein al-Hamidawi, gave no reason.'), ['Abu Hussein al-Hamidawi leads Kataib Hezbollah']);
  assert.deepEqual(rels('The Nujaba Movement will fight on, and its leader, Akram al-Kaabi, rejected the pause.'), ['Akram al-Kaabi leads Nujaba Movement']);
  assert.deepEqual(rels('The commander of Iran\'s Quds Force, Esmail Qaani, flew to Baghdad.').filter((r) => r.includes('leads')), ['Esmail Qaani leads Quds Force']);
  assert.deepEqual(rels('He died beside Abu Mahdi al-Muhandis, the engineer who founded Kataib Hezbollah.'), ['Abu Mahdi al-Muhandis leads Kataib Hezbollah']);
  assert.deepEqual(rels('Hamas political chief Ismail Haniyeh was killed in July.'), ['Ismail Haniyeh leads Hamas']);
});

test('heads of state: "US President X", "the Iraqi prime minister, X"', () => {
  assert.deepEqual(rels('US President Joe Biden spoke at the ceremony.'), ['Joe Biden leads US']);
  assert.deepEqual(rels('The Iraqi prime minister, Mohammed Shia al-Sudani, called for calm.'), ['Mohammed Shia al-Sudani leads Iraq']);
});

test('"its" and "the group\'s" never point at a group that does not open the sentence', () => {
  assert.deepEqual(rels('After talks with Hamas, Iran said its allies, including Hezbollah, would decide alone.'), []);
  assert.deepEqual(rels('Iran said the group\'s leader, Akram al-Kaabi, was safe.'), []);
});

test('succession: "X\'s predecessor, Y", "his predecessor, Y", "X took over from Y"', () => {
  assert.deepEqual(rels('Esmail Qaani\'s predecessor, Qassem Soleimani, was killed in 2020.'), ['Esmail Qaani succeeded Qassem Soleimani']);
  assert.deepEqual(rels('Qaani has never matched the standing of his predecessor, Qassem Soleimani.'), ['Qaani succeeded Qassem Soleimani']);
  assert.deepEqual(rels('Naim Qassem took over from Hassan Nasrallah in October.'), ['Naim Qassem succeeded Hassan Nasrallah']);
});

test('coalitions: "one of the factions that make up Y", "both part of Y", "an umbrella of groups including", "which include", "in the alliance"', () => {
  assert.deepEqual(rels('Kataib Hezbollah, one of the factions that make up the Islamic Resistance in Iraq, denied it.'), ['Kataib Hezbollah member_of Islamic Resistance in Iraq']);
  assert.deepEqual(rels('Kataib Hezbollah and Harakat al-Nujaba, both part of the Islamic Resistance in Iraq, vowed revenge.'), ['Harakat al-Nujaba member_of Islamic Resistance in Iraq', 'Kataib Hezbollah member_of Islamic Resistance in Iraq']);
  assert.deepEqual(rels('The Islamic Resistance in Iraq (IRI), an umbrella of hardline groups including Kataib Hezbollah and Harakat al-Nujaba, claimed it.'), ['Harakat al-Nujaba member_of Islamic Resistance in Iraq', 'Kataib Hezbollah member_of Islamic Resistance in Iraq']);
  assert.deepEqual(rels('The Popular Mobilisation Forces, which include Kataib Hezbollah, are paid by the state.'), ['Kataib Hezbollah member_of Popular Mobilisation Forces']);
  assert.deepEqual(rels('The Islamic Resistance in Iraq claimed the attack. Kataib Hezbollah and Harakat al-Nujaba, the two largest factions in the alliance, did not comment.'), ['Harakat al-Nujaba member_of Islamic Resistance in Iraq', 'Kataib Hezbollah member_of Islamic Resistance in Iraq']);
});

test('units: "the Quds Force of the Revolutionary Guards", "an elite unit of Iran\'s Y"', () => {
  assert.deepEqual(rels('Depots used by the Quds Force of the Revolutionary Guards were hit.'), ['Quds Force part_of Revolutionary Guards']);
  assert.deepEqual(rels('The Quds Force, an elite unit of Iran\'s Revolutionary Guards, trains them.'), ['Quds Force part_of Revolutionary Guards']);
});

test('backing: "funded and armed by", "groups backed by Iran such as", "Iran\'s proxies", "and other Iran-backed", across a place name', () => {
  assert.deepEqual(rels('Hezbollah, funded and armed by Iran, fired rockets.'), ['Iran backs Hezbollah']);
  assert.deepEqual(rels('Groups backed by Iran, such as Hezbollah and Hamas, have joined in.'), ['Iran backs Hamas', 'Iran backs Hezbollah']);
  assert.deepEqual(rels('Iran\'s proxies such as Hezbollah and the Houthis were told to wait.'), ['Iran backs Hezbollah', 'Iran backs Houthis']);
  assert.deepEqual(rels('Kataib Hezbollah and other Iran-backed militias fired drones.'), ['Iran backs Kataib Hezbollah']);
  assert.deepEqual(rels('The Nujaba Movement, one of the most hardline of Iraq\'s Tehran-aligned factions, refused.'), ['Iran backs Nujaba Movement']);
  assert.deepEqual(rels('The IRI (IRI), a loose alliance of Tehran-aligned groups, claimed it.'), ['Iran backs IRI']);
});

test('"Iran-backed" never crosses a comma to the wrong noun', () => {
  assert.deepEqual(rels('Iran-backed militias fired rockets, Hezbollah said.'), []);
  assert.deepEqual(rels('The Iran-backed militias, the Pentagon said, fired again.'), []);
});

test('places: apposition, across the border, "in the occupied", "based at Town, State", "known as"', () => {
  assert.deepEqual(rels('The drone hit Tower 22, a small US outpost in northeastern Jordan.'), ['Tower 22 located_in Jordan']);
  assert.deepEqual(rels('Jordan said the drone hit the al-Tanf base across the border in Syria.'), ['al-Tanf located_in Syria']);
  assert.deepEqual(rels('A man in Jericho, in the occupied West Bank, was killed by debris.'), ['Jericho located_in West Bank']);
  assert.deepEqual(rels('The unit is based at Fort Bragg, North Carolina.'), ['Fort Bragg located_in North Carolina']);
  assert.deepEqual(rels('The drone struck a remote base in Jordan known as Tower 22.'), ['Tower 22 located_in Jordan']);
  assert.deepEqual(rels('The talks were held in Baghdad, the capital of Iraq.'), ['Baghdad located_in Iraq']);
  assert.deepEqual(rels('Protests spread across the Iraqi capital, Baghdad.'), ['Baghdad located_in Iraq']);
});

test('places must not pair a city with the name after a comma that starts a new clause or list', () => {
  assert.deepEqual(rels('In Baghdad, Iran has pressed the factions to stop.'), []);
  assert.deepEqual(rels('Drones flew over Erbil, Baghdad and Basra.'), []);
});

test('allies: "its larger ally Y" for the group opening the sentence, "X and its allies Y"', () => {
  assert.deepEqual(rels('The Nujaba Movement vowed to fight on, a day after its larger ally Kataib Hezbollah stood down.'), ['Nujaba Movement allied_with Kataib Hezbollah']);
  assert.deepEqual(rels('Iran and its allies Hezbollah and the Houthis have threatened Israel.'), ['Iran allied_with Hezbollah', 'Iran allied_with Houthis']);
});

test('opposition: "which opposes", "has been fighting"; speech and meetings are no relation', () => {
  assert.deepEqual(rels('Hamas, which opposes Israel, fired rockets.'), ['Hamas opposes Israel']);
  assert.deepEqual(rels('Hezbollah has been fighting Israel since October.'), ['Hezbollah opposes Israel']);
  assert.deepEqual(rels('Jaafar Hussaini told Hezbollah the plan was off.'), []);
  assert.deepEqual(rels('The Iraqi prime minister\'s office said the talks would go on.'), []);
  assert.deepEqual(rels('Esmail Qaani met Hassan Nasrallah in Baghdad.'), []);
});

test('more wire wording: "is part of", "is among the groups in", "a deputy head of", "Y\'s leader, X", "took over as head of"', () => {
  assert.deepEqual(rels('Kataib Hezbollah, which is part of the Islamic Resistance in Iraq, denied it.'), ['Kataib Hezbollah member_of Islamic Resistance in Iraq']);
  assert.deepEqual(rels('Harakat al-Nujaba is among the factions in the Islamic Resistance in Iraq.'), ['Harakat al-Nujaba member_of Islamic Resistance in Iraq']);
  assert.deepEqual(rels('Kataib Hezbollah\'s leader, Abu Hussein al-Hamidawi, signed it.'), ['Abu Hussein al-Hamidawi leads Kataib Hezbollah']);
  assert.deepEqual(rels('Kataib Hezbollah\'s former leader, Abu Hussein al-Hamidawi, signed it.'), []);
  assert.deepEqual(rels('Naim Qassem took over as head of Hezbollah in October.'), ['Naim Qassem leads Hezbollah']);
});

test('more wire wording: successors and predecessors in apposition, "Iran\'s proxy", "another Iran-backed", "located in", "the IRGC\'s arm"', () => {
  assert.deepEqual(rels('Esmail Qaani, Qassem Soleimani\'s successor, lacks his standing.'), ['Esmail Qaani succeeded Qassem Soleimani']);
  assert.deepEqual(rels('Qassem Soleimani, Esmail Qaani\'s predecessor, was killed in 2020.'), ['Esmail Qaani succeeded Qassem Soleimani']);
  assert.deepEqual(rels('Hezbollah, Iran\'s most powerful proxy, held back.'), ['Iran backs Hezbollah']);
  assert.deepEqual(rels('Harakat al-Nujaba, another Tehran-aligned group, refused.'), ['Iran backs Harakat al-Nujaba']);
  assert.deepEqual(rels('Tower 22, located in northeastern Jordan, houses about 350 troops.'), ['Tower 22 located_in Jordan']);
  assert.deepEqual(rels('The Quds Force, the Revolutionary Guards\' foreign operations arm, sent advisers.'), ['Quds Force part_of Revolutionary Guards']);
});

test('leaders of an organisation named with its owner, sponsors named as a clause, bases after a country, participle "fighting"', () => {
  assert.deepEqual(rels('Esmail Qaani, the head of Iran\'s Quds Force, flew in.'), ['Esmail Qaani leads Quds Force']);
  assert.deepEqual(rels('Esmail Qaani, the former head of Iran\'s Quds Force, flew in.'), []);
  assert.deepEqual(rels('Qassem Soleimani, retired head of Iran\'s Quds Force, flew in.'), []);
  assert.deepEqual(rels('Iran, which funds and arms Hezbollah and Hamas, denied a role.'), ['Iran backs Hamas', 'Iran backs Hezbollah']);
  assert.deepEqual(rels('Iran does not back Hamas, the minister said.'), []);
  assert.deepEqual(rels('Rockets hit Iraq\'s Ain al-Asad air base overnight.'), ['Ain al-Asad located_in Iraq']);
  assert.deepEqual(rels('Troops of the US-led coalition fighting Islamic State stayed on.'), ['US-led coalition opposes Islamic State']);
});

test('appositions naming the organisation first: "X, the Y commander", "X, Y\'s spokesman", "Y\'s ally Z", "the coalition against Y"', () => {
  assert.deepEqual(rels('Esmail Qaani, the Quds Force commander, flew in.'), ['Esmail Qaani leads Quds Force']);
  assert.deepEqual(rels('Qassem Soleimani, the former Quds Force commander, was killed in 2020.'), []);
  assert.deepEqual(rels('Kataib Hezbollah\'s closest ally, Harakat al-Nujaba, kept firing.'), ['Kataib Hezbollah allied_with Harakat al-Nujaba']);
  assert.deepEqual(rels('Troops of the US-led coalition against Islamic State remain in Iraq.'), ['US-led coalition opposes Islamic State']);
});

test('a list of "Y title Name" items is not read as appositions of the name before', () => {
  assert.deepEqual(rels('Iran mourned Hezbollah leader Hassan Nasrallah, Hamas political chief Ismail Haniyeh and others.'), ['Hassan Nasrallah leads Hezbollah', 'Ismail Haniyeh leads Hamas']);
  assert.deepEqual(rels('The talks brought in Jaafar Hussaini, Pentagon spokesman Matthew Miller and two envoys.'), []);
});
