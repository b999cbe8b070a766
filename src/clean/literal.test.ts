import { test } from 'node:test';
import assert from 'node:assert/strict';
import { requiredLiteral } from './data.ts';

test('requiredLiteral finds text every match contains, outside groups, classes and quantifiers', () => {
  assert.equal(requiredLiteral('\\s*(\\w+ via )?getty images\\W*$', 'i'), 'getty images');
  assert.equal(requiredLiteral('(?<=[.!?])\\s+\\(AP\\)$', ''), '(AP)', 'escaped punctuation is literal');
  assert.equal(requiredLiteral('a{2,3}bcd', ''), 'bcd', 'a counted character may repeat but its count is not text');
  assert.equal(requiredLiteral('abc?de', ''), null, 'an optional character splits the run into pieces too short to use');
  assert.equal(requiredLiteral('[abc(]def', ''), 'def', 'a bracket inside a class opens no group');
  assert.equal(requiredLiteral('(x|y)hello world', ''), 'hello world');
  assert.equal(requiredLiteral('Opens New Tab', 'i'), 'opens new tab', 'case-insensitive patterns give it lower-cased');
});

test('requiredLiteral gives nothing when a match need not contain one text', () => {
  assert.equal(requiredLiteral('foo|barbaz', ''), null, 'a top-level alternative');
  assert.equal(requiredLiteral('^(subscribe|sign up) now', 'i'), ' now');
  assert.equal(requiredLiteral('\\x41bcd', ''), null, 'escapes with a payload are not read');
  assert.equal(requiredLiteral('kelvin', 'iu'), null, 'i with u folds other letters (K, ſ) onto ASCII ones');
  assert.equal(requiredLiteral('café', 'i'), 'caf', 'a case-insensitive run stays ASCII');
});
