import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stancesOf } from './stance.ts';
import { loadClaimsLexicon } from './lexicon.ts';

const lex = loadClaimsLexicon().stance;
const pole = (text: string, denial = false) => stancesOf(text, lex, denial).find((s) => s.proposition === 'autonomy')?.pole ?? null;

test('cue phrases give a pole', () => {
  assert.equal(pole('its decisions were independent of Iran'), 'independent');
  assert.equal(pole('the groups decide for themselves'), 'independent');
  assert.equal(pole('Tehran does control them'), 'directed');
  assert.equal(pole('the statement came at the behest of the Quds Force'), 'directed');
});

test('a negator before a cue flips it', () => {
  assert.equal(pole('the factions do not act alone'), 'directed');
  assert.equal(pole('Baghdad has little control over the groups'), 'independent');
});

test('a refuter flips every cue: "the claim that it has no influence is not credible"', () => {
  assert.equal(pole("Tehran's claim that it has no influence is simply not credible"), 'directed');
});

test('a denial verb flips the pole of what is denied', () => {
  assert.equal(pole('directing the factions', true), 'independent');
});

test('weak cues count only when the claim names its subject', () => {
  assert.equal(pole('the minister made a request for calm'), null);
  assert.equal(pole('the militia statement was made at the request of Iran'), 'directed');
});

test('a claim without cues takes no side', () => {
  assert.equal(pole('the drone was launched from western Iraq'), null);
});

test('an accusation verb takes the "responsible" side; a denied involvement the other', () => {
  const resp = (text: string, denial = false, kind: 'accusation' | 'denial' | null = null) =>
    stancesOf(text, lex, denial, kind).find((s) => s.proposition === 'responsibility')?.pole ?? null;
  assert.equal(resp("Sunday's drone attack on Tehran", false, 'accusation'), 'responsible');
  assert.equal(resp('any involvement in the drone attack', true, 'denial'), 'not-responsible');
  assert.equal(resp('the talks went well', false, 'accusation'), null);
});

const notice = (text: string) => stancesOf(text, lex).find((s) => s.proposition === 'prior-notice')?.pole ?? null;

test('a word calling a reported assertion false flips the cues told as that assertion, not the speaker\'s own', () => {
  assert.equal(notice('reports that the cabinet was informed in advance of the raids are baseless'), 'not-notified');
  assert.equal(notice('the cabinet was informed in advance of the raids'), 'notified');
  // the speaker's own assertion, with a dismissal of what others say tacked on, keeps its pole
  assert.equal(pole('the movement had no role in the decisions of its allies, calling the allegations baseless'), 'independent');
});

test('a cue that is itself a refusal keeps its pole under a denial verb', () => {
  // "officials rejected the charge, saying the militias do not take orders from anyone"
  assert.equal(pole('the charge, saying the militias do not take orders from anyone', true), 'independent');
  assert.equal(pole('directing the factions', true), 'independent');
});

test('a halt at an outside commander\'s request or on his advice is directed', () => {
  assert.equal(pole('the halt came at the request of the visiting general'), 'directed');
  assert.equal(pole('the suspension followed advice from the visiting general'), 'directed');
});
