import { test } from 'node:test';
import assert from 'node:assert/strict';
import { binaryReason, declaredCharset, decodeBytes } from './decode.ts';

test('binaryReason: NUL bytes, control characters and known signatures are binary; prose is not', () => {
  assert.match(binaryReason(Buffer.from('abc\0def')) ?? '', /NUL/);
  assert.match(binaryReason(Buffer.from([1, 2, 3, 4, 5, 6, 65, 66, 7, 8])) ?? '', /control characters/);
  assert.match(binaryReason(Buffer.from('%PDF-1.7\n%âãÏÓ')) ?? '', /PDF/);
  assert.match(binaryReason(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])) ?? '', /PNG/);
  assert.equal(binaryReason(Buffer.from('Drones struck the base.\r\n\tTwo were hurt.\f')), null);
  assert.equal(binaryReason(Buffer.from('\ufeffa UTF-16 text', 'utf16le')), null, 'a UTF-16 BOM marks text even with NULs');
});

test('decodeBytes: UTF-8 as is, windows-1252 when UTF-8 fails, the declared charset when given', () => {
  assert.deepEqual(decodeBytes(Buffer.from('Qaani’s visit — “calm”')), { text: 'Qaani’s visit — “calm”', encoding: 'utf-8' });
  const cp1252 = Buffer.from([0x93, 0x43, 0x61, 0x6c, 0x6d, 0x94, 0x20, 0x96, 0x20, 0x63, 0x61, 0x66, 0xe9]);
  const guessed = decodeBytes(cp1252);
  assert.equal(guessed.text, '“Calm” – café');
  assert.equal(guessed.encoding, 'windows-1252');
  assert.equal(guessed.guessed, true);
  const latin = decodeBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x85]), 'iso-8859-1');
  assert.equal(latin.text, 'café…', 'latin-1 is read as its superset windows-1252');
  assert.equal(latin.guessed, false);
  const greek = decodeBytes(Buffer.from([0xe1, 0xe8, 0xde, 0xed, 0xe1]), 'iso-8859-7');
  assert.equal(greek.text, 'αθήνα');
  assert.equal(greek.encoding, 'iso-8859-7');
});

test('decodeBytes: drops a BOM, reads UTF-16 and turns CRLF into LF', () => {
  assert.equal(decodeBytes(Buffer.from('\ufeffone\r\ntwo\rthree')).text, 'one\ntwo\nthree');
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Baghdad', 'utf16le')]);
  assert.equal(decodeBytes(le).text, 'Baghdad');
});

test('declaredCharset reads the HTTP header first, then <meta charset> or the XML declaration', () => {
  assert.equal(declaredCharset(Buffer.from(''), 'text/html; charset=ISO-8859-1'), 'iso-8859-1');
  assert.equal(declaredCharset(Buffer.from('<html><head><meta charset="windows-1252">')), 'windows-1252');
  assert.equal(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')), 'koi8-r');
  assert.equal(declaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-15"?><rss>')), 'iso-8859-15');
  assert.equal(declaredCharset(Buffer.from('plain words')), null);
});
