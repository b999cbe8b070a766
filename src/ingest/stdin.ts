/** Standard input (`-`): read whole, within the size limit. */
import { reject, tooLarge, type Rejection } from './types.ts';

/** The name standard input goes by in sources and rejections. */
export const STDIN_SOURCE = 'stdin';

/** Reads a stream to its end, or rejects it once it passes `maxBytes`. */
export async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array | Rejection> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    total += buf.length;
    if (total > maxBytes) return reject(STDIN_SOURCE, tooLarge(null, maxBytes));
    chunks.push(buf);
  }
  if (!total) return reject(STDIN_SOURCE, 'empty: nothing was read from standard input');
  return Buffer.concat(chunks);
}
