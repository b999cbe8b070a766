/**
 * The one core object. The CLI, the HTTP API, the web app and the tests all drive a `Sitrep`:
 * it owns the store, ingests reports through the pipeline and builds the situation.
 */
import { createHash } from 'node:crypto';
import type { Document, RawReport, Situation } from './types.ts';
import type { Stage, Resources } from './pipeline.ts';
import { checkOrder, pipelineVersion, runPipeline, storedLayers } from './pipeline.ts';
import { SitrepError } from './errors.ts';
import { situationDebugLines, stageDebugLines } from './debug.ts';
import type { Store } from '../store/store.ts';
import { openStore } from '../store/index.ts';
import { readInputs, DEFAULT_READ_OPTIONS, type ReadOptions } from '../ingest/read.ts';
import { cleanReport } from '../clean/clean.ts';
import { readMetadata } from '../clean/metadata.ts';
import { fingerprint, similarity, DUPLICATE_THRESHOLD } from '../dedupe/minhash.ts';
import { STAGES } from '../pipeline/stages.ts';
import { loadResources } from '../pipeline/resources.ts';
import { buildSituation } from '../situation/build.ts';
import { codeVersion } from './code-version.ts';

export interface SitrepOptions {
  /** `--db`: a SQLite file (default `./sitrep.db`) or a postgres:// URL. */
  db?: string;
  /** Per-report pipeline; defaults to the full one. */
  stages?: Stage[];
  /** Prints each stage's layer and each rule firing (`--debug`). */
  debug?: (line: string) => void;
}

/** What happened to one input during ingestion. */
export type IngestEvent =
  | { kind: 'stored'; source: string; id: string; duplicateOf: string | null; score?: number }
  | { kind: 'skipped'; source: string; id: string; reason: string }
  | { kind: 'rejected'; source: string; reason: string };

export interface IngestSummary {
  read: number;
  stored: number;
  duplicates: number;
  skipped: number;
  rejected: Array<{ input: string; reason: string }>;
  seconds: number;
}

export interface IngestOptions extends Partial<ReadOptions> {
  onEvent?: (e: IngestEvent) => void;
}

/**
 * Milliseconds spent in each step of ingesting a report, added up over reports (the bench
 * prints them): lookup, clean, metadata, stages, fingerprint, candidates, save.
 */
export type StepTimings = Record<string, number>;

/** Adds the time since `t0` to `timings[step]` and returns the time now. */
function lap(timings: StepTimings | undefined, step: string, t0: number): number {
  if (!timings) return 0;
  const t = performance.now();
  timings[step] = (timings[step] ?? 0) + (t - t0);
  return t;
}

/** A stable short id from the content hash. */
export const docIdOf = (contentHash: string): string => `d${contentHash.slice(0, 10)}`;

export class Sitrep {
  readonly store: Store;
  readonly stages: Stage[];
  readonly resources: Resources;
  private readonly debug?: (line: string) => void;

  private constructor(store: Store, opts: SitrepOptions) {
    this.store = store;
    this.stages = opts.stages ?? STAGES;
    checkOrder(this.stages, ['text']);
    this.resources = loadResources();
    this.debug = opts.debug;
  }

  static async open(opts: SitrepOptions = {}): Promise<Sitrep> {
    const store = await openStore(opts.db ?? './sitrep.db');
    return new Sitrep(store, opts);
  }

  get pipelineVersion(): string {
    return pipelineVersion(this.stages);
  }

  /** Cleans a raw report, reads its metadata and runs every stage: a complete Document. */
  analyze(report: RawReport, timings?: StepTimings): Document {
    let t = timings ? performance.now() : 0;
    const cleaned = cleanReport(report);
    t = lap(timings, 'clean', t);
    const meta = readMetadata(report, cleaned.text, cleaned.removed);
    t = lap(timings, 'metadata', t);
    const doc: Document = {
      id: docIdOf(report.contentHash),
      source: report.source,
      contentHash: report.contentHash,
      format: report.format,
      raw: report.raw,
      text: cleaned.text,
      offsets: cleaned.offsets,
      removed: cleaned.removed,
      meta,
      layers: {},
    };
    const debug = this.debug;
    runPipeline(doc, this.stages, this.resources, {
      trace: debug ? (stage, layer, ms) => stageDebugLines(doc, stage, layer, ms).forEach((l) => debug(l)) : undefined,
    });
    lap(timings, 'stages', t);
    return doc;
  }

