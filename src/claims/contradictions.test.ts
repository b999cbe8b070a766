import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document, EventMention, SituationEvent } from '../core/types.ts';
import { collectClaims } from './collect.ts';
import { findContradictions } from './contradictions.ts';
import { extractClaims } from './extract.ts';
import { loadClaimsLexicon } from './lexicon.ts';
import { contextOf, docOf, entitiesByName } from './testing.ts';
import { claimFigure } from './claim-conflicts.ts';
import { partyOf } from './parties.ts';
import { outletReports } from './outlet-reports.ts';

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

// --- claims told with one event ---------------------------------------------------------------

/** A report whose whole text is the evidence of one drone attack, with its claims extracted. */
function toldDoc(id: string, text: string, published: string, names: Array<[string, 'organization' | 'location' | 'person', string?]>): Document {
  const d = docOf(id, text, { names, published });
  d.layers.claims = extractClaims(d, lex);
  return d;
}
const oneAttack = (docs: Document[]): SituationEvent => ({ ...merged(docs, null), evidence: docs.map((d) => ({ doc: d.id, start: 0, end: d.text.length })) });
function toldFindings(docs: Document[]) {
  const ctx = contextOf(docs);
  const ents = entitiesByName(docs);
  const entities = ents.entities.map((e) => (['Jordan', 'Syria', 'Iran'].includes(e.name) ? { ...e, subtype: 'country' } : e));
  const claims = collectClaims(ctx, ents);
  const found = findContradictions(ctx, [oneAttack(docs)], claims, entities);
  const textOf = (id: string) => claims.find((c) => c.id === id)?.text ?? id;
  return found.map((x) => ({ kind: x.kind, texts: x.items.map(textOf), note: x.note }));
}

test('a claim gives a toll before a passive verb or after an active one, never a year or a place number', () => {
  assert.deepEqual(claimFigure('Four soldiers were killed and 25 wounded', 'killed'), [4, 4]);
  assert.deepEqual(claimFigure('the Post 9 attack that killed three soldiers', 'killed'), [3, 3]);
  assert.deepEqual(claimFigure('the raid killed at least 12 fighters', 'killed'), [12, Infinity]);
  assert.equal(claimFigure('no one was killed', 'killed'), null);
  assert.equal(claimFigure('the strike killed 2024 recruits', 'killed'), null);
  assert.deepEqual(claimFigure('Four soldiers were killed and 25 wounded', 'wounded'), [25, 25]);
  assert.deepEqual(claimFigure('the names of the three soldiers killed when the drone hit', 'killed'), [3, 3]);
});

test('claims told with one attack that give incompatible tolls are a contradiction naming those claims', () => {
  const a = toldDoc('a', 'Four soldiers were killed when a drone hit the outpost, two local sources said.', '2024-01-28', []);
  const b = toldDoc('b', 'Officials in Amman said the drone attack that killed three soldiers came from Iraq.', '2024-01-29', [['Amman', 'location']]);
  const count = toldFindings([a, b]).filter((x) => x.kind === 'count' && x.texts.length > 1);
  assert.equal(count.length, 1);
  assert.ok(count[0].texts.some((t) => /^Four soldiers/.test(t)));
  assert.ok(count[0].texts.some((t) => /killed three/.test(t)));
});

test('a claim that the attack did not happen in a country, against claims placing it there', () => {
  const a = toldDoc('a', 'A government spokesman said the drone had not landed inside the kingdom and had hit a base in Syria.', '2024-01-28', [['Syria', 'location']]);
  const b = toldDoc('b', 'Pentagon officials said the drone hit a small base in Jordan near the border.', '2024-01-28', [['Jordan', 'location']]);
  const place = toldFindings([a, b]).filter((x) => x.kind === 'place');
  assert.equal(place.length, 1);
  assert.ok(place[0].texts.some((t) => /not landed inside the kingdom/.test(t)));
  assert.ok(place[0].texts.some((t) => /base in Jordan/.test(t)));
  // a recap of strikes in two countries places nothing
  const recap = toldDoc('r', 'Officials said the drone hit one of many bases in Jordan and Iran hit by the militias.', '2024-01-28', [['Jordan', 'location'], ['Iran', 'location']]);
  assert.equal(toldFindings([a, recap]).filter((x) => x.kind === 'place').length, 0);
  // a refusal that is not about where it happened places nothing
  const c = toldDoc('c', 'The minister said they would not tolerate attacks on their troops in Syria.', '2024-01-28', [['Syria', 'location']]);
  assert.equal(toldFindings([c, b]).filter((x) => x.kind === 'place').length, 0);
});

