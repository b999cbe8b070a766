/**
 * The one catalogue of errors shared by the CLI and the API. Each code says what was wrong;
 * the message names the input and the reason in one line.
 */
export const ERROR_CODES = {
  'unreadable': 'the input could not be read',
  'not-found': 'no such file, directory or URL',
  'empty': 'the input holds no text',
  'binary': 'the input is binary, not text',
  'too-large': 'the input is larger than the size limit',
  'malformed': 'the input could not be parsed',
  'unsupported': 'the input kind is not supported',
  'fetch-failed': 'the URL could not be fetched',
  'not-a-feed': 'the document is not an RSS or Atom feed',
  'bad-usage': 'the command was called with wrong arguments',
  'bad-data-file': 'a dictionary or lexicon file is invalid',
  'pipeline-order': 'the pipeline stages are out of order',
  'store': 'the store could not complete the operation',
  'no-such-item': 'no item with that id or name',
  'read-only': 'the server is read-only (start it with --allow-ingest to add reports)',
  'method-not-allowed': 'the route does not accept that HTTP method',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class SitrepError extends Error {
  readonly code: ErrorCode;
  /** The input (path, URL, id) the error is about, when there is one. */
  readonly input?: string;
  constructor(code: ErrorCode, message: string, input?: string) {
    super(message);
    this.code = code;
    this.input = input;
    this.name = 'SitrepError';
  }
  /** One line: `<input>: <reason>` or just the reason. */
  line(): string {
    return this.input ? `${this.input}: ${this.message}` : this.message;
  }
}

export function isSitrepError(e: unknown): e is SitrepError {
  return e instanceof SitrepError;
}
