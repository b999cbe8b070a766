import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document, EventMention, SituationEvent } from '../core/types.ts';
import { collectClaims } from './collect.ts';
import { findContradictions } from './contradictions.ts';
import { extractClaims } from './extract.ts';
import { loadClaimsLexicon } from './lexicon.ts';
import { contextOf, docOf, entitiesByName } from './testing.ts';

const lex = loadClaimsLexicon();
const NAMES: Array<[string, 'organization' | 'location' | 'person']> = [['Kataib Example', 'organization'], ['Iran', 'location'], ['Tehran', 'location']];
const analysed = (id: string, text: string, published?: string) => {
  const d = docOf(id, text, { names: NAMES, published });
  d.layers.claims = extractClaims(d, lex);
  return d;
};
const claimsAndContradictions = (docs: Document[], copies: Record<string, string> = {}) => {
  const ctx = contextOf(docs, copies);
  const claims = collectClaims(ctx, entitiesByName(docs));
  return { claims, found: findContradictions(ctx, [], claims) };
};

const OWN = 'Kataib Example said its decision to pause was independent of Iran.';
const ASKED = '“The Kataib Example statement was the fruit of a direct request from Iran,” one of the sources said.';

test('opposing claims on one proposition from two reports are a contradiction naming both', () => {
  const { claims, found } = claimsAndContradictions([analysed('a', OWN), analysed('b', ASKED)]);
  assert.equal(found.length, 1);
  assert.equal(found[0].kind, 'opposing-claims');
  const texts = found[0].items.map((id) => claims.find((c) => c.id === id)!.text);
  assert.ok(texts.some((t) => /independent of Iran/.test(t)));
  assert.ok(texts.some((t) => /direct request/.test(t)));
  assert.match(found[0].note, /independent.*against.*directed|directed.*against.*independent/);
});

test('a claim and an assessment refuting it in one report are a contradiction', () => {
  const d = analysed('a', 'Tehran claimed “those groups make their own decision.” Tehran’s claim that it has no influence is simply not credible.');
  const { found } = claimsAndContradictions([d]);
  assert.equal(found.length, 1);
});

test('two republished copies of one report are never set against each other', () => {
  const both = `${OWN} ${ASKED}`;
  const { claims, found } = claimsAndContradictions([analysed('a', both), analysed('copy', both)], { copy: 'a' });
  assert.equal(found.length, 1, 'the disagreement inside the report, once');
  for (const id of found[0].items) assert.deepEqual(claims.find((c) => c.id === id)!.sources, ['a']);
  const { found: none } = claimsAndContradictions([analysed('a', OWN), analysed('copy', OWN)], { copy: 'a' });
  assert.equal(none.length, 0);
});

test('claims on the same side agree', () => {
  const { found } = claimsAndContradictions([analysed('a', OWN), analysed('b', 'Tehran said the groups decide for themselves.')]);
  assert.equal(found.length, 0);
});

// --- events ---------------------------------------------------------------------------------

function eventDoc(id: string, published: string, killed: number | null, casualtyText: string | null, country = 'Jordan', date = '2024-01-28'): Document {
  const text = `A drone attack in ${country} killed soldiers.`;
  const d = docOf(id, text, { names: [[country, 'location', 'country']], published });
  const em: EventMention = {
    trigger: { start: 2, end: 14 }, type: 'drone attack', cameo: '195', actors: [], targets: [], locations: [0],
    killed, wounded: null, casualtyText, timex: null, date, dateText: null, modality: 'asserted',
    evidence: [{ start: 0, end: text.length }], why: { rule: 'test' },
  };
  d.layers.events = [em];
  return d;
}
const merged = (docs: Document[], killed: number | null): SituationEvent => ({
  id: 'ev1', type: 'drone attack', cameo: '195', date: '2024-01-28', dateText: null, actors: [], targets: [], locations: ['e:Jordan'],
  killed, wounded: null, evidence: docs.map((d) => ({ doc: d.id, start: 0, end: d.text.length })), sources: docs.map((d) => d.id),
});
const eventFindings = (docs: Document[], copies: Record<string, string> = {}) => findContradictions(contextOf(docs, copies), [merged(docs, 3)], []);

test('incompatible death tolls for one event are a count contradiction', () => {
  const found = eventFindings([eventDoc('a', '2024-01-28', 4, 'killed four'), eventDoc('b', '2024-01-28', 3, 'killed three')]);
  assert.equal(found.length, 1);
  assert.equal(found[0].kind, 'count');
  assert.deepEqual(found[0].items, ['ev1']);
  assert.match(found[0].note, /killed 4 \(a\) vs 3 \(b\)/);
});

test('a later, lower toll still contradicts; a later, higher toll is an update', () => {
  assert.equal(eventFindings([eventDoc('a', '2024-01-28', 4, 'killed four'), eventDoc('b', '2024-01-29', 3, 'killed three')]).length, 1);
  assert.equal(eventFindings([eventDoc('a', '2024-01-28', 3, 'killed three'), eventDoc('b', '2024-01-30', 4, 'killed four')]).length, 0);
});

test('compatible figures are not a contradiction: "dozens" and "about 40"', () => {
  assert.equal(eventFindings([eventDoc('a', '2024-01-28', 30, 'killed dozens'), eventDoc('b', '2024-01-28', 40, 'killed about 40')]).length, 0);
});

test('republished copies with different figures are one source, not a contradiction', () => {
  assert.equal(eventFindings([eventDoc('a', '2024-01-28', 4, 'killed four'), eventDoc('copy', '2024-01-28', 3, 'killed three')], { copy: 'a' }).length, 0);
});

test('the same event placed in two countries by two sources is a place contradiction', () => {
  const found = eventFindings([eventDoc('a', '2024-01-28', 3, 'killed three', 'Jordan'), eventDoc('b', '2024-01-28', 3, 'killed three', 'Syria')]);
  assert.deepEqual(found.map((x) => x.kind), ['place']);
});

test('the same event dated differently by two otherwise agreeing sources is a date contradiction', () => {
  const found = eventFindings([eventDoc('a', '2024-01-29', 3, 'killed three', 'Jordan', '2024-01-28'), eventDoc('b', '2024-01-29', 3, 'killed three', 'Jordan', '2024-01-27')]);
  assert.ok(found.some((x) => x.kind === 'date'));
});

test('two separate events read as one with incompatible tolls name both events', () => {
  const a = eventDoc('a', '2024-01-28', 4, 'killed four');
  const b = eventDoc('b', '2024-01-28', 3, 'killed three');
  const e1 = { ...merged([a], 4), id: 'ev1' };
  const e2 = { ...merged([b], 3), id: 'ev2' };
  const found = findContradictions(contextOf([a, b]), [e1, e2], []);
  assert.deepEqual(found.map((x) => x.items), [['ev1', 'ev2']]);
});

test('opposing claims about different actors in different reports are not set against each other', () => {
  const a = docOf('a', 'Brigade Alpha said its decision was independent of its backers.', { names: [['Brigade Alpha', 'organization']] });
  const b = docOf('b', '“The Brigade Beta statement came at the request of its sponsor,” one of the sources said.', { names: [['Brigade Beta', 'organization']] });
  for (const d of [a, b]) d.layers.claims = extractClaims(d, lex);
  const ctx = contextOf([a, b]);
  const claims = collectClaims(ctx, entitiesByName([a, b]));
  assert.equal(claims.filter((c) => c.stances?.length).length, 2);
  assert.equal(findContradictions(ctx, [], claims).length, 0);
});
