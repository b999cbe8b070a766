import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadClaimsLexicon, parseStance, parseVerbs, parseWords } from './lexicon.ts';

test('the shipped lexicons load', () => {
  const lex = loadClaimsLexicon();
  assert.equal(lex.verbByForm.get('said')?.lemma, 'say');
  assert.ok(lex.stance.propositions.length >= 1);
});

test('a bad verbs row names the file and the line', () => {
  assert.throws(() => parseVerbs('say\tsaid\tstatement\t-\nwarn\twarned\tmenace\t-\n'), /line 2: kind "menace"/);
  assert.throws(() => parseVerbs('say\tsaid\tstatement\n'), /line 1: expected 4/);
  assert.throws(() => parseVerbs('say\tsaid\tstatement\tloud\n'), (e: Error & { input?: string }) => /unknown flag "loud"/.test(e.message) && e.input === 'data/claims/verbs.tsv');
});

test('bad lexicon and stance entries are named', () => {
  assert.throws(() => parseWords('{"leadIns": 3}'), /pronouns/);
  assert.throws(() => parseStance('{"propositions": [{"id": "x", "label": "y", "poles": {"a": {"strong": []}}}]}'), /exactly two poles/);
});
