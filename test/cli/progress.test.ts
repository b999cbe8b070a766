import { test } from 'node:test';
import assert from 'node:assert/strict';
import { progress } from '../../src/cli/commands/ingest.ts';
import type { CliIO } from '../../src/cli/command.ts';

const io = (interactive: boolean, errs: string[]): CliIO => ({ out: () => {}, err: (t) => errs.push(t), interactive, stdin: process.stdin });
const stored = { kind: 'stored', source: 's', id: 'd1', duplicateOf: null } as const;

test('progress: redrawn on a terminal once the run lasts, cleared before a message and at the end', () => {
  let clock = 0;
  const written: string[] = [];
  const errs: string[] = [];
  const bar = progress(io(true, errs), () => clock, (s) => written.push(s));
  bar.tick(stored);
  assert.equal(written.length, 0, 'nothing in the first half second');
  clock = 1000;
  bar.tick({ kind: 'rejected', source: 'x', reason: 'bad' });
  assert.match(written.at(-1)!, /\r\x1b\[K {2}2 reports read, 1 rejected \(2\/s\)/);
  clock = 1050;
  bar.tick(stored);
  assert.equal(written.length, 1, 'at most five redraws a second');
  bar.line('rejected x: bad');
  assert.equal(written.at(-1), '\r\x1b[K');
  assert.deepEqual(errs, ['rejected x: bad']);
  bar.done();
  assert.equal(written.length, 2, 'nothing left to clear');
});

test('progress: silent when standard error is not a terminal', () => {
  let clock = 0;
  const written: string[] = [];
  const bar = progress(io(false, []), () => clock, (s) => written.push(s));
  for (let i = 0; i < 100; i++) {
    clock += 100;
    bar.tick(stored);
  }
  bar.done();
  assert.deepEqual(written, []);
});
