import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sitrep } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-claims-'));
writeFileSync(
  join(dir, 'one.txt'),
  'Militia pauses attacks\n\nKataib Hezbollah said on Tuesday its decision to pause attacks was independent of Iran.\n\n' +
    '"We will judge the group by what it does," said State Department spokesman Matthew Miller.\n',
);
writeFileSync(
  join(dir, 'two.txt'),
  'Iran asked for the pause, sources say\n\n“The Kataib Hezbollah statement was the fruit of a direct Iranian request,” one of the sources told the Levant Dispatch.\n',
);
const db = join(dir, 'store.db');

test('sitrep claims filters by speaker and prints JSON; sitrep contradictions finds the disagreement', async () => {
  const ing = await sitrep(['ingest', join(dir, 'one.txt'), join(dir, 'two.txt'), '--db', db]);
  assert.equal(ing.code, 0, ing.stderr);

  const bySpeaker = await sitrep(['claims', '--db', db, '--speaker', 'Miller']);
  assert.equal(bySpeaker.code, 0, bySpeaker.stderr);
  assert.match(bySpeaker.stdout, /judge the group by what it does/);
  assert.doesNotMatch(bySpeaker.stdout, /fruit of a direct Iranian request/);

  const json = await sitrep(['claims', '--db', db, '--speaker', 'one of the sources', '--json']);
  const claims = JSON.parse(json.stdout);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].speaker, null);
  assert.equal(claims[0].speakerText, 'one of the sources');

  const contra = await sitrep(['contradictions', '--db', db, '--json']);
  assert.equal(contra.code, 0, contra.stderr);
  const found = JSON.parse(contra.stdout);
  assert.equal(found.length, 1);
  assert.equal(found[0].kind, 'opposing-claims');
});
