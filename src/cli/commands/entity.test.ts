import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Sitrep } from '../../core/sitrep.ts';
import type { CliIO } from '../command.ts';
import { entityCommand } from './entity.ts';
import { mergeCommand } from './merge.ts';
import { splitCommand } from './split.ts';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const x: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t), interactive: false, stdin: process.stdin };
  return { x, out, err };
}

test('entity shows aliases with merge reasons and mentions in context; merge and split change it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-entity-cli-'));
  try {
    writeFileSync(join(dir, 'a.txt'), "Kata'ib Hezbollah paused attacks, said General Ghaani after meeting Abu Fadak.\n");
    writeFileSync(join(dir, 'b.txt'), 'Katai’b Hizbollah resumed them; Esmail Qaani and Faleh al-Fayyadh were silent.\n');
    const db = join(dir, 'x.db');
    const app = await Sitrep.open({ db });
    await app.ingest([dir]);
    await app.close();

    let r = io();
    assert.equal(await entityCommand.run({ values: { db }, positionals: ['kataib', 'hizbollah'] }, r.x), 0);
    const text = r.out.join('\n');
    assert.match(text, /Kataib Hezbollah +\(organization, militia, IRQREB\)/);
    assert.match(text, /Katai’b Hizbollah +← dictionary:name-folded/);
    assert.match(text, /\[Kata'ib Hezbollah\] paused attacks/);

    r = io();
    await entityCommand.run({ values: { db, json: true }, positionals: ['Ghaani'] }, r.x);
    const [q] = JSON.parse(r.out.join(''));
    assert.equal(q.name, 'Esmail Qaani');
    assert.ok(q.mentions.every((m: { text: string; context: string }) => m.context.includes(`[${m.text}]`)));

    r = io();
    await mergeCommand.run({ values: { db, note: 'same man' }, positionals: ['Abu Fadak', 'Faleh al-Fayyadh'] }, r.x);
    assert.match(r.out.join('\n'), /merged/);
    r = io();
    await entityCommand.run({ values: { db }, positionals: ['Abu Fadak'] }, r.x);
    assert.match(r.out.join('\n'), /Faleh al-Fayyadh/);
    assert.match(r.out.join('\n'), /analyst-merge/);

    r = io();
    await splitCommand.run({ values: { db }, positionals: ['Abu Fadak', 'Faleh al-Fayyadh'] }, r.x);
    r = io();
    await entityCommand.run({ values: { db }, positionals: ['Abu Fadak'] }, r.x);
    assert.doesNotMatch(r.out.join('\n'), /Faleh al-Fayyadh/);

    await assert.rejects(entityCommand.run({ values: { db }, positionals: ['Nobody Atall'] }, io().x), /no entity named/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
