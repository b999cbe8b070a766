/**
 * Bytes to text: refuses binary data, honours byte-order marks, decodes UTF-8 and falls back to a
 * declared charset or windows-1252 (a superset of latin-1) when the bytes are not valid UTF-8.
 */

/** Text decoded from bytes, with the encoding that was used and why. */
export interface Decoded {
  text: string;
  encoding: string;
  /** Set when the encoding was a guess (not UTF-8, not declared). */
  guessed?: boolean;
}

const SIGNATURES: Array<[string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or an office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip-compressed data', [0x1f, 0x8b]],
];

/** Share of control characters above which bytes count as binary. */
const CONTROL_RATIO = 0.1;
/** How much of the input the binary check looks at. */
const SNIFF_BYTES = 8192;

const startsWith = (bytes: Uint8Array, sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);

function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Why these bytes are not text, or null when they look like text: a known binary signature,
 * a NUL byte, or too many control characters in the first 8 KB.
 */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const [what, sig] of SIGNATURES) if (startsWith(bytes, sig)) return `binary: looks like ${what}, not text`;
  if (utf16Bom(bytes)) return null;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return 'binary: holds NUL bytes, not text';
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) control++;
  }
  if (n && control / n > CONTROL_RATIO) return `binary: ${Math.round((100 * control) / n)}% control characters, not text`;
  return null;
}

/** The charset an HTTP content-type or the start of an HTML/XML document declares, lower-cased. */
export function declaredCharset(bytes: Uint8Array, contentType?: string | null): string | null {
  const fromHeader = contentType && /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  if (fromHeader) return fromHeader[1].toLowerCase();
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/**
 * windows-1252 differs from latin-1 only in 0x80–0x9F (curly quotes, dashes, euro...). Node's
 * TextDecoder treats the label as latin-1, so those 32 code points are mapped here.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes windows-1252 bytes (every byte maps to a character; nothing fails). */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes text bytes. UTF-8 first (a BOM is dropped); when that fails, the declared charset if
 * Node knows it, else windows-1252. Line endings become `\n`.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  const bom = utf16Bom(bytes);
  let out: Decoded;
  if (bom) out = { text: new TextDecoder(bom).decode(bytes), encoding: bom };
  else {
    const utf8 = tryDecode('utf-8', bytes, true);
    if (utf8 != null) out = { text: utf8, encoding: 'utf-8' };
    else {
      const cp1252 = !declared || /^(windows-1252|cp1252|iso-8859-1|latin-?1|us-ascii|ascii)$/.test(declared);
      const legacy = declared && !cp1252 && !/^utf-?8$/.test(declared) ? tryDecode(declared, bytes, false) : null;
      if (legacy != null) out = { text: legacy, encoding: declared as string };
      else out = { text: decodeWindows1252(bytes), encoding: 'windows-1252', guessed: !cp1252 || !declared };
    }
  }
  out.text = out.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return out;
}
