import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PendingBands } from './pending-bands.ts';

test('pending band keys find every report holding a key, across growth and after clearing', () => {
  const p = new PendingBands(8);
  p.add('a', [1, -(2 ** 30), 2 ** 52 + 7]);
  p.add('b', [1, 5]);
  // enough keys to grow the table several times, none of them 1 or 5
  for (let d = 0; d < 50; d++) p.add(`r${d}`, Array.from({ length: 64 }, (_, k) => 1000 + d * 64 + k));
  const found = (keys: number[]) => {
    const out = new Set<string>();
    p.find(keys, out);
    return [...out].sort();
  };
  assert.deepEqual(found([1]), ['a', 'b']);
  assert.deepEqual(found([2 ** 52 + 7, 5]), ['a', 'b']);
  assert.deepEqual(found([-(2 ** 30)]), ['a']);
  assert.deepEqual(found([1000 + 7 * 64 + 3]), ['r7']);
  assert.deepEqual(found([2 ** 52 + 6, 999, 0]), []);
  assert.equal(p.size, 52);
  p.clear();
  assert.deepEqual(found([1, 5]), []);
  p.add('c', [5]);
  assert.deepEqual(found([5]), ['c']);
});
