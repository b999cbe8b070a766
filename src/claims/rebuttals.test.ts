import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SituationClaim, SituationEntity } from '../core/types.ts';
import { rebuttals } from './rebuttals.ts';
import { countriesInPhrase, partyOf, sidesOf } from './parties.ts';
import { claimKind } from './kind.ts';
import { loadClaimsLexicon } from './lexicon.ts';
import { contextOf, docOf } from './testing.ts';

const W = loadClaimsLexicon().words;
const place = (id: string, name: string, code: string, subtype = 'country'): SituationEntity => ({ id, name, type: 'location', subtype, code, aliases: [name], mentions: [] });
const ENTITIES: SituationEntity[] = [
  place('e:iran', 'Iran', 'IRN'),
  place('e:iraq', 'Iraq', 'IRQ'),
  place('e:us', 'United States', 'USA'),
  place('e:tehran', 'Tehran', '', 'city'),
  place('e:baghdad', 'Baghdad', '', 'city'),
  { id: 'e:envoy', name: 'Reza Example', type: 'person', code: 'IRNGOV', aliases: ['Reza Example'], mentions: [] },
  { id: 'e:aide', name: 'Dana Example', type: 'person', code: 'USAGOV', aliases: ['Dana Example'], mentions: [] },
  { id: 'e:militia', name: 'Brigade Example', type: 'organization', code: 'IRQREB', aliases: ['Brigade Example'], mentions: [] },
];
const party = partyOf(ENTITIES, W);
const sides = (c: SituationClaim) => sidesOf(c, party, (p) => countriesInPhrase(p, ENTITIES, W));

let n = 0;
const claim = (doc: string, speakerText: string, speaker: string | null, text: string, about: string[]): SituationClaim => ({
  id: `c${++n}`,
  speaker,
  speakerText,
  text,
  about,
  kind: claimKind(null, text, W).kind,
  evidence: [{ doc, start: 0, end: 10 }],
});
const ctx = contextOf(['a', 'b', 'c'].map((id) => docOf(id, 'x'.repeat(40))));
const pairs = (claims: SituationClaim[]) => rebuttals(ctx, claims, party, sides, (t) => countriesInPhrase(t, ENTITIES, W)).map((x) => x.items.map((i) => claims.find((c) => c.id === i)!.text));

test('a state\'s official or body stands for its state by actor code; a rebel group does not', () => {
  assert.equal(party('e:envoy'), 'e:iran');
  assert.equal(party('e:tehran'), 'e:iran');
  assert.equal(party('e:militia'), 'e:militia');
  assert.deepEqual(countriesInPhrase('Iraqi government spokesman', ENTITIES, W), ['e:iraq']);
  assert.deepEqual(countriesInPhrase("Tehran's envoy to the UN", ENTITIES, W), ['e:iran']);
});

test('accusations worded as blame, funding or responsibility are accusations; rebuttal words are denials', () => {
  for (const t of ['Iran funds and equips the militias', 'Iraq bore responsibility for the breach', 'the government was behind the bombing', 'Iran is to blame for the unrest'])
    assert.equal(claimKind(null, t, W).kind, 'accusation', t);
  for (const t of ['the letter was a pretext for aggression', 'those reports are a lie meant to mislead the public', 'the militias do not take orders from abroad'])
    assert.equal(claimKind(null, t, W).kind, 'denial', t);
});

test('a denial by an official of the accused state answers the accusation naming that state', () => {
  const accuse = claim('a', 'Dana Example', 'e:aide', 'Iran funds and equips the militias that struck the convoy', ['e:iran']);
  const deny = claim('b', 'Reza Example', 'e:envoy', 'the militias do not take orders from Tehran', ['e:tehran']);
  assert.deepEqual(pairs([accuse, deny]), [[accuse.text, deny.text]]);
  // the same denial does not answer an accusation naming someone else
  const other = claim('a', 'Dana Example', 'e:aide', 'Brigade Example is behind the raid on the convoy', ['e:militia']);
  assert.deepEqual(pairs([other, deny]), []);
  // nor a claim by its own side
  const ally = claim('c', "Iran's defence minister", null, 'Iran funds and equips the militias that struck the convoy', ['e:iran']);
  assert.deepEqual(pairs([ally, deny]), []);
});

test('a speaker phrase names the denier\'s state: "Iraqi government spokesman" answers an accusation naming Iraq', () => {
  const accuse = claim('a', 'the secretary of state, in a letter to the council', null, 'Iraq bore responsibility for failing to shield the embassy', ['e:iraq']);
  const deny = claim('a', 'an Iraqi government spokesman', null, 'the letter was a pretext for aggression', []);
  assert.deepEqual(pairs([accuse, deny]), [[accuse.text, deny.text]]);
});

test('a rebuttal answers the claim about the same party whose words it shares, told by the other side', () => {
  const told = claim('a', 'Dana Example', 'e:aide', 'Washington informed the Iraqi cabinet before the raids', ['e:iraq']);
  const lie = claim('b', 'an Iraqi government spokesman', null, 'claims that Baghdad was informed ahead of the raids are a lie', ['e:baghdad']);
  const unrelated = claim('c', 'Dana Example', 'e:aide', 'the raids hit depots near the border', []);
  assert.deepEqual(pairs([told, lie, unrelated]), [[told.text, lie.text]]);
  // without a rebuttal word, sharing words is not disagreeing
  const plain = claim('b', 'an Iraqi government spokesman', null, 'Baghdad was informed ahead of the raids', ['e:baghdad']);
  assert.equal(plain.kind, 'statement');
  assert.deepEqual(pairs([told, plain]), []);
});

test('a rebuttal naming the accuser\'s side answers its accusation from another report', () => {
  const accuse = claim('a', 'Dana Example', 'e:aide', 'Iran is behind the raids on the convoy', ['e:iran']);
  const lie = claim('b', 'Reza Example', 'e:envoy', 'the American accusations are a lie', []);
  assert.deepEqual(pairs([accuse, lie]), [[accuse.text, lie.text]]);
  const unnamed = claim('b', 'Reza Example', 'e:envoy', 'the accusations are a lie', []);
  assert.deepEqual(pairs([accuse, unnamed]), []);
});
