import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadActors } from './dictionary.ts';
import { loadGazetteer } from './gazetteer.ts';
import { loadEntityLexicon } from './lexicon.ts';

function withFile(text: string, fn: (path: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-dict-'));
  try {
    const p = join(dir, 'f.tsv');
    writeFileSync(p, text);
    fn(p);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the shipped dictionary and gazetteer load and know the story', () => {
  const lex = loadEntityLexicon();
  assert.equal(lex.entries.get('irgc')?.code, 'IRNMIL');
  assert.equal(lex.entries.get('kataib-hezbollah')?.code, 'IRQREB');
  assert.ok(lex.entries.get('c-iraq-iq')?.lat !== undefined);
  assert.ok(lex.acronyms.get('US')?.some((h) => h.entry.name === 'United States'));
});

test('a bad actor line is reported with its file and line', () => {
  withFile('# comment\nok\tOK Group\torganization\tmilitia\tIRQREB\t\t\nbad\tBad Group\tgang\t\t\t\t\n', (p) => {
    assert.throws(() => loadActors(p), (e: Error & { input?: string }) => /line 3/.test(e.message) && /type "gang"/.test(e.message) && e.input === p);
  });
  withFile('x\tX\torganization\t\tbad-code\t\t\n', (p) => assert.throws(() => loadActors(p), /CAMEO-style code/));
  withFile('x\tX\torganization\t\t\t\t\nx\tY\torganization\t\t\t\t\n', (p) => assert.throws(() => loadActors(p), /used twice/));
});

test('a gazetteer line with impossible coordinates is rejected', () => {
  withFile('Nowhere\tcity\tIQ\t123\t44\t\t\t\n', (p) => assert.throws(() => loadGazetteer(p), /line 1: coordinates/));
  withFile('Somewhere\tvillage\tIQ\t33\t44\t\t\t\n', (p) => assert.throws(() => loadGazetteer(p), /kind "village"/));
});
