/**
 * The conformance suite every `Store` backend must pass (SQLite now, PostgreSQL next):
 * `storeConformance('sqlite file', () => openSomething())` registers one node:test test per
 * behaviour, each on a fresh, empty store that the suite closes afterwards.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Document } from '../core/types.ts';
import { SitrepError } from '../core/errors.ts';
import type { Store } from './store.ts';
import { HOSTILE_QUERIES, sampleDoc, saveRecord, TEXTS } from './store.fixtures.ts';

/** Options for a conformance run. */
export interface ConformanceOptions {
  /** Skip every test, with this reason (e.g. the database server is absent). */
  skip?: string | false;
}

const isStoreError = (code: string) => (e: unknown) => e instanceof SitrepError && e.code === code;

/** Registers the conformance tests for one backend. */
export function storeConformance(name: string, makeStore: () => Promise<Store>, opts: ConformanceOptions = {}): void {
  const test = (title: string, fn: (s: Store) => Promise<void>) =>
    it(title, async () => {
      const store = await makeStore();
      try {
        await fn(store);
      } finally {
        await store.close();
      }
    });
  const docs = TEXTS.map((t, i) => sampleDoc(i + 1, t));

  describe(`store conformance: ${name}`, { skip: opts.skip || false }, () => {
    test('a new store is empty and migrated', async (s) => {
      assert.equal(await s.countDocuments(), 0);
      assert.deepEqual(await s.listDocuments(), []);
      assert.ok((await s.schemaVersion()) >= 1);
    });

    test('saveDocument then getDocument returns the same text, offsets, metadata and layers', async (s) => {
      await s.saveDocument(saveRecord(docs[0], [1]));
      assert.deepEqual(await s.getDocument(docs[0].id), docs[0]);
      assert.equal(await s.getDocument('d-missing'), null);
    });

    test('findByContentHash finds a stored report and nothing else', async (s) => {
      await s.saveDocument(saveRecord(docs[0]));
      assert.equal(await s.findByContentHash(docs[0].contentHash), docs[0].id);
      assert.equal(await s.findByContentHash(docs[1].contentHash), null);
    });

    test('listDocuments is in ingest order and names the document each one repeats', async (s) => {
      for (const d of [docs[2], docs[0]]) await s.saveDocument(saveRecord(d));
      await s.saveDocument(saveRecord(docs[1], [], { duplicate: { docId: docs[1].id, ofId: docs[2].id, score: 0.8, rule: 'minhash-lsh' } }));
      const list = await s.listDocuments();
      assert.deepEqual(list.map((d) => d.id), [docs[2].id, docs[0].id, docs[1].id]);
      assert.deepEqual(list.map((d) => d.duplicateOf), [null, null, docs[2].id]);
      assert.ok(list[0].seq < list[1].seq && list[1].seq < list[2].seq);
      assert.equal(list[0].title, 'Sample report 3');
      assert.equal(list[0].outlet, 'Example Wire');
      assert.equal(list[0].published, '2024-01-29');
      assert.equal(list[0].source, docs[2].source);
      assert.ok(!Number.isNaN(Date.parse(list[0].ingestedAt)));
      assert.equal(await s.countDocuments(), 3);
    });

    test('allDocuments returns every document with its layers, in ingest order', async (s) => {
      const bare = sampleDoc(9, 'A report with no layers at all.', { layers: {} });
      for (const d of [docs[3], bare, docs[1]]) await s.saveDocument(saveRecord(d));
      assert.deepEqual(await s.allDocuments(), [docs[3], bare, docs[1]]);
    });

    test('dedupeCandidates returns the documents sharing a band key', async (s) => {
      // Keys are safe integers, negative ones too; the largest must come back exact, not rounded together.
      const [x, y, z, w] = [-(2 ** 30), 2 ** 52 + 7, 2 ** 53 - 1, 2 ** 53 - 2];
      await s.saveDocument(saveRecord(docs[0], [x, y, y]));
      await s.saveDocument(saveRecord(docs[1], [y, z]));
      await s.saveDocument(saveRecord(docs[2], [w]));
      const sorted = async (bands: number[]) => (await s.dedupeCandidates(bands)).sort();
      assert.deepEqual(await sorted([y]), [docs[0].id, docs[1].id].sort());
      assert.deepEqual(await sorted([z, x, z]), [docs[0].id, docs[1].id].sort());
      assert.deepEqual(await sorted([w]), [docs[2].id]);
      assert.deepEqual(await sorted([3]), []);
      assert.deepEqual(await sorted([]), []);
    });

    test('getSignature and getSignatures return the stored Uint32Array', async (s) => {
      const backing = Uint32Array.from([7, 0, 0xffffffff, 123456789, 42]);
      const sig = backing.subarray(1, 4); // a view that does not start at byte 0
      await s.saveDocument({ doc: docs[0], pipelineVersion: 'p', dedupe: { signature: sig, bands: [11] } });
      await s.saveDocument(saveRecord(docs[1], [12]));
      const got = await s.getSignature(docs[0].id);
      assert.ok(got instanceof Uint32Array);
      assert.deepEqual([...got], [0, 0xffffffff, 123456789]);
      assert.equal(await s.getSignature('d-missing'), null);
      const many = await s.getSignatures([docs[0].id, 'd-missing', docs[1].id]);
      assert.deepEqual([...many.keys()].sort(), [docs[0].id, docs[1].id].sort());
      assert.deepEqual([...many.get(docs[0].id)!], [0, 0xffffffff, 123456789]);
      assert.deepEqual(await s.getSignatures([]), new Map());
    });

    test('duplicateLinks returns each link with its score and rule', async (s) => {
      await s.saveDocument(saveRecord(docs[0]));
      await s.saveDocument(saveRecord(docs[1], [], { duplicate: { docId: docs[1].id, ofId: docs[0].id, score: 0.83, rule: 'minhash-lsh' } }));
      await s.saveDocument(saveRecord(docs[2], [], { duplicate: null }));
      assert.deepEqual(await s.duplicateLinks(), [{ docId: docs[1].id, ofId: docs[0].id, score: 0.83, rule: 'minhash-lsh' }]);
    });

    test('updateLayers replaces every layer of a document and only that document', async (s) => {
      await s.saveDocument(saveRecord(docs[0]));
      await s.saveDocument(saveRecord(docs[1]));
      const v = await s.version();
      await s.updateLayers(docs[0].id, { sentences: [{ start: 0, end: 5 }], fresh: ['new'] }, 'test-pipeline-2');
      assert.deepEqual((await s.getDocument(docs[0].id))!.layers, { sentences: [{ start: 0, end: 5 }], fresh: ['new'] });
      assert.deepEqual((await s.getDocument(docs[1].id))!.layers, docs[1].layers);
      assert.ok((await s.version()) > v);
      await assert.rejects(s.updateLayers('d-missing', {}, 'p'), isStoreError('no-such-item'));
      await assert.rejects(s.updateLayers(docs[0].id, { bad: 1n }, 'p'), isStoreError('store'));
      assert.deepEqual((await s.getDocument(docs[0].id))!.layers.fresh, ['new']);
    });

    test('decisions are added, listed oldest first and removed', async (s) => {
      const a = await s.addDecision({ kind: 'merge', a: 'Kataib Hezbollah', b: 'KH', note: 'same group' });
      const b = await s.addDecision({ kind: 'split', a: 'Hezbollah', b: 'Kataib Hezbollah' });
      assert.notEqual(a, b);
      const list = await s.listDecisions();
      assert.deepEqual(list.map((d) => [d.id, d.kind, d.a, d.b, d.note]), [
        [a, 'merge', 'Kataib Hezbollah', 'KH', 'same group'],
        [b, 'split', 'Hezbollah', 'Kataib Hezbollah', null],
      ]);
      assert.ok(list.every((d) => typeof d.createdAt === 'string' && !Number.isNaN(Date.parse(d.createdAt))));
      await s.removeDecision(a);
      await s.removeDecision(987654);
      assert.deepEqual((await s.listDecisions()).map((d) => d.id), [b]);
    });

    test('search finds documents by a word of their text or title, all words required', async (s) => {
      for (const d of docs) await s.saveDocument(saveRecord(d));
      const ids = async (q: string, limit?: number) => (await s.search(q, limit)).map((h) => h.docId);
      assert.deepEqual(await ids('rockets'), [docs[0].id]);
      assert.deepEqual(await ids('drones intercepted'), [docs[1].id]);
      assert.deepEqual(await ids('drones convoys'), []);
      assert.deepEqual(await ids('xylophone'), []);
      assert.deepEqual(await ids('report 3'), [docs[2].id]); // the title is "Sample report 3"
      assert.equal((await ids('report', 2)).length, 2);
      const [hit] = await s.search('airbase');
      assert.equal(hit.title, 'Sample report 1');
      assert.match(hit.snippet, /\[airbase\]/i);
      assert.equal(typeof hit.rank, 'number');
    });

    test('search is safe with hostile input: no error, nothing changed', async (s) => {
      const tricky = sampleDoc(7, 'Officials said "NEAR(" and ) OR * were typed; then \'; DROP TABLE documents; -- happened.');
      for (const d of [docs[0], tricky]) await s.saveDocument(saveRecord(d));
      const v = await s.version();
      for (const q of HOSTILE_QUERIES) {
        const hits = await s.search(q);
        assert.ok(Array.isArray(hits), `query ${JSON.stringify(q.slice(0, 20))}`);
      }
      assert.deepEqual((await s.search('DROP TABLE documents')).map((h) => h.docId), [tricky.id]);
      assert.equal(await s.countDocuments(), 2);
      assert.equal(await s.version(), v);
      assert.deepEqual((await s.search('rockets')).map((h) => h.docId), [docs[0].id]);
    });

    test('a very long report of distinct words is stored whole and found by an early word', async (s) => {
      let text = 'Opening words about the checkpoint.';
      for (let i = 0; text.length < 1_000_000; i++) text += ` w${i.toString(36)}`;
      const long = sampleDoc(8, text, { layers: {} });
      await s.saveDocument(saveRecord(long));
      assert.equal((await s.getDocument(long.id))!.text, text);
      assert.deepEqual((await s.search('checkpoint')).map((h) => h.docId), [long.id]);
    });

    test('version grows on every write of data, and not on a cache write', async (s) => {
      const seen = [await s.version()];
      const step = async (write: () => Promise<unknown>) => {
        await write();
        const v = await s.version();
        assert.ok(v > seen[seen.length - 1], `version did not grow: ${seen.join(',')} then ${v}`);
        seen.push(v);
      };
      await step(() => s.saveDocument(saveRecord(docs[0])));
      await step(() => s.saveDocument(saveRecord(docs[1])));
      await step(() => s.updateLayers(docs[0].id, {}, 'p2'));
      let id = 0;
      await step(async () => (id = await s.addDecision({ kind: 'merge', a: 'A', b: 'B' })));
      await step(() => s.removeDecision(id));
      await s.setCache('situation', 'built');
      assert.equal(await s.version(), seen[seen.length - 1]);
    });

    test('cache values are stored, replaced and read back', async (s) => {
      assert.equal(await s.getCache('situation'), null);
      await s.setCache('situation', 'first');
      await s.setCache('situation', 'second');
      const big = JSON.stringify({ text: 'é🛰️'.repeat(50_000) });
      await s.setCache('big', big);
      assert.equal(await s.getCache('situation'), 'second');
      assert.equal(await s.getCache('big'), big);
    });

    test('a save that fails midway leaves nothing of that report behind', async (s) => {
      const SHARED = 1;
      await s.saveDocument(saveRecord(docs[0], [SHARED]));
      const before = { v: await s.version(), list: await s.listDocuments(), all: await s.allDocuments() };
      const failing: Array<[string, Document, ReturnType<typeof saveRecord>]> = [
        // The link to a document that does not exist fails after the row, layers and bands were written.
        ['a duplicate link to a missing document', docs[1],
          saveRecord(docs[1], [SHARED, 2], { duplicate: { docId: docs[1].id, ofId: 'd-missing', score: 0.9, rule: 'minhash-lsh' } })],
        ['a layer that cannot be serialised', docs[2], saveRecord({ ...docs[2], layers: { ...docs[2].layers, bad: 10n } }, [3])],
        ['the content hash of a stored report', docs[3], saveRecord({ ...docs[3], contentHash: docs[0].contentHash }, [4])],
      ];
      for (const [why, doc, rec] of failing) {
        await assert.rejects(s.saveDocument(rec), isStoreError('store'), why);
        assert.equal(await s.getDocument(doc.id), null, why);
        assert.equal(await s.getSignature(doc.id), null, why);
        assert.deepEqual(await s.dedupeCandidates(rec.dedupe!.bands), rec.dedupe!.bands.includes(SHARED) ? [docs[0].id] : [], why);
      }
      // The same id with other content is refused too, and the stored report is untouched.
      await assert.rejects(s.saveDocument(saveRecord({ ...docs[0], contentHash: 'f'.repeat(64), text: 'Other.' })), isStoreError('store'));
      assert.equal(await s.findByContentHash(docs[1].contentHash), null);
      assert.deepEqual(await s.duplicateLinks(), []);
      assert.deepEqual(await s.search('drones'), []);
      assert.equal(await s.version(), before.v);
      assert.deepEqual(await s.listDocuments(), before.list);
      assert.deepEqual(await s.allDocuments(), before.all);
      // And the store still takes the next report.
      await s.saveDocument(saveRecord(docs[1], [2]));
      assert.equal(await s.countDocuments(), 2);
    });

    test('saves issued together all commit, each in its own transaction', async (s) => {
      const many = Array.from({ length: 24 }, (_, i) => sampleDoc(100 + i, `Report number ${i} about the convoy.`));
      const v = await s.version();
      await Promise.all(many.map((d, i) => s.saveDocument(saveRecord(d, [i % 3]))));
      assert.equal(await s.countDocuments(), many.length);
      assert.equal(await s.version(), v + many.length);
      assert.equal((await s.dedupeCandidates([0])).length, 8);
    });
  });
}