test('a denial by the accused, told with the same attack, answers the accusation naming it', () => {
  const a = toldDoc('a', 'The Pentagon blamed Kataib Example for the drone attack on the outpost.', '2024-01-29', [['Pentagon', 'organization'], ['Kataib Example', 'organization']]);
  const b = toldDoc('b', 'Kataib Example denied any role in the drone attack on the outpost.', '2024-01-29', [['Kataib Example', 'organization']]);
  const blame = toldFindings([a, b]).filter((x) => x.kind === 'blame');
  assert.equal(blame.length, 1);
  assert.ok(blame[0].texts.some((t) => /any role/.test(t)));
  assert.ok(blame[0].texts.some((t) => /Kataib Example for the drone attack/.test(t)));
});

test('a denial of involvement answers only an accusation that names the one denying', () => {
  const names: Array<[string, 'organization' | 'location']> = [['Brigade Alpha', 'organization'], ['Iran', 'location'], ['Post Nine', 'location']];
  const told = (id: string, text: string) => {
    const d = docOf(id, text, { names });
    d.layers.claims = extractClaims(d, lex);
    return d;
  };
  const deny = told('a', 'Iran denied any involvement in the attack on Post Nine.');
  const other = told('b', 'The command said Brigade Alpha was responsible for the attack on Post Nine.');
  const named = told('c', 'The command said Iran was responsible for the attack on Post Nine.');
  const run = (docs: Document[]) => {
    const ctx = contextOf(docs);
    return findContradictions(ctx, [], collectClaims(ctx, entitiesByName(docs))).filter((x) => x.kind === 'opposing-claims');
  };
  assert.equal(run([deny, named]).length, 1);
  assert.equal(run([deny, other]).length, 0);
});

test('claims giving incompatible tolls fold into the event\'s own toll disagreement', () => {
  const withToll = (d: Document, killed: number) => {
    d.layers.events = [{
      trigger: { start: 0, end: 5 }, type: 'drone attack', cameo: '195', actors: [], targets: [], locations: [], killed, wounded: null,
      casualtyText: null, timex: null, date: '2024-01-28', dateText: null, modality: 'asserted', evidence: [{ start: 0, end: d.text.length }], why: { rule: 'test' },
    }];
    return d;
  };
  const a = withToll(toldDoc('a', 'Four soldiers were killed when a drone hit the outpost, two local sources said.', '2024-01-28', []), 4);
  const b = withToll(toldDoc('b', 'Officials in Amman said the drone attack that killed three soldiers came from Iraq.', '2024-01-29', [['Amman', 'location']]), 3);
  const count = toldFindings([a, b]).filter((x) => x.kind === 'count');
  assert.equal(count.length, 1);
  assert.equal(count[0].texts[0], 'ev1');
  assert.equal(count[0].texts.length, 3);
});

test('a capital answers for its country: "Tehran denied any involvement" against a claim holding Iran responsible', () => {
  const names: Array<[string, 'location']> = [['Tehran', 'location'], ['Iran', 'location']];
  const told = (id: string, text: string) => {
    const d = docOf(id, text, { names });
    d.layers.claims = extractClaims(d, lex);
    return d;
  };
  const docs = [told('a', 'Tehran denied any involvement in the attack on the depot.'), told('b', 'The general said Iran was responsible for the attack on the depot.')];
  const ctx = contextOf(docs);
  const ents = entitiesByName(docs);
  const found = findContradictions(ctx, [], collectClaims(ctx, ents), ents.entities);
  assert.equal(found.filter((x) => x.kind === 'opposing-claims').length, 1);
  assert.equal(partyOf(ents.entities, lex.words)('e:Tehran'), 'e:Iran');
});

