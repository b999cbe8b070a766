/**
 * Crash and resume: a child `sitrep ingest` is killed with SIGKILL mid-run; the store must open,
 * hold only complete documents, and a re-run must finish the job with every report stored once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sitrep, tempDir, writeFiles } from './helpers.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { STAGES } from '../../src/pipeline/stages.ts';

const PLACES = ['Erbil', 'Mosul', 'Kirkuk', 'Basra', 'Najaf', 'Ramadi', 'Tikrit', 'Samarra', 'Fallujah', 'Baqubah', 'Karbala'];
const ACTORS = ['a militia spokesman', 'the provincial governor', 'a police colonel', 'two residents', 'the health directorate', 'a coalition officer'];
const WHAT = ['rockets landed near', 'a drone was shot down over', 'a roadside bomb struck a convoy outside', 'gunmen attacked a checkpoint in',
  'an explosion damaged a power station near', 'protesters gathered in front of the council in'];

/** A short report of our own, different for every n. */
function report(n: number): string {
  const place = PLACES[n % PLACES.length];
  const day = 1 + (n % 28);
  return [
    `${place.toUpperCase()}, Feb ${day} - Early on day ${n} of the count, ${WHAT[n % WHAT.length]} ${place}, according to ${ACTORS[n % ACTORS.length]}.`,
    `Report number ${n} says ${n % 7} people were hurt and ${n % 3} vehicles burned, while ${ACTORS[(n + 2) % ACTORS.length]} asked for calm.`,
    `Officials in ${PLACES[(n * 7) % PLACES.length]} said the incident was the ${n}th of its kind recorded by their office this year.`,
  ].join('\n\n');
}

const count = (db: string): number => {
  try {
    const c = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (c.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      c.close();
    }
  } catch {
    return 0; // not created yet, or the schema is being written
  }
};

test('killed mid-ingest, the store holds only complete documents and a re-run stores every report exactly once', async () => {
  const d = tempDir('sitrep-resume-');
  const files: Record<string, string> = {};
  for (let n = 0; n < 300; n++) files[`${n < 150 ? 'first' : 'second'}/r${String(n).padStart(3, '0')}.txt`] = report(n);
  writeFiles(d, files);
  const first = join(d, 'first');
  const second = join(d, 'second');
  const db = join(d, 'tmp.db');

  // Between the two halves the child reads standard input, which the test holds open: the run
  // cannot finish on its own, so the kill always lands mid-ingest, however fast the pipeline is.
  const killed = await sitrep(['ingest', first, '-', second, '--db', db], {
    onStart: (child) => {
      const poll = setInterval(() => {
        if (count(db) >= 1) {
          clearInterval(poll);
          child.kill('SIGKILL');
        }
      }, 20);
      child.on('close', () => clearInterval(poll));
    },
  });
  assert.equal(killed.signal, 'SIGKILL');

  const before = count(db);
  assert.ok(before >= 1 && before <= 150, `stored before the kill: ${before}`);
  const raw = new Database(db);
  assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
  raw.close();

  const store = new SqliteStore(db);
  try {
    const docs = await store.allDocuments();
    assert.equal(docs.length, before);
    const wanted = STAGES.filter((s) => !s.transient).map((s) => s.assigns).sort();
    for (const doc of docs) {
      assert.ok(doc.text.trim() && doc.raw.trim(), `${doc.id} has its text`);
      assert.deepEqual(Object.keys(doc.layers).sort(), wanted, `${doc.id} has every layer`);
      assert.ok(doc.meta && doc.meta.title, `${doc.id} has its metadata`);
      assert.ok(await store.getSignature(doc.id), `${doc.id} has its duplicate fingerprint`);
    }
  } finally {
    await store.close();
  }

  const rerun = await sitrep(['ingest', first, second, '--db', db, '--json']);
  assert.equal(rerun.code, 0, rerun.stderr);
  const s = JSON.parse(rerun.stdout);
  assert.deepEqual([s.read, s.skipped, s.stored, s.rejected.length], [300, before, 300 - before, 0]);

  const check = new Database(db, { readonly: true });
  const row = check.prepare('SELECT count(*) AS n, count(DISTINCT source) AS sources, count(DISTINCT content_hash) AS hashes FROM documents').get();
  check.close();
  assert.deepEqual(row, { n: 300, sources: 300, hashes: 300 });

  const again = JSON.parse((await sitrep(['ingest', first, second, '--db', db, '--json'])).stdout);
  assert.deepEqual([again.stored, again.skipped], [0, 300], 're-ingesting the same inputs is a no-op');
  assert.equal(count(db), 300);
});
