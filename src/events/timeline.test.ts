import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Situation } from '../core/types.ts';
import { timeline, formatTimeline } from './timeline.ts';

const S: Situation = {
  schema: 'sitrep.situation/1',
  generatedAt: '2026-01-01T00:00:00Z',
  documents: [
    { id: 'a', source: 'a.txt', title: null, outlet: 'Wire One', published: '2024-02-01', duplicateOf: null, text: 'x'.repeat(50) },
    { id: 'b', source: 'b.txt', title: null, outlet: null, published: '2024-02-02', duplicateOf: null, text: 'x'.repeat(50) },
  ],
  entities: [
    { id: 'kh', name: 'Kataib Hezbollah', type: 'organization', aliases: ['Kataib Hizballah'], mentions: [] },
    { id: 'us', name: 'United States', type: 'location', aliases: ['US'], mentions: [] },
  ],
  relations: [],
  events: [
    { id: 'e2', type: 'suspension of attacks', cameo: '087', date: '2024-01-30', dateText: 'on Tuesday', actors: ['kh'], targets: ['us'], locations: [], killed: null, wounded: null, evidence: [{ doc: 'a', start: 0, end: 5 }], sources: ['a'] },
    { id: 'e1', type: 'drone attack', cameo: '195', date: '2024-01-28', dateText: "Sunday's", actors: [], targets: ['us'], locations: [], killed: 3, wounded: 40, evidence: [{ doc: 'a', start: 0, end: 5 }, { doc: 'b', start: 1, end: 4 }], sources: ['a', 'b'] },
    { id: 'e3', type: 'visit', cameo: '042', date: null, dateText: null, actors: ['kh'], targets: [], locations: [], killed: null, wounded: null, evidence: [{ doc: 'b', start: 0, end: 5 }] },
  ],
  claims: [],
  contradictions: [],
};

test('the timeline lists dated events in date order with toll and sources', () => {
  const t = timeline(S);
  assert.deepEqual(t.map((e) => e.event.id), ['e1', 'e2']);
  const text = formatTimeline(t);
  assert.match(text, /^2024-01-28 {2}drone attack \(CAMEO 195\)/);
  assert.match(text, /toll: 3 killed, 40 wounded/);
  assert.match(text, /sources \(2 independent\): Wire One \[a\]; unknown outlet \[b\]/);
});

test('--actor keeps the events an entity takes part in, by name or alias', () => {
  assert.deepEqual(timeline(S, { actor: 'hizballah' }).map((e) => e.event.id), ['e2']);
  assert.deepEqual(timeline(S, { actor: 'united states' }).map((e) => e.event.id), ['e1', 'e2']);
  assert.deepEqual(timeline(S, { actor: 'nobody' }), []);
});
