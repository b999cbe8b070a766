/**
 * What the readers share: the Rejection they yield for an input that cannot be used, the read
 * options (limits, timeouts, standard input, the --debug note sink) and small helpers.
 */
import { createHash } from 'node:crypto';
import type { RawReport } from '../core/types.ts';

/** An input (or one record or feed item of it) that cannot be used: its name and the reason. */
export interface Rejection {
  rejected: true;
  input: string;
  reason: string;
}

/** What a reader yields for each report it finds. */
export type ReadItem = RawReport | Rejection;

/** Limits and plumbing for the readers; `sitrep ingest` fills them from its options. */
export interface ReadOptions {
  /** Largest input accepted, in bytes (a file, a page, a feed, standard input). */
  maxBytes: number;
  /** How long to wait for a URL, from the request to the last byte, in milliseconds. */
  timeoutMs: number;
  /** Redirects followed before a URL is rejected. */
  maxRedirects: number;
  /** Inputs (URLs or files) that must be RSS/Atom feeds: rejected when they are not. */
  feeds?: string[];
  /** Where `-` reads from; standard input by default. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Receives notes for --debug: skipped files, encodings guessed, extraction fallbacks. */
  note?: (line: string) => void;
}

/** The limits `sitrep ingest` uses unless told otherwise. */
export const DEFAULT_READ_OPTIONS: ReadOptions = {
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 20_000,
  maxRedirects: 5,
};

/** Longest reason kept; parser messages can quote a lot of the input. */
const MAX_REASON = 300;

/**
 * Builds a Rejection that prints as one safe line: whitespace in the reason collapsed, control
 * characters (which could drive a terminal) escaped in both the input's name and the reason.
 */
export function reject(input: string, reason: string): Rejection {
  let r = reason.replace(/\s+/g, ' ').trim();
  if (r.length > MAX_REASON) r = `${r.slice(0, MAX_REASON - 1)}…`;
  return { rejected: true, input: escapeControls(input), reason: escapeControls(r) };
}

/** Control characters written as `\xNN` escapes, so untrusted names cannot drive a terminal. */
export const escapeControls = (s: string): string =>
  s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

/** True when a read item is a Rejection. */
export const isRejection = (item: ReadItem): item is Rejection => 'rejected' in item;

/** Hex sha256 of bytes or text: the content hash that makes re-ingestion a no-op. */
export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A size in words a person reads: `5.0 MB`, `812 bytes`. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** The reason for an input over the size limit. */
export const tooLarge = (size: number | null, limit: number): string =>
  `too large: ${size == null ? 'more than' : `${formatBytes(size)}, over`} the limit of ${formatBytes(limit)} (see --max-bytes)`;