test('an unattributed sentence stating a disputed toll or place becomes the outlet\'s claim and joins the dispute', () => {
  const withToll = (d: Document, killed: number) => {
    d.layers.events = [{
      trigger: { start: 0, end: 5 }, type: 'drone attack', cameo: '195', actors: [], targets: [], locations: [], killed, wounded: null,
      casualtyText: null, timex: null, date: '2024-01-28', dateText: null, modality: 'asserted', evidence: [{ start: 0, end: d.text.length }], why: { rule: 'test' },
    }];
    return d;
  };
  const a = withToll(toldDoc('a', 'Four soldiers were killed when a drone hit the outpost, two local sources said.', '2024-01-28', []), 4);
  const b = withToll(docOf('b', 'The drone attack on the outpost killed three soldiers.', { published: '2024-01-29', outlet: 'Example Post' }), 3);
  b.layers.claims = extractClaims(b, lex);
  const docs = [a, b];
  const ctx = contextOf(docs);
  const ents = entitiesByName(docs);
  const claims = collectClaims(ctx, ents);
  const ev = oneAttack(docs);
  const reported = outletReports(ctx, [ev], claims, ents.entities);
  assert.equal(reported.length, 1);
  assert.equal(reported[0].speakerText, 'Example Post');
  assert.equal(reported[0].text, 'The drone attack on the outpost killed three soldiers.');
  const all = [...claims, ...reported];
  const count = findContradictions(ctx, [ev], all, ents.entities).find((x) => x.kind === 'count')!;
  assert.ok(count.items.includes(reported[0].id));
  // an undisputed event gets no outlet claims
  const agree = withToll(toldDoc('c', 'Three soldiers were killed when a drone hit the outpost, two local sources said.', '2024-01-28', []), 3);
  const calm = contextOf([agree, b]);
  const calmEnts = entitiesByName([agree, b]);
  assert.equal(outletReports(calm, [oneAttack([agree, b])], collectClaims(calm, calmEnts), calmEnts.entities).length, 0);
});

test('the country a claim denies is not where it puts the attack: "in Syria, not in Jordan", "outside Jordan"', () => {
  const names: Array<[string, 'location']> = [['Jordan', 'location'], ['Syria', 'location']];
  const there = toldDoc('b', 'Pentagon officials said the drone hit a small base in Jordan near the border.', '2024-01-28', names);
  for (const denial of ['A government spokesman said the strike took place in Syria, not in Jordan.', 'A government spokesman said the strike happened outside Jordan.']) {
    const a = toldDoc('a', denial, '2024-01-28', names);
    assert.equal(toldFindings([a, there]).filter((x) => x.kind === 'place').length, 1, denial);
  }
});

test('a denial that the attack was in a country, against another speaker putting it on that country\'s side of the border', () => {
  const names: Array<[string, 'location']> = [['Jordan', 'location'], ['Syria', 'location']];
  const side = toldDoc('b', 'Two defence officials said the drone hit the camp on the Jordanian side of the border.', '2024-01-28', names);
  // the kingdom a spokesman in Amman speaks of is Jordan, though the claim names Jordan otherwise too
  for (const denial of ['The minister said the attack did not take place inside Jordan.', 'A government spokesman in Amman said the strike on the Jordan border post took place outside the kingdom.']) {
    const place = toldFindings([toldDoc('a', denial, '2024-01-28', names), side]).filter((x) => x.kind === 'place');
    assert.equal(place.length, 1, denial);
    assert.ok(place[0].texts.some((t) => /Jordanian side/.test(t)));
  }
  // "nothing on Syrian territory was hit" puts nothing there
  const none = toldDoc('c', 'The ministry said nothing inside Syrian territory was hit by the drone.', '2024-01-28', names);
  assert.equal(toldFindings([toldDoc('a', 'The minister said the attack did not take place inside Syria.', '2024-01-28', names), none]).filter((x) => x.kind === 'place').length, 0);
});

