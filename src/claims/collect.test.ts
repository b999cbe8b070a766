import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectClaims } from './collect.ts';
import { extractClaims } from './extract.ts';
import { loadClaimsLexicon } from './lexicon.ts';
import { contextOf, docOf, entitiesByName } from './testing.ts';

const lex = loadClaimsLexicon();
const analysed = (...args: Parameters<typeof docOf>) => {
  const d = docOf(...args);
  d.layers.claims = extractClaims(d, lex);
  return d;
};

const QUOTE = '“We will judge these groups by what they do, not by what they say,” said Karl Weber, a State Department spokesman.';

test('the same quote in two reports is one claim with two independent sources', () => {
  const a = analysed('a', QUOTE, { names: [['Karl Weber', 'person']] });
  const b = analysed('b', `Washington was unmoved. ${QUOTE}`, { names: [['Karl Weber', 'person']] });
  const claims = collectClaims(contextOf([a, b]), entitiesByName([a, b]));
  const c = claims.find((x) => /judge these groups/.test(x.text))!;
  assert.deepEqual(c.sources, ['a', 'b']);
  assert.equal(c.singleSource, false);
  assert.equal(c.speaker, 'e:Karl Weber');
  assert.ok(c.why!.some((w) => w.rule === 'same-speaker-same-words'));
  assert.equal(new Set(c.evidence.map((e) => e.doc)).size, 2);
});

test('a republished copy does not count as a second source', () => {
  const a = analysed('a', QUOTE, { names: [['Karl Weber', 'person']] });
  const copy = analysed('copy', QUOTE, { names: [['Karl Weber', 'person']] });
  const claims = collectClaims(contextOf([a, copy], { copy: 'a' }), entitiesByName([a, copy]));
  assert.equal(claims.length, 1);
  assert.deepEqual(claims[0].sources, ['a']);
  assert.equal(claims[0].singleSource, true);
});

test("the outlet's assessment is spoken by the outlet's entity when there is one", () => {
  const d = analysed('a', 'The Gulf Ledger has covered Iraq for years. The sudden calm suggests that Tehran does control the militias.', {
    outlet: 'The Gulf Ledger',
    names: [['Gulf Ledger', 'organization'], ['Tehran', 'location']],
  });
  const [c] = collectClaims(contextOf([d]), entitiesByName([d]));
  assert.equal(c.kind, 'assessment');
  assert.equal(c.speaker, 'e:Gulf Ledger');
  assert.deepEqual(c.about, ['e:Tehran']);
  assert.equal(c.stances![0].pole, 'directed');
});

test("a republished copy's claim joins its original's even when its speaker was read differently", () => {
  const a = analysed('a', 'Kataib Example spoke on Tuesday. It said its allies in Iran often objected to the attacks.', { names: [['Kataib Example', 'organization']] });
  const copy = analysed('copy', 'Brigade Beta was silent. It said its allies in Iran often objected to the attacks.', { names: [['Brigade Beta', 'organization']] });
  const claims = collectClaims(contextOf([a, copy], { copy: 'a' }), entitiesByName([a, copy]));
  const c = claims.filter((x) => /often objected/.test(x.text));
  assert.equal(c.length, 1);
  assert.equal(c[0].speaker, 'e:Kataib Example');
  assert.ok(c[0].why!.some((w) => w.rule === 'republished-copy'));
});
