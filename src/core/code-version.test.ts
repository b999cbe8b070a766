import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeVersion } from './code-version.ts';

test('the code version changes when a rule file or a data file changes, not when a test does', () => {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-codever-')) + '/';
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'src/rule.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'data/words.tsv'), 'strike\t190\n');
  const v1 = codeVersion(root);
  writeFileSync(join(root, 'src/rule.test.ts'), 'test code\n');
  assert.equal(codeVersion(root), v1);
  writeFileSync(join(root, 'data/words.tsv'), 'strike\t195\n');
  const v2 = codeVersion(root);
  assert.notEqual(v2, v1);
  writeFileSync(join(root, 'src/rule.ts'), 'export const a = 2;\n');
  assert.notEqual(codeVersion(root), v2);
});
