import { test } from 'node:test';
import assert from 'node:assert/strict';
import { situationSummary } from '../../src/cli/commands/analyze.ts';
import type { Situation, SituationEvent } from '../../src/core/types.ts';

const event = (id: string, date: string, sources: number, actors: string[] = ['e1', 'e1', 'e2']): SituationEvent => ({
  id, type: 'attack', cameo: '19', date, dateText: null, actors, targets: [], locations: ['e2'], killed: null, wounded: null,
  evidence: [], sources: Array.from({ length: sources }, (_, i) => `d${i}`),
});

const situation = (events: SituationEvent[], contradictions: Situation['contradictions'] = []): Situation => ({
  schema: 'sitrep.situation/1', generatedAt: '', documents: [], entities: [
    { id: 'e1', name: 'Kataib Hezbollah', type: 'organization', aliases: [], mentions: [] },
    { id: 'e2', name: 'Tower 22', type: 'location', aliases: [], mentions: [] },
  ], relations: [], events, claims: [], contradictions,
});

test('the timeline shows the best-supported dated events in date order, each name once', () => {
  const events = Array.from({ length: 15 }, (_, i) => event(`v${i}`, `2024-01-${String(30 - i).padStart(2, '0')}`, i < 3 ? 1 : 5));
  const all = situationSummary(situation(events)).split('\n');
  const out = all.slice(all.findIndex((l) => l.startsWith('timeline')));
  assert.match(out[0], /^timeline \(the 12 best-supported of 15 dated events/);
  const dates = out.slice(1).map((l) => l.trim().split(' ')[0]);
  assert.equal(dates.length, 12);
  assert.deepEqual(dates, [...dates].sort(), 'in date order');
  assert.ok(!dates.includes('2024-01-30') && !dates.includes('2024-01-28'), 'the single-source events are left out');
  assert.equal(out[1], '  2024-01-16  attack (Kataib Hezbollah, Tower 22), 5 reports');
  assert.ok(!all.some((l) => l.startsWith('most named')), 'entities never mentioned are not listed');
});

test('contradictions: one of each kind first, and a pointer to the rest', () => {
  const c = (id: string, kind: string) => ({ id, items: [], note: `${kind} ${id}`, kind });
  const out = situationSummary(situation([], [c('1', 'toll'), c('2', 'toll'), c('3', 'toll'), c('4', 'toll'), c('5', 'toll'), c('6', 'place'), c('7', 'who')]));
  const lines = out.split('\n').filter((l) => l.startsWith('contradiction:'));
  assert.deepEqual(lines, ['contradiction: toll 1', 'contradiction: place 6', 'contradiction: who 7', 'contradiction: toll 2', 'contradiction: toll 3']);
  assert.match(out, /… and 2 more: 'sitrep contradictions'$/);
});
