import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandGlob, hasGlob, segmentRegExp } from './glob.ts';

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-glob-'));
  for (const f of ['a.txt', 'b.txt', 'c.html', '.hidden.txt', 'sub/d.txt', 'sub/deep/e.txt', 'sub/deep/f.md', 'x1.txt', 'x22.txt']) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'words');
  }
  return dir;
}

test('segmentRegExp: * and ? stay inside a segment; [..] and [!..] are classes; the rest is literal', () => {
  assert.ok(segmentRegExp('*.txt').test('report.txt'));
  assert.ok(!segmentRegExp('*.txt').test('report.txt.bak'));
  assert.ok(segmentRegExp('x?.txt').test('x1.txt'));
  assert.ok(!segmentRegExp('x?.txt').test('x22.txt'));
  assert.ok(segmentRegExp('[ab].txt').test('b.txt') && !segmentRegExp('[!ab].txt').test('b.txt'));
  assert.ok(segmentRegExp('a+(b).txt').test('a+(b).txt'), 'regex characters are literal');
  assert.ok(hasGlob('r/*.txt') && !hasGlob('r/plain.txt'));
});

test('expandGlob: * within a directory, sorted, hidden files only for a dotted pattern', () => {
  const dir = tree();
  assert.deepEqual(expandGlob(join(dir, '*.txt')), ['a.txt', 'b.txt', 'x1.txt', 'x22.txt'].map((f) => join(dir, f)));
  assert.deepEqual(expandGlob(join(dir, '.*.txt')), [join(dir, '.hidden.txt')]);
  assert.deepEqual(expandGlob(join(dir, 'x?.txt')), [join(dir, 'x1.txt')]);
});

test('expandGlob: ** spans any number of directories, including none', () => {
  const dir = tree();
  assert.deepEqual(expandGlob(join(dir, '**/*.txt')),
    ['a.txt', 'b.txt', 'sub/d.txt', 'sub/deep/e.txt', 'x1.txt', 'x22.txt'].map((f) => join(dir, f)));
  assert.deepEqual(expandGlob(join(dir, 'sub/**')), ['sub/d.txt', 'sub/deep/e.txt', 'sub/deep/f.md'].map((f) => join(dir, f)));
  assert.deepEqual(expandGlob(join(dir, '*/deep/*.md')), [join(dir, 'sub/deep/f.md')]);
});

test('expandGlob: relative patterns give relative paths; no match gives nothing', () => {
  const dir = tree();
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    assert.deepEqual(expandGlob('sub/*.txt'), ['sub/d.txt']);
    assert.deepEqual(expandGlob('./*.html'), ['c.html']);
    assert.deepEqual(expandGlob('nothing/*.txt'), []);
  } finally {
    process.chdir(cwd);
  }
});
