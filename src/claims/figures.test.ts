import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compatible, figureRange, isGrowth } from './figures.ts';

test('figures read as ranges', () => {
  assert.deepEqual(figureRange('killed three', 3), [3, 3]);
  assert.deepEqual(figureRange('wounded about 40', 40), [32, 48]);
  assert.deepEqual(figureRange('more than 160 attacks', 160), [161, Infinity]);
  assert.deepEqual(figureRange('at least 170 attacks', 170), [170, Infinity]);
  assert.deepEqual(figureRange('injured dozens', null), [24, 99]);
  assert.deepEqual(figureRange('up to twenty', 20), [0, 20]);
});

test('"dozens" and "about 40" are compatible; 3 and 4 are not', () => {
  assert.ok(compatible(figureRange('dozens', null)!, figureRange('about 40', 40)!));
  assert.ok(compatible(figureRange('at least 34', 34)!, figureRange('about 40', 40)!));
  assert.ok(!compatible(figureRange(null, 3)!, figureRange(null, 4)!));
});

test('a figure that grows in a later report is an update', () => {
  assert.ok(isGrowth(figureRange('more than 150', 150)!, figureRange('at least 170', 170)!));
  assert.ok(!isGrowth(figureRange(null, 4)!, figureRange(null, 3)!));
});
