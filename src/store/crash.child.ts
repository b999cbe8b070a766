/**
 * For crash.test.ts: stores reports 0..total-1 into the store at argv[2], skipping those already
 * stored, printing each committed id. With `pause-after N` it stops after N reports and waits
 * to be killed, so the test kills it mid-run without relying on timing.
 */
import { openStore } from './index.ts';
import { sampleDoc, saveRecord } from './store.fixtures.ts';

const [location, totalArg, mode, nArg] = process.argv.slice(2);
const total = Number(totalArg);
const pauseAfter = mode === 'pause-after' ? Number(nArg) : Infinity;
const store = await openStore(location);
let saved = 0;
for (let i = 0; i < total; i++) {
  const doc = sampleDoc(i, `Report ${i}: engineers reopened road ${i} north of the town.`);
  if (await store.findByContentHash(doc.contentHash)) continue;
  if (saved === pauseAfter) await new Promise(() => setInterval(() => {}, 60_000));
  await store.saveDocument(saveRecord(doc, [i]));
  saved++;
  process.stdout.write(`${doc.id}\n`);
}
await store.close();
process.stdout.write('done\n');
