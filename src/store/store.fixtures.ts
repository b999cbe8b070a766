/**
 * Test fixtures for the store conformance suite: complete Documents in our own words, with
 * layers of every shape a stage writes (spans, mentions with reasons, nested custom layers).
 */
import { createHash } from 'node:crypto';
import type { Document, Layers } from '../core/types.ts';
import type { SaveRecord } from './store.ts';

/** A complete Document for `text`; `n` makes otherwise equal texts distinct. */
export function sampleDoc(n: number, text: string, opts: { title?: string; layers?: Layers } = {}): Document {
  const contentHash = createHash('sha256').update(`${n}\n${text}`).digest('hex');
  const raw = `<p>${text}</p>`;
  return {
    id: `d${contentHash.slice(0, 10)}`,
    source: `reports/sample-${n}.html`,
    contentHash,
    format: 'html',
    raw,
    text,
    offsets: [{ text: 0, raw: 3, length: text.length }],
    removed: [{ start: 0, end: 3, reason: 'html-tag' }, { start: raw.length - 4, end: raw.length, reason: 'html-tag' }],
    meta: {
      title: { value: opts.title ?? `Sample report ${n}`, how: { rule: 'html-title' } },
      outlet: { value: 'Example Wire', how: { rule: 'html-meta', note: 'og:site_name' } },
      published: { value: '2024-01-29', how: { rule: 'dateline', score: 0.9 } },
      url: `https://example.org/story/${n}`,
      dateline: n % 2 ? 'BAGHDAD' : null,
    },
    layers: opts.layers ?? defaultLayers(text),
  };
}

function defaultLayers(text: string): Layers {
  const first = text.split(/\s+/)[0] ?? '';
  return {
    sentences: [{ start: 0, end: text.length }],
    tokens: [{ start: 0, end: first.length, text: first, sentence: 0 }],
    mentions: [
      { start: 0, end: first.length, text: first, name: first, type: 'organization', subtype: 'militia',
        roles: ['spokesman of'], dictId: 'kh', code: 'IRQMIL', why: { rule: 'actor-dictionary', score: 1, note: 'alias' } },
    ],
    custom: { nested: [[1, 2.5, -3e-7], { ok: true, none: null }], label: 'ünïcødé — عربى 🛰️' },
  };
}

/** A save record for a document, with a fingerprint made of the given band keys. */
export function saveRecord(doc: Document, bands: number[] = [], extra: Partial<SaveRecord> = {}): SaveRecord {
  const signature = Uint32Array.from(bands.length ? bands.map((b) => hash32(String(b))) : [1, 2, 3, 0xffffffff]);
  return { doc, pipelineVersion: 'test-pipeline-1', dedupe: { signature, bands }, ...extra };
}

function hash32(s: string): number {
  return createHash('sha256').update(s).digest().readUInt32LE(0);
}

/** Report-like sentences of our own, each about something different, for search tests. */
export const TEXTS = [
  'Militia fighters fired rockets at an airbase in western Iraq on Monday, officials said.',
  'The defence ministry said three drones were intercepted near the border overnight.',
  'A spokesman for the armed group denied any role in the attack and called for calm.',
  'Aid convoys reached the northern town after the road was reopened by engineers.',
];

/** Queries a hostile person might type, or that a report might contain. */
export const HOSTILE_QUERIES = [
  '"', '""', '*', 'NEAR(', ') OR', 'militia OR', 'AND', 'NOT', '(', ')', '-', '^', ':', 'title:militia',
  "'; DROP TABLE documents; --", '\\', '%', '_', '\u0000', '!!!', '&|!<->', 'militia" OR "1"="1',
  '', '   ', 'a'.repeat(5000), 'word '.repeat(500),
];