test('a claim speaking of "the strike" is told with its report\'s attack though it shares no sentence with it', () => {
  const text = 'A drone hit a car in the old quarter on Wednesday. The brigade announced the martyrdom of two of its fighters in the strike. Three people were killed in the strike, two police officers said.';
  const d = docOf('a', text, { names: [], published: '2024-02-07' });
  d.layers.claims = extractClaims(d, lex);
  const ev: SituationEvent = { ...merged([d], null), evidence: [{ doc: 'a', start: 0, end: text.indexOf('.') + 1 }] };
  const ctx = contextOf([d]);
  const claims = collectClaims(ctx, entitiesByName([d]));
  const count = findContradictions(ctx, [ev], claims, []).filter((x) => x.kind === 'count');
  assert.equal(count.length, 1, 'two speakers in one report disagree on the toll');
  assert.match(count[0].note, /killed 2 vs 3/);
  assert.equal(count[0].items.length, 3);
});

test('martyrdom and lost lives are read as deaths in a claim\'s figure', () => {
  assert.deepEqual(claimFigure('the group announced the martyrdom of two of its members', 'killed'), [2, 2]);
  assert.deepEqual(claimFigure('it mourned three martyrs from its ranks', 'killed'), [3, 3]);
  assert.deepEqual(claimFigure('four guards lost their lives in the blast', 'killed'), [4, 4]);
});

test('claims told with separate events of one attack (same day, same district, other reports) are compared', () => {
  const district: Array<[string, 'location']> = [['Karrada', 'location']];
  const a = toldDoc('a', 'The brigade said two of its members were killed when a drone hit their car in Karrada.', '2024-02-07', district);
  const b = toldDoc('b', 'Police said three people were killed when a drone hit a car in Karrada.', '2024-02-07', district);
  const one = (d: Document, id: string): SituationEvent => ({ ...merged([d], null), id, locations: ['e:Karrada'], sources: [d.id] });
  const ctx = contextOf([a, b]);
  const ents = entitiesByName([a, b]);
  const claims = collectClaims(ctx, ents);
  const count = findContradictions(ctx, [one(a, 'ev1'), one(b, 'ev2')], claims, ents.entities).filter((x) => x.kind === 'count');
  assert.equal(count.length, 1);
  assert.equal(count[0].items.filter((i) => i.startsWith('c')).length, 2);
  // another day is another attack
  const later = { ...one(b, 'ev2'), date: '2024-02-08' };
  assert.equal(findContradictions(ctx, [one(a, 'ev1'), later], claims, ents.entities).filter((x) => x.kind === 'count').length, 0);
});

test('a claim told with no attack is told with the one attack at the base it names', () => {
  const names: Array<[string, 'location']> = [['Jordan', 'location'], ['Post Nine', 'location']];
  const a = toldDoc('a', 'A government spokesman said the drone strike did not take place inside Jordan.', '2024-01-28', names);
  const b = toldDoc('b', 'Pentagon officials said Post Nine lies on the Jordanian side of the border.', '2024-01-28', names);
  const ctx = contextOf([a, b]);
  const ents = entitiesByName([a, b]);
  const subtype = (name: string) => (name === 'Jordan' ? 'country' : name === 'Post Nine' ? 'facility' : undefined);
  const entities = ents.entities.map((e) => ({ ...e, subtype: subtype(e.name) }));
  const claims = collectClaims(ctx, ents);
  const ev: SituationEvent = { ...merged([a], null), locations: ['e:Jordan', 'e:Post Nine'], evidence: [{ doc: 'a', start: 0, end: a.text.length }] };
  const place = findContradictions(ctx, [ev], claims, entities).filter((x) => x.kind === 'place');
  assert.equal(place.length, 1);
  assert.equal(place[0].items.length, 3);
  // a city names many attacks, not one
  const city = entities.map((e) => (e.name === 'Post Nine' ? { ...e, subtype: 'city' } : e));
  assert.equal(findContradictions(ctx, [ev], claims, city).filter((x) => x.kind === 'place').length, 0);
});

test('a country denied by its adjective ("not on Jordanian soil") is not where the denial puts the attack', () => {
  const names: Array<[string, 'location']> = [['Jordan', 'location'], ['Syria', 'location']];
  const there = toldDoc('b', 'Pentagon officials said the drone hit a small base in Jordan near the border.', '2024-01-28', names);
  const a = toldDoc('a', 'The minister, speaking in Jordan, said the strike did not happen on Jordanian soil.', '2024-01-28', names);
  assert.equal(toldFindings([a, there]).filter((x) => x.kind === 'place').length, 1);
});
