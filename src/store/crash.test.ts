import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from './index.ts';
import { sampleDoc } from './store.fixtures.ts';
import { findTestServer, TestSchemas } from './pg-test-server.ts';

const CHILD = fileURLToPath(new URL('./crash.child.ts', import.meta.url));
const TOTAL = 60;

/** Runs the child; resolves with the ids it printed. With `killAfter`, SIGKILLs it after that many. */
function runChild(location: string, args: string[], killAfter?: number): Promise<{ ids: string[]; done: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, location, String(TOTAL), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines: string[] = [];
    let buf = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buf += chunk.toString();
      const parts = buf.split('\n');
      buf = parts.pop()!;
      lines.push(...parts);
      if (killAfter !== undefined && lines.length >= killAfter) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', () => resolve({ ids: lines.filter((l) => l !== 'done'), done: lines.includes('done') }));
  });
}

const server = await findTestServer();
const schemas = new TestSchemas('url' in server ? server.url : '');
const tmp = mkdtempSync(join(tmpdir(), 'sitrep-crash-test-'));
after(async () => {
  rmSync(tmp, { recursive: true, force: true });
  if ('url' in server) await schemas.dropSchemas();
});

const backends: Array<[string, () => string, string | false]> = [
  ['sqlite', () => join(tmp, 'crash.db'), false],
  ['postgres', () => schemas.urlFor(schemas.next()), 'skip' in server ? server.skip : false],
];

for (const [name, location, skip] of backends) {
  describe(`killing an ingest (${name})`, { skip }, () => {
    it('keeps every committed report whole, and a re-run stores the rest exactly once', async () => {
      const loc = location();
      const first = await runChild(loc, ['pause-after', '30'], 25);
      assert.equal(first.done, false);
      assert.ok(first.ids.length >= 25);
      const expected = Array.from({ length: TOTAL }, (_, i) => sampleDoc(i, `Report ${i}: engineers reopened road ${i} north of the town.`));
      let store = await openStore(loc);
      const stored = (await store.listDocuments()).map((d) => d.id);
      for (const id of first.ids) assert.ok(stored.includes(id), `committed ${id} was lost`);
      // Whatever is stored is whole: the document, its layers and its fingerprint.
      for (const id of stored) {
        assert.deepEqual(await store.getDocument(id), expected.find((d) => d.id === id));
        assert.ok(await store.getSignature(id));
      }
      await store.close();

      const second = await runChild(loc, []);
      assert.equal(second.done, true);
      assert.equal(second.ids.length, TOTAL - stored.length);
      store = await openStore(loc);
      assert.deepEqual((await store.listDocuments()).map((d) => d.id).sort(), expected.map((d) => d.id).sort());
      await store.close();

      const third = await runChild(loc, []);
      assert.deepEqual(third, { ids: [], done: true });
    });
  });
}
