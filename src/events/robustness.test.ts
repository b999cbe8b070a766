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
