/**
 * A .jsonl file streamed line by line, so a feed of a million records reads in flat memory.
 * The size limit applies to each line (each report), not to the file; a line over it is
 * rejected alone, like a malformed one.
 */
import { createReadStream } from 'node:fs';
import { binaryReason, decodeBytes } from './decode.ts';
import { jsonLine } from './json.ts';
import { fsReason } from './files.ts';
import { reject, tooLarge, type ReadItem } from './types.ts';

/** Reads a JSON-lines file one record at a time. */
export async function* readJsonLinesFile(path: string, maxBytes: number): AsyncGenerator<ReadItem> {
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  let carry: Buffer = Buffer.alloc(0);
  let lineNo = 0;
  let records = 0;
  let first = true;
  /** Set while the rest of an overlong line is skipped. */
  let skipping = false;
  const line = (bytes: Buffer): ReadItem | null => {
    lineNo++;
    if (bytes.length > maxBytes) {
      records++;
      return reject(`${path}:${lineNo}`, tooLarge(bytes.length, maxBytes));
    }
    const text = decodeBytes(bytes).text;
    if (!text.trim()) return null;
    records++;
    return jsonLine(path, lineNo, text);
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (first) {
        first = false;
        const binary = binaryReason(chunk);
        if (binary) return yield reject(path, binary);
      }
      const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      let start = 0;
      for (let nl = buf.indexOf(0x0a); nl >= 0; nl = buf.indexOf(0x0a, start)) {
        if (skipping) {
          skipping = false;
          lineNo++;
        } else {
          const item = line(buf.subarray(start, nl));
          if (item) yield item;
        }
        start = nl + 1;
      }
      carry = buf.subarray(start);
      if (!skipping && carry.length > maxBytes) {
        records++;
        yield reject(`${path}:${lineNo + 1}`, tooLarge(null, maxBytes));
        skipping = true;
      }
      if (skipping) carry = Buffer.alloc(0);
    }
  } catch (e) {
    return yield reject(path, fsReason(e));
  } finally {
    stream.destroy();
  }
  if (!skipping && carry.length) {
    const item = line(carry);
    if (item) yield item;
  }
  if (!records) yield reject(path, first ? 'empty: the file holds 0 bytes' : 'empty: no JSON lines');
}
