import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Sitrep } from '../core/sitrep.ts';
import { findEntities } from './lookup.ts';

const together = (s: Awaited<ReturnType<Sitrep['situation']>>, a: string, b: string) => {
  const x = findEntities(s, a)[0];
  const y = findEntities(s, b)[0];
  return !!x && !!y && x.id === y.id;
};

test('merge and split decisions are stored and survive re-ingestion', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-decisions-'));
  try {
    writeFileSync(join(dir, 'a.txt'), 'Abu Zaid commanded the brigade during the summer. Karim Hassan al-Tamimi later gave the orders.\n');
    const db = join(dir, 'x.db');
    let app = await Sitrep.open({ db });
    await app.ingest([join(dir, 'a.txt')]);
    assert.ok(!together(await app.situation(), 'Abu Zaid', 'Karim Hassan al-Tamimi'));
    await app.store.addDecision({ kind: 'merge', a: 'Abu Zaid', b: 'Karim Hassan al-Tamimi', note: 'nom de guerre' });
    const merged = await app.situation();
    assert.ok(together(merged, 'Abu Zaid', 'Karim Hassan al-Tamimi'));
    const e = findEntities(merged, 'Abu Zaid')[0];
    assert.ok(e.merges?.some((m) => m.rule === 'analyst-merge' && m.note === 'nom de guerre'));
    await app.close();

    // a new report arrives: the decision still holds and covers the new mentions too
    writeFileSync(join(dir, 'b.txt'), 'Officials said Abu Zaid met Iraqi commanders in Baghdad on Monday.\n');
    app = await Sitrep.open({ db });
    await app.ingest([join(dir, 'b.txt')]);
    const again = await app.situation();
    assert.ok(together(again, 'Abu Zaid', 'Karim Hassan al-Tamimi'));
    assert.equal(findEntities(again, 'Abu Zaid')[0].mentions.length, 3);

    await app.store.addDecision({ kind: 'split', a: 'Karim Hassan al-Tamimi', b: 'Abu Zaid' });
    assert.ok(!together(await app.situation(), 'Abu Zaid', 'Karim Hassan al-Tamimi'));
    await app.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
