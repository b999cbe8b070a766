import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Sitrep } from './sitrep.ts';

test('--debug prints one line per rule firing with its words, and the reason for each merge', async () => {
  const lines: string[] = [];
  const app = await Sitrep.open({ db: ':memory:', debug: (l) => lines.push(l) });
  try {
    await app.ingestOne({
      source: 'a.txt', contentHash: 'a'.repeat(64), format: 'text', hints: { published: '2024-02-01' },
      raw: 'Quds Force commander Esmail Qaani visited Baghdad on Monday, officials said.\n\nQaani met militia leaders there.',
    });
    await app.situation();
  } finally {
    await app.close();
  }
  assert.ok(lines.some((l) => /20-mentions .*"Esmail Qaani".*rule /.test(l)), 'a mention line names its words and rule');
  assert.ok(lines.some((l) => /30-timexes .*"on Monday".*→ 2024-01-29.*rule weekday/.test(l)), 'a date line shows the resolved value and rule');
  assert.ok(lines.some((l) => /^\[situation\] entity .*← "Qaani"/.test(l)), 'a merge line says why the surname joined');
  assert.ok(!lines.some((l) => l.includes('{"start"')), 'no raw JSON dumps');
});
