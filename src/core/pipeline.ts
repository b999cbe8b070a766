/**
 * The per-report pipeline: an ordered list of stages, each a plain function
 * `(doc, resources) → layer` with a descriptor saying what it requires and assigns.
 * The runner checks the order once, before anything runs, and attaches each layer.
 */
import type { Document, Layers } from './types.ts';
import { SitrepError } from './errors.ts';

/** Everything a stage may read besides the document: dictionaries, lexicons, settings. */
export type Resources = Record<string, unknown>;

export interface Stage<K extends string = string> {
  /** Numbered name, e.g. `03-sentences`; the layer it assigns is `assigns`. */
  name: string;
  /** Bumped when the stage's output changes, so stored layers can be recomputed. */
  version: number;
  requires: string[];
  assigns: K;
  /**
   * A layer only later stages of the same report read (tokens): not stored, since it is cheaper
   * to recompute than to write and read back.
   */
  transient?: boolean;
  run(doc: Document, resources: Resources): unknown;
}

/** The layers worth storing: every layer but those of transient stages. */
export function storedLayers(layers: Layers, stages: Stage[]): Layers {
  const skip = new Set(stages.filter((s) => s.transient).map((s) => s.assigns));
  if (!skip.size) return layers;
  return Object.fromEntries(Object.entries(layers).filter(([name]) => !skip.has(name)));
}

/** Throws when a stage requires a layer no earlier stage assigns (or the document lacks). */
export function checkOrder(stages: Stage[], given: string[] = []): void {
  const have = new Set(given);
  for (const s of stages) {
    for (const r of s.requires) {
      if (!have.has(r)) throw new SitrepError('pipeline-order', `stage ${s.name} requires layer "${r}", which no earlier stage assigns`);
    }
    have.add(s.assigns);
  }
}

export interface RunOptions {
  /** Called after each stage, for --debug tracing. */
  trace?: (stage: Stage, layer: unknown, ms: number) => void;
}

/** Runs the stages over one document, attaching each layer under its `assigns` name. */
export function runPipeline(doc: Document, stages: Stage[], resources: Resources, opts: RunOptions = {}): Layers {
  for (const stage of stages) {
    const t0 = opts.trace ? performance.now() : 0;
    const layer = stage.run(doc, resources);
    doc.layers[stage.assigns] = layer;
    if (opts.trace) opts.trace(stage, layer, performance.now() - t0);
  }
  return doc.layers;
}

/** A fingerprint of the stage list, stored with each document's layers. */
export function pipelineVersion(stages: Stage[]): string {
  return stages.map((s) => `${s.name}@${s.version}`).join(',');
}
