/**
 * `npm run bench [-- --n 10000 --only a,b,c --dir /tmp --timeout 1800 --cpu-prof DIR]`: ingests a synthetic corpus into
 * a fresh SQLite file and prints reports/second, CPU time, the time of each ingest step and memory for three pipelines:
 *   a) ingest + clean + metadata + dedupe (no stages)
 *   b) a + the stages up to entity mentions (20-mentions)
 *   c) the full pipeline, then the time to build the situation from the whole store.
 * Each runs in its own child process, so memory figures do not leak between them. The corpus is made
 * in batches of 100 reports whose CPU time is not counted (making it is not ingesting it).
 * `--cpu-prof DIR` writes each child's V8 CPU profile to DIR.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Sitrep, type StepTimings } from '../src/core/sitrep.ts';
import { STAGES } from '../src/pipeline/stages.ts';
import { generateReports, type SyntheticReport } from './generate.ts';
import { resolveEntities } from '../src/entities/resolve.ts';
import { buildContext } from '../src/situation/build.ts';

type Config = 'a' | 'b' | 'c';
const LABEL: Record<Config, string> = {
  a: 'ingest + clean + dedupe',
  b: '+ entities (stages to 20-mentions)',
  c: 'full pipeline',
};
const TARGET: Record<Config, number> = { a: 1000, b: 300, c: 150 };

interface Result {
  config: Config;
  n: number;
  seconds: number;
  perSecond: number;
  /** CPU time of the process (user + system) while ingesting: the figure that holds on a busy machine. */
  cpuSeconds: number;
  systemSeconds: number;
  perCpuSecond: number;
  /** CPU time spent making the synthetic corpus, left out of cpuSeconds. */
  generatorCpuSeconds: number;
  /** Wall time per report of each ingest step, in microseconds. */
  stepsUs: Record<string, number>;
  loadAverage: number;
  peakRssMb: number;
  peakHeapMb: number;
  checkpoints: Array<{ pct: number; rssMb: number; heapMb: number }>;
  duplicates: { found: number; planted: number; plantedFound: number };
  situationSeconds?: number;
  /** Run b: cross-report entity resolution over the whole store (resolveEntities). */
  resolve?: { seconds: number; entities: number; mentions: number };
  stages: string[];
}

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : dflt;
};
const mb = (b: number) => Math.round((b / 1048576) * 10) / 10;

/** The corpus in batches of 100, adding the CPU time spent making them to `cpu.seconds`. */
function* timedCorpus(n: number, cpu: { seconds: number }): Generator<SyntheticReport> {
  const reports = generateReports(n);
  for (;;) {
    const c0 = process.cpuUsage();
    const batch: SyntheticReport[] = [];
    for (let r = reports.next(); !r.done; r = reports.next()) if (batch.push(r.value) === 100) break;
    const used = process.cpuUsage(c0);
    cpu.seconds += (used.user + used.system) / 1e6;
    if (!batch.length) return;
    yield* batch;
  }
}

function stagesFor(c: Config) {
  if (c === 'a') return [];
  if (c === 'b') return STAGES.filter((s) => s.name <= '20-mentions');
  return STAGES;
}

