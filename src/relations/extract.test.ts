import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention, RelationMention } from '../core/types.ts';
import { fixtureDoc, type NameTable } from '../events/fixtures.ts';

const NAMES: NameTable = {
  'Islamic Resistance in Iraq': ['organization', 'coalition'],
  'Axis of Resistance': ['organization', 'coalition'],
  'Kataib Hezbollah': ['organization', 'militia'],
  'Harakat al-Nujaba': ['organization', 'militia'],
  'Kataib Sayyid al-Shuhada': ['organization', 'militia'],
  'True Promise Corps': ['organization', 'militia'],
  Hezbollah: ['organization', 'militia'],
  Houthis: ['organization', 'militia'],
  Hamas: ['organization', 'militia'],
  'Quds Force': ['organization', 'armed-force'],
  'Revolutionary Guards': ['organization', 'armed-force'],
  'Kurdistan Democratic Party': ['organization', 'party'],
  'Esmail Qaani': ['person', 'commander'],
  'Qassem Soleimani': ['person', 'commander'],
  'Hossein Salami': ['person', 'commander'],
  'Masoud Barzani': ['person', 'leader'],
  'Mohammed Shia al-Sudani': ['person', 'leader'],
  'Abu Mahdi al-Muhandis': ['person', 'commander'],
  'Tower 22': ['location', 'facility'],
  Jordan: ['location', 'country'],
  Lebanon: ['location', 'country'],
  Yemen: ['location', 'country'],
};

/** Relations of a sentence as "subject predicate object" strings. */
function rels(text: string): string[] {
  const doc = fixtureDoc('r1', text, '2024-02-01', NAMES);
  const m = doc.layers.mentions as Mention[];
  const name = (i: number, n?: string) => (i >= 0 ? m[i].name : n ?? '?');
  return (doc.layers.relations as RelationMention[]).map((r) => `${name(r.subject, r.subjectName)} ${r.predicate} ${name(r.object, r.objectName)}`);
}

test('"X, an Iran-backed group of militias that includes Y": member_of and backs', () => {
  const got = rels('Officials blamed the Islamic Resistance in Iraq, an Iran-backed group of militias that includes Kataib Hezbollah.');
  assert.ok(got.includes('Kataib Hezbollah member_of Islamic Resistance in Iraq'));
  assert.ok(got.includes('Iran backs Islamic Resistance in Iraq'));
});

test('"an umbrella group called X, which contains multiple groups including Y"', () => {
  const got = rels('The plan came from an umbrella group called the Islamic Resistance in Iraq, which contains several factions including Kataib Hezbollah.');
  assert.deepEqual(got, ['Kataib Hezbollah member_of Islamic Resistance in Iraq']);
});

test('groups under an umbrella, and a group within "the network"', () => {
  const got = rels('Two other groups under the Islamic Resistance in Iraq umbrella, Harakat al-Nujaba and Kataib Sayyid al-Shuhada, fought on. The True Promise Corps, a small group within the network, vowed to continue.');
  assert.ok(got.includes('Harakat al-Nujaba member_of Islamic Resistance in Iraq'));
  assert.ok(got.includes('Kataib Sayyid al-Shuhada member_of Islamic Resistance in Iraq'));
  assert.ok(got.includes('True Promise Corps member_of Islamic Resistance in Iraq'));
});

test('"The groups include ..." lists members of the coalition named before', () => {
  const got = rels('Tehran arms a network it calls the Axis of Resistance. The groups include Hezbollah in Lebanon, the Houthis in Yemen and Hamas.');
  assert.deepEqual(got.sort(), ['Hamas member_of Axis of Resistance', 'Hezbollah member_of Axis of Resistance', 'Houthis member_of Axis of Resistance']);
});

test('leadership: title before the name, apposition, country title, "its first leader"', () => {
  assert.deepEqual(rels('Quds Force commander Brigadier General Esmail Qaani flew in.'), ['Esmail Qaani leads Quds Force']);
  assert.deepEqual(rels("The Revolutionary Guards' chief Hossein Salami spoke."), ['Hossein Salami leads Revolutionary Guards']);
  assert.deepEqual(rels('Masoud Barzani, now head of the Kurdistan Democratic Party, visited.'), ['Masoud Barzani leads Kurdistan Democratic Party']);
  assert.deepEqual(rels('Iraqi Prime Minister Mohammed Shia al-Sudani objected.'), ['Mohammed Shia al-Sudani leads Iraq']);
  assert.deepEqual(rels('Kataib Hezbollah was formed in 2003. Its first leader—Abu Mahdi al-Muhandis—was killed in 2020.'), ['Abu Mahdi al-Muhandis leads Kataib Hezbollah']);
  assert.deepEqual(rels('Esmail Qaani, the former head of the Quds Force, retired.'), []);
});

test('succession, part of, located in, X-backed', () => {
  assert.deepEqual(rels('Qassem Soleimani ran the proxies for years. When Esmail Qaani succeeded him, the wars had ended.'), ['Esmail Qaani succeeded Qassem Soleimani']);
  assert.deepEqual(rels('The Quds Force, the branch of the Revolutionary Guards that runs the proxies, sent advisers.'), ['Quds Force part_of Revolutionary Guards']);
  assert.deepEqual(rels('The drone hit Tower 22 in northeastern Jordan.'), ['Tower 22 located_in Jordan']);
  assert.deepEqual(rels('Tehran-backed Houthis attacked ships.'), ['Iran backs Houthis']);
  assert.deepEqual(rels('The Iranian backed Iraqi militia Kataib Hezbollah launched it.'), ['Iran backs Kataib Hezbollah']);
});

test('a pattern never reaches across a line break', () => {
  assert.deepEqual(rels('Iran-backed militias\n\nHezbollah spoke.'), []);
});
