/**
 * Internal to the store: how a Document is laid out in rows, shared by the SQLite and the
 * PostgreSQL backends so both read back exactly what was written.
 */
import type { Document, Layers } from '../core/types.ts';

/** A `documents` row as both backends return it. */
export interface DocRow {
  id: string;
  source: string;
  content_hash: string;
  format: string;
  raw: string;
  text: string;
  meta_json: string;
}

/** Rebuilds a Document from its row (metadata, offsets and removals live in `meta_json`). */
export function toDocument(row: DocRow, layers: Layers): Document {
  const m = JSON.parse(row.meta_json);
  return {
    id: row.id,
    source: row.source,
    contentHash: row.content_hash,
    format: row.format as Document['format'],
    raw: row.raw,
    text: row.text,
    offsets: m.offsets ?? [],
    removed: m.removed ?? [],
    meta: m.meta,
    layers,
  };
}

/**
 * Each defined layer as `[name, json]`. Throws (before anything is written) when a layer
 * cannot be serialised, e.g. it holds a BigInt or a cycle.
 */
export function layerRows(layers: Layers): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [name, layer] of Object.entries(layers)) {
    if (layer === undefined) continue;
    const json = JSON.stringify(layer);
    if (json === undefined) throw new TypeError(`layer ${name} cannot be stored as JSON`);
    out.push([name, json]);
  }
  return out;
}

/**
 * Layers read back from their JSON, each parsed the first time it is read: building the
 * situation over ten thousand documents never pays for layers it does not look at (tokens).
 * The object behaves like a plain one (keys, spread, JSON.stringify, deepEqual all work).
 */
export function lazyLayers(rows: Iterable<{ name: string; json: string }>): Layers {
  const layers: Layers = {};
  for (const { name, json } of rows) {
    Object.defineProperty(layers, name, {
      enumerable: true,
      configurable: true,
      get() {
        const value = JSON.parse(json);
        Object.defineProperty(layers, name, { value, enumerable: true, configurable: true, writable: true });
        return value;
      },
      set(value: unknown) {
        Object.defineProperty(layers, name, { value, enumerable: true, configurable: true, writable: true });
      },
    });
  }
  return layers;
}

/** The bytes of a signature (platform byte order, as read back by `signatureFromBytes`). */
export function signatureBytes(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

/** A signature from its stored bytes, copied so it is aligned and owns its memory. */
export function signatureFromBytes(b: Buffer): Uint32Array {
  return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

