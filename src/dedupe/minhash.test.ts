import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { fingerprint, similarity, jaccard, DUPLICATE_THRESHOLD, NUM_HASHES, BAND_ROWS } from './minhash.ts';
import { shingleHashes, SHINGLE_WORDS } from './shingles.ts';
import { orientDuplicates } from './orient.ts';
import { STORY, MORE_STORY, PARAPHRASE, UNRELATED, para } from '../clean/fixtures.test-data.ts';
import { Sitrep } from '../core/sitrep.ts';
import type { Document } from '../core/types.ts';

const ORIGINAL = para([...STORY, ...MORE_STORY]);
/** A republished copy: 7 of 11 paragraphs kept, re-ordered, "American" spelt "US" once. */
const COPY = para([STORY[0], STORY[2], STORY[1].replace('three soldiers', 'three US soldiers'), MORE_STORY[1], STORY[3], MORE_STORY[2], STORY[6]]);

/** Exact containment of the smaller shingle set in the larger, at shingle size k. */
function containment(a: string, b: string, k = SHINGLE_WORDS): number {
  const sa = new Set(shingleHashes(a, k));
  const sb = new Set(shingleHashes(b, k));
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n / small.size;
}

const sharesBand = (a: string, b: string) => {
  const bb = new Set(fingerprint(b).bands);
  return fingerprint(a).bands.some((x) => bb.has(x));
};

test('a trimmed and re-ordered copy is a duplicate, found through a shared LSH band', () => {
  const s = similarity(fingerprint(COPY).signature, fingerprint(ORIGINAL).signature);
  assert.ok(s >= DUPLICATE_THRESHOLD, `similarity ${s}`);
  assert.ok(sharesBand(COPY, ORIGINAL));
});

test('a paraphrase of the same facts is not a duplicate', () => {
  const s = similarity(fingerprint(para(PARAPHRASE)).signature, fingerprint(para(STORY)).signature);
  assert.ok(s < DUPLICATE_THRESHOLD, `similarity ${s}`);
  assert.ok(containment(para(PARAPHRASE), para(STORY)) < 0.1);
});

test('an unrelated report is not a duplicate and shares no band', () => {
  assert.equal(similarity(fingerprint(para(UNRELATED)).signature, fingerprint(ORIGINAL).signature), 0);
  assert.equal(sharesBand(para(UNRELATED), ORIGINAL), false);
});

test('the containment estimate from signatures follows the exact containment', () => {
  for (const keep of [11, 9, 7, 5]) {
    const copy = para([...STORY, ...MORE_STORY].slice(0, keep));
    const est = similarity(fingerprint(copy).signature, fingerprint(ORIGINAL).signature);
    const exact = containment(copy, ORIGINAL);
    assert.ok(Math.abs(est - exact) < 0.2, `keep ${keep}: estimate ${est.toFixed(2)} against exact ${exact.toFixed(2)}`);
  }
});

test('shingle size: 4 words keep a lightly edited copy close and a paraphrase far; single words do not', () => {
  // One word changed in every sentence of the story: a light rewrite.
  const edited = para(STORY.map((p) => p.replace(/\bthe\b/, 'a')));
  assert.ok(containment(edited, para(STORY), 4) >= 0.7, 'light edits keep most 4-word shingles');
  assert.ok(containment(edited, para(STORY), 8) < containment(edited, para(STORY), 4), 'longer shingles are more fragile to edits');
  assert.ok(containment(para(PARAPHRASE), para(STORY), 1) > 0.3, 'as bags of words, a paraphrase looks alike');
  assert.ok(containment(para(PARAPHRASE), para(STORY), 4) < 0.05, 'as 4-word shingles it does not');
});

test('banding: lightly trimmed copies are nearly always candidates, separately written reports almost never', () => {
  const bands = NUM_HASHES / BAND_ROWS;
  const pCandidate = (j: number) => 1 - (1 - j ** BAND_ROWS) ** bands;
  assert.ok(pCandidate(0.45) > 0.99, 'a copy trimmed like seeds 001/002');
  assert.ok(pCandidate(0.29) > 0.75, 'a copy cut to 60% keeping 60% of its text');
  assert.ok(pCandidate(0.01) < 0.0001, 'two reports of one event');
  assert.equal(fingerprint(ORIGINAL).bands.length, bands);
  assert.deepEqual(fingerprint('').bands, [], 'an empty text has no band keys');
  assert.equal(jaccard(fingerprint(ORIGINAL).signature, fingerprint(ORIGINAL).signature), 1);
});

const doc = (id: string, published: string | null) => ({ id, meta: { published: { value: published, how: null } } }) as unknown as Document;

test('duplicates point at the earliest-published document of their group, else the earliest ingested', () => {
  const link = (docId: string, ofId: string) => ({ docId, ofId, score: 0.9, rule: 'minhash-lsh' });
  // b was ingested second but published first: a and c point at b.
  const out = orientDuplicates([doc('a', '2024-02-02'), doc('b', '2024-02-01'), doc('c', '2024-02-03')], [link('b', 'a'), link('c', 'a')]);
  assert.deepEqual(out.map((l) => [l.docId, l.ofId]).sort(), [['a', 'b'], ['c', 'b']]);
  assert.match(out.find((l) => l.docId === 'a')!.rule, /earliest published/);
  const undated = orientDuplicates([doc('a', null), doc('b', '2024-02-01')], [link('b', 'a')]);
  assert.deepEqual(undated.map((l) => [l.docId, l.ofId]), [['b', 'a']]);
});

test('ingesting marks the copy duplicateOf the original, and not the paraphrase or the unrelated report', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-dedupe-'));
  const s = await Sitrep.open({ db: join(dir, 't.db'), stages: [] });
  try {
    const report = (source: string, raw: string) => ({ source, raw, contentHash: createHash('sha256').update(raw).digest('hex'), format: 'text' as const, hints: {} });
    const a = await s.ingestOne(report('original.txt', ORIGINAL));
    const b = await s.ingestOne(report('copy.txt', COPY));
    const c = await s.ingestOne(report('paraphrase.txt', para(PARAPHRASE)));
    const d = await s.ingestOne(report('unrelated.txt', para(UNRELATED)));
    assert.ok(a.kind === 'stored' && b.kind === 'stored' && c.kind === 'stored' && d.kind === 'stored');
    assert.equal(b.duplicateOf, a.id);
    assert.equal(c.duplicateOf, null);
    assert.equal(d.duplicateOf, null);
  } finally {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
