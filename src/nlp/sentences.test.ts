import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

test('abbreviations and initials do not end sentences', () => {
  const t = 'Gen. Kenneth F. McKenzie Jr., a retired officer, met Maj. Smith on Oct. 4 in Washington, D.C. and left. Mr. Jones stayed.';
  assert.deepEqual(split(t), [
    'Gen. Kenneth F. McKenzie Jr., a retired officer, met Maj. Smith on Oct. 4 in Washington, D.C. and left.',
    'Mr. Jones stayed.',
  ]);
});

test('"U.S." ends a sentence only before a sentence starter', () => {
  assert.deepEqual(split('Troops left the U.S. Army base. They returned to the U.S. The base closed.'), [
    'Troops left the U.S. Army base.',
    'They returned to the U.S.',
    'The base closed.',
  ]);
});

test('closing quotes stay with their sentence; an opening quote starts one', () => {
  assert.deepEqual(split('He said it was "over." "We will respond," she added. Next came silence.'), [
    'He said it was "over."',
    '"We will respond," she added.',
    'Next came silence.',
  ]);
  assert.deepEqual(split('“They went too far.” Officials agreed.'), ['“They went too far.”', 'Officials agreed.']);
});

test('a line break always ends a sentence (headlines, captions, paragraphs)', () => {
  assert.deepEqual(split('Militia Pauses Attacks After Strike\nThe group said on Tuesday it would stop.\n\nAnalysts doubted it'), [
    'Militia Pauses Attacks After Strike',
    'The group said on Tuesday it would stop.',
    'Analysts doubted it',
  ]);
});

test('a period before a lower-case word does not split', () => {
  assert.deepEqual(split('Fighting went on during the war. in Gaza. Then it stopped.'), ['Fighting went on during the war. in Gaza.', 'Then it stopped.']);
});

test('tokens keep offsets, split possessives, keep inner apostrophes and dotted acronyms', () => {
  const t = "Kata'ib Hezbollah's leader met U.S. envoys and Qaani’s aides in al-Qaim.";
  const toks = tokenize(t, splitSentences(t));
  for (const k of toks) assert.equal(t.slice(k.start, k.end), k.text);
  assert.deepEqual(toks.map((k) => k.text), ["Kata'ib", 'Hezbollah', "'s", 'leader', 'met', 'U.S.', 'envoys', 'and', 'Qaani', '’s', 'aides', 'in', 'al-Qaim', '.']);
});

test('abbreviations and initials keep their period as one token', () => {
  const t = 'Gen. Colin P. Clarke spoke.';
  assert.deepEqual(tokenize(t, splitSentences(t)).map((k) => k.text), ['Gen.', 'Colin', 'P.', 'Clarke', 'spoke', '.']);
});