  /** Analyses plain text given directly (tests, the web app's paste box). */
  analyzeText(text: string, source = 'text', hints: RawReport['hints'] = {}): Document {
    const contentHash = createHash('sha256').update(text).digest('hex');
    return this.analyze({ source, raw: text, contentHash, format: 'text', hints });
  }

  /** Reads, analyses and stores every input; one transaction per report. */
  async ingest(inputs: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
    const t0 = performance.now();
    const summary: IngestSummary = { read: 0, stored: 0, duplicates: 0, skipped: 0, rejected: [], seconds: 0 };
    const readOpts: ReadOptions = { ...DEFAULT_READ_OPTIONS, ...opts };
    const emit = opts.onEvent ?? (() => {});
    for await (const item of readInputs(inputs, readOpts)) {
      summary.read++;
      if ('rejected' in item) {
        summary.rejected.push({ input: item.input, reason: item.reason });
        emit({ kind: 'rejected', source: item.input, reason: item.reason });
        continue;
      }
      try {
        const ev = await this.ingestOne(item);
        if (ev.kind === 'stored') {
          summary.stored++;
          if (ev.duplicateOf) summary.duplicates++;
        } else if (ev.kind === 'skipped') summary.skipped++;
        emit(ev);
      } catch (e) {
        const reason = e instanceof SitrepError ? e.message : `analysis failed: ${(e as Error).message}`;
        summary.rejected.push({ input: item.source, reason });
        emit({ kind: 'rejected', source: item.source, reason });
      }
    }
    summary.seconds = (performance.now() - t0) / 1000;
    return summary;
  }

  /** Stores one raw report unless the same content is already stored; `timings` adds up each step's time. */
  async ingestOne(report: RawReport, timings?: StepTimings): Promise<IngestEvent> {
    let t = timings ? performance.now() : 0;
    const existing = await this.store.findByContentHash(report.contentHash);
    t = lap(timings, 'lookup', t);
    if (existing) return { kind: 'skipped', source: report.source, id: existing, reason: 'already stored (same content)' };
    const doc = this.analyze(report, timings);
    t = timings ? performance.now() : 0;
    const fp = fingerprint(doc.text);
    t = lap(timings, 'fingerprint', t);
    let best: { id: string; score: number } | null = null;
    const candidates = await this.store.dedupeCandidates(fp.bands);
    const signatures = candidates.length ? await this.store.getSignatures(candidates) : new Map<string, Uint32Array>();
    for (const cand of candidates) {
      const sig = signatures.get(cand);
      if (!sig) continue;
      const score = similarity(fp.signature, sig);
      if (score >= DUPLICATE_THRESHOLD && (!best || score > best.score)) best = { id: cand, score };
    }
    const duplicate = best ? { docId: doc.id, ofId: best.id, score: best.score, rule: 'minhash-lsh' } : null;
    t = lap(timings, 'candidates', t);
    const stored = { ...doc, layers: storedLayers(doc.layers, this.stages) };
    await this.store.saveDocument({ doc: stored, pipelineVersion: this.pipelineVersion, dedupe: fp, duplicate });
    lap(timings, 'save', t);
    return { kind: 'stored', source: doc.source, id: doc.id, duplicateOf: best ? best.id : null, score: best?.score };
  }

  /** The situation over everything stored, rebuilt when the store has changed. */
  async situation(): Promise<Situation> {
    const key = `situation:${await this.store.version()}:${this.pipelineVersion}:${codeVersion()}`;
    const cached = await this.store.getCache('situation');
    if (cached) {
      const { k, s } = JSON.parse(cached) as { k: string; s: Situation };
      if (k === key) return this.traced(s);
    }
    const s = buildSituation({
      docs: await this.store.allDocuments(),
      duplicates: await this.store.duplicateLinks(),
      decisions: await this.store.listDecisions(),
      resources: this.resources,
    });
    await this.store.setCache('situation', JSON.stringify({ k: key, s }));
    return this.traced(s);
  }

  /** With --debug, prints why each alias joined its entity and how duplicates were found. */
  private traced(s: Situation): Situation {
    if (this.debug) for (const line of situationDebugLines(s)) this.debug(line);
    return s;
  }

  async close(): Promise<void> {
    await this.store.close();
  }
}
