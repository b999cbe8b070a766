import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, normaliseDate, readDateLine, readMetaPrefix } from './dates.ts';
import { readDateline } from './dateline.ts';
import { parseFurniture, parseOutlets, furnitureRules, knownOutlets } from './data.ts';

test('dates are read in the common written forms', () => {
  for (const [s, v] of [
    ['2024-02-01', '2024-02-01'],
    ['2024-02-01T17:58:00Z', '2024-02-01'],
    ['February 01, 2024', '2024-02-01'],
    ['Feb. 1 2024', '2024-02-01'],
    ['1st February 2024', '2024-02-01'],
    ['31/01/2024', '2024-01-31'],
    ['2024/01/30', '2024-01-30'],
  ]) assert.equal(normaliseDate(s), v, s);
  assert.equal(normaliseDate('02/03/2024'), null, 'day and month cannot be told apart');
  assert.equal(normaliseDate('February 30, 2024'), null, 'not a calendar date');
  assert.deepEqual(findDates('From 1 Feb 2024 to March 3, 2024.').map((d) => d.value), ['2024-02-01', '2024-03-03']);
});

test('date lines hold only dates and their labels', () => {
  assert.deepEqual(readDateLine('Updated: February 01, 2024, 5:58 PM'), [{ kind: 'updated', value: '2024-02-01', labelled: true }]);
  assert.deepEqual(readDateLine('Published On 1 Feb 2024 1 Feb 2024'), [
    { kind: 'published', value: '2024-02-01', labelled: true },
    { kind: 'published', value: '2024-02-01', labelled: false },
  ]);
  assert.deepEqual(readDateLine('Thursday, February 1, 2024 at 10:03 a.m. GMT+3'), [{ kind: 'published', value: '2024-02-01', labelled: false }]);
  assert.equal(readDateLine('The attack on February 1, 2024 killed three soldiers.'), null);
  assert.deepEqual(readMetaPrefix(' date 2024-02-01 A senior official said'), { length: 17, value: '2024-02-01', label: 'date' });
  assert.equal(readMetaPrefix('Dates 2024 were'), null);
});

test('datelines need capitals and an outlet or a dash', () => {
  assert.deepEqual(readDateline('BAGHDAD, Jan 30 (Reuters) - Iraqi officials said')?.monthDay, { month: 1, day: 30 });
  assert.equal(readDateline('ERBIL, Kurdistan Region — The regional government')?.place, 'ERBIL, Kurdistan Region');
  assert.equal(readDateline('(CNN) — The Pentagon said')?.outlet, 'CNN');
  assert.equal(readDateline('Iran said on Monday - the talks'), null);
  assert.equal(readDateline('US officials (speaking privately) said'), null);
});

test('the shipped data files load and a bad entry names its file and line', () => {
  assert.ok(furnitureRules().length > 20);
  assert.ok(knownOutlets().some((o) => o.name === 'Reuters'));
  assert.throws(() => parseFurniture('ok-id\tpromo\tline\t5\ti\t^x$\tnote\nbad id\tpromo\tline\t5\ti\tx\tn'), /furniture\.tsv line 2: rule id/);
  assert.throws(() => parseFurniture('a\tpromo\tline\t5\ti\t(unclosed\tn'), /furniture\.tsv line 1: pattern does not compile/);
  assert.throws(() => parseFurniture('a\tpromo\teverywhere\t5\ti\tx\tn'), /scope "everywhere"/);
  assert.throws(() => parseOutlets('Some Outlet\t\tnot a domain'), /outlets\.tsv line 1: "not a domain"/);
});

test('date lines in the forms outlets print: a closing byline, reading time, numeric dates read day first', () => {
  assert.deepEqual(readDateLine('Posted on January 29, 2024 by Dana Reyes and Omar Saleh'), [{ kind: 'published', value: '2024-01-29', labelled: true }]);
  assert.deepEqual(readDateLine('29 January 2024 · 3 min read')?.map((d) => d.value), ['2024-01-29']);
  assert.deepEqual(readDateLine('Date of publication: 29 January 2024'), [{ kind: 'published', value: '2024-01-29', labelled: true }]);
  assert.deepEqual(readDateLine('Published: 01/02/2024')?.map((d) => d.value), ['2024-02-01']);
  assert.deepEqual(readDateLine('1/29/2024')?.map((d) => d.value), ['2024-01-29']);
  assert.deepEqual(readDateLine('Dana Reyes |29.01.2024 - Update : 30.01.2024'), [
    { kind: 'published', value: '2024-01-29', labelled: false },
    { kind: 'updated', value: '2024-01-30', labelled: true },
  ]);
  assert.equal(normaliseDate('01/02/2024'), null, 'outside a date line the order stays unknown');
  assert.equal(readDateLine('Posted on January 29, 2024 by the militia on its channel'), null, 'a sentence is no byline');
});

test('datelines of wires and regional outlets, in capitals or, for a known outlet, in ordinary case', () => {
  const read = (l: string) => {
    const d = readDateline(l);
    return d && { outlet: d.outlet, place: d.place, rest: l.slice(d.length) };
  };
  assert.deepEqual(read('BAGHDAD, Jan. 29 (Xinhua) -- Iraqi officials said'), { outlet: 'Xinhua', place: 'BAGHDAD', rest: 'Iraqi officials said' });
  assert.equal(read('Rudaw | Iraqi officials said')?.outlet, 'Rudaw');
  assert.equal(read('Shafaq News Agency- Iraqi officials said')?.outlet, 'Shafaq News');
  assert.equal(read('AP — Iraqi officials said')?.outlet, 'Associated Press');
  assert.deepEqual(read('Baghdad CNN — Iraqi officials said'), { outlet: 'CNN', place: 'Baghdad', rest: 'Iraqi officials said' });
  assert.deepEqual(read('Baghdad (AFP) – Iraqi officials said'), { outlet: 'AFP', place: 'Baghdad', rest: 'Iraqi officials said' });
  assert.equal(read('Baghdad-INA Iraqi officials said')?.outlet, 'Iraqi News Agency');
  assert.deepEqual(read('Tehran, IRNA -- Iranian officials said'), { outlet: 'Islamic Republic News Agency', place: 'Tehran', rest: 'Iranian officials said' });
  for (const s of ['Officials say — the talks failed', 'Iran — the country that arms them — denied it', 'Reuters: the group said it would stop', 'Baghdad (officials) – the talks', 'Tehran-backed groups said']) {
    assert.equal(readDateline(s), null, s);
  }
});