async function runChild(config: Config, n: number, base: string): Promise<Result> {
  const dir = mkdtempSync(join(base, 'sitrep-bench-'));
  process.stdout.write(`DIR ${dir}\n`);
  const stages = stagesFor(config);
  const s = await Sitrep.open({ db: join(dir, 'bench.db'), stages });
  let peakRss = 0;
  let peakHeap = 0;
  const checkpoints: Result['checkpoints'] = [];
  const marks = new Set([0.25, 0.5, 0.75, 1].map((p) => Math.round(n * p)));
  const ids: string[] = [];
  let found = 0;
  let planted = 0;
  let plantedFound = 0;
  const generator = { seconds: 0 };
  const timings: StepTimings = {};
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let i = 0;
  for (const { report, copyOf } of timedCorpus(n, generator)) {
    const ev = await s.ingestOne(report, timings);
    ids.push(ev.kind === 'rejected' ? '' : ev.id);
    if (ev.kind === 'stored' && ev.duplicateOf) found++;
    if (copyOf !== null) {
      planted++;
      if (ev.kind === 'stored' && ev.duplicateOf) plantedFound++;
    }
    i++;
    if (i % 100 === 0 || marks.has(i)) {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
      if (marks.has(i)) checkpoints.push({ pct: Math.round((i / n) * 100), rssMb: mb(m.rss), heapMb: mb(m.heapUsed) });
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6 - generator.seconds;
  const result: Result = {
    config,
    n,
    seconds,
    perSecond: n / seconds,
    cpuSeconds,
    systemSeconds: cpu.system / 1e6,
    perCpuSecond: n / cpuSeconds,
    generatorCpuSeconds: generator.seconds,
    stepsUs: Object.fromEntries(Object.entries(timings).map(([k, ms]) => [k, Math.round((ms * 1000) / n)])),
    loadAverage: loadavg()[0],
    peakRssMb: mb(peakRss),
    peakHeapMb: mb(peakHeap),
    checkpoints,
    duplicates: { found, planted, plantedFound },
    stages: stages.map((x) => x.name),
  };
  // The ingest figures first, so they survive a corpus-level step that runs past --timeout.
  process.stdout.write(`INGEST ${JSON.stringify(result)}\n`);
  if (config === 'b') {
    const docs = await s.store.allDocuments();
    const t1 = performance.now();
    const res = resolveEntities(buildContext({ docs, duplicates: [], decisions: [], resources: s.resources }));
    const mentions = res.entities.reduce((a, e) => a + e.mentions.length, 0);
    result.resolve = { seconds: (performance.now() - t1) / 1000, entities: res.entities.length, mentions };
  }
  if (config === 'c') {
    const t1 = performance.now();
    await s.situation();
    result.situationSeconds = (performance.now() - t1) / 1000;
  }
  await s.close();
  rmSync(dir, { recursive: true, force: true });
  return result;
}

function print(r: Result): void {
  const ok = r.perSecond >= TARGET[r.config] ? 'meets' : 'below';
  console.log(`\n(${r.config}) ${LABEL[r.config]}  [stages: ${r.stages.join(', ') || 'none'}]`);
  console.log(`    ${r.n} reports in ${r.seconds.toFixed(2)} s = ${Math.round(r.perSecond)} reports/s (${ok} the target of ${TARGET[r.config]}/s)`);
  console.log(`    CPU time ${r.cpuSeconds.toFixed(2)} s (system ${r.systemSeconds.toFixed(2)} s) = ${Math.round(r.perCpuSecond)} reports per CPU-second (load average ${r.loadAverage.toFixed(1)} at the end; making the corpus took ${r.generatorCpuSeconds.toFixed(2)} s more, not counted)`);
  console.log(`    per report (wall µs): ${Object.entries(r.stepsUs).map(([k, us]) => `${k} ${us}`).join(' · ')}`);
  console.log(`    peak memory: rss ${r.peakRssMb} MB, heap ${r.peakHeapMb} MB`);
  console.log(`    memory as the corpus grows: ${r.checkpoints.map((c) => `${c.pct}%: rss ${c.rssMb} MB / heap ${c.heapMb} MB`).join(' · ')}`);
  console.log(`    duplicates: ${r.duplicates.found} marked; ${r.duplicates.plantedFound} of ${r.duplicates.planted} planted copies found`);
  if (r.resolve) console.log(`    entity resolution over the whole store: ${r.resolve.seconds.toFixed(2)} s (${r.resolve.mentions} mentions → ${r.resolve.entities} entities)`);
  if (r.situationSeconds !== undefined) console.log(`    build situation over the whole store: ${r.situationSeconds.toFixed(2)} s`);
}

async function main(): Promise<void> {
  const n = Number(arg('--n', '10000'));
  const child = arg('--child', '');
  if (child) {
    const r = await runChild(child as Config, n, arg('--dir', tmpdir()));
    process.stdout.write(`RESULT ${JSON.stringify(r)}\n`);
    return;
  }
  const only = arg('--only', 'a,b,c').split(',').map((x) => x.trim()) as Config[];
  const base = arg('--dir', tmpdir());
  const timeoutS = Number(arg('--timeout', '1800'));
  const profileDir = arg('--cpu-prof', '');
  console.log(`sitrep bench: ${n} synthetic reports per run, one process each, a fresh SQLite file under ${base}`);
  const self = fileURLToPath(import.meta.url);
  for (const c of only) {
    if (!(c in LABEL)) {
      console.error(`unknown run "${c}" (use a, b, c)`);
      process.exitCode = 2;
      continue;
    }
    const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
    const p = spawnSync(process.execPath, [...profile, '--import', 'tsx', self, '--child', c, '--n', String(n), '--dir', base], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      timeout: timeoutS * 1000,
    });
    const lines = (p.stdout ?? '').split('\n');
    const dir = lines.find((l) => l.startsWith('DIR '))?.slice(4);
    if (dir) rmSync(dir, { recursive: true, force: true }); // left behind when the run was stopped
    const done = lines.find((l) => l.startsWith('RESULT '));
    const ingest = lines.find((l) => l.startsWith('INGEST '));
    if (!done && !ingest) {
      console.error(`run ${c} failed${p.error ? ` (${p.error.message})` : ''}:\n${(p.stderr ?? '').slice(-2000)}`);
      process.exitCode = 1;
      continue;
    }
    print(JSON.parse((done ?? ingest)!.slice(7)));
    if (!done) {
      console.log(`    the corpus-level step after ingestion did not finish within --timeout ${timeoutS} s (the run was stopped)`);
      process.exitCode = 1;
    }
  }
}

await main();
