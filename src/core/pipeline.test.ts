import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkOrder, runPipeline, type Stage } from './pipeline.ts';
import type { Document } from './types.ts';

const stage = (name: string, assigns: string, requires: string[], run: Stage['run'] = () => []): Stage => ({ name, version: 1, assigns, requires, run });

test('checkOrder rejects a stage whose required layer comes later', () => {
  const a = stage('01-a', 'a', ['text']);
  const b = stage('02-b', 'b', ['a']);
  assert.doesNotThrow(() => checkOrder([a, b], ['text']));
  assert.throws(() => checkOrder([b, a], ['text']), /requires layer "a"/);
});

test('runPipeline attaches each layer under its name, in order', () => {
  const doc = { text: 'abc', layers: {} } as unknown as Document;
  const seen: string[] = [];
  runPipeline(doc, [
    stage('01-len', 'len', ['text'], (d) => d.text.length),
    stage('02-double', 'double', ['len'], (d) => (d.layers.len as number) * 2),
  ], {}, { trace: (s) => seen.push(s.name) });
  assert.equal(doc.layers.double, 6);
  assert.deepEqual(seen, ['01-len', '02-double']);
});

test('storedLayers leaves out the layers of transient stages', async () => {
  const { storedLayers } = await import('./pipeline.ts');
  const stages = [stage('01-a', 'a', []), { ...stage('02-b', 'b', ['a']), transient: true }];
  assert.deepEqual(Object.keys(storedLayers({ a: 1, b: 2, c: 3 }, stages)).sort(), ['a', 'c']);
});
