/**
 * A synthetic, news-shaped corpus for the benchmark: reports built from bench/vocab.json with a
 * seeded random generator (same seed, same corpus), with page furniture, datelines, casualty
 * numbers, quotes, and some republished copies (trimmed, re-ordered) of earlier reports.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { RawReport } from '../src/core/types.ts';

type Vocab = Record<string, string[]> & { note: string };

const VOCAB: Vocab = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'vocab.json'), 'utf8'));

/** mulberry32: a small seeded generator. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticReport {
  report: RawReport;
  /** Index of the report this one republishes, or null. */
  copyOf: number | null;
}

/** Generates `n` reports; about `dupShare` of them republish an earlier one. */
export function* generateReports(n: number, seed = 7, dupShare = 0.1): Generator<SyntheticReport> {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
  const person = () => `${pick(VOCAB.firstNames)} ${pick(VOCAB.lastNames)}`;
  const fill = (s: string) => s.replace('{n}', String(int(1, 40))).replace('{m}', String(int(2, 60)));
  const bodies: string[][] = [];

  const thing = () => `the ${pick(VOCAB.adjectives)} ${pick(VOCAB.nouns)} ${pick(VOCAB.preps)} ${pick(VOCAB.places)}`;
  const detail = () => `${cap(pick(VOCAB.actors))} ${pick(VOCAB.verbsPast)} ${thing()} and ${pick(VOCAB.verbsPast)} ${int(2, 90)} ${pick(VOCAB.nouns)}s ${pick(VOCAB.timeWords)}.`;
  const sentence = (): string => {
    if (r() < 0.45) return detail();
    switch (int(0, 5)) {
      case 0:
        return `${cap(pick(VOCAB.groups))} ${pick(VOCAB.attackVerbs)} ${pick(VOCAB.targets)} near ${pick(VOCAB.places)} with ${pick(VOCAB.weapons)} ${pick(VOCAB.timeWords)}, ${fill(pick(VOCAB.consequences))}.`;
      case 1:
        return `"${pick(VOCAB.quoteStarts)} ${pick(VOCAB.quoteEnds)}," ${person()}, ${pick(VOCAB.roles)}, ${pick(VOCAB.sayVerbs)} ${pick(VOCAB.timeWords)}.`;
      case 2:
        return `${pick(VOCAB.analysisOpeners)} ${pick(VOCAB.analysisClaims)}, and that ${pick(VOCAB.states)} may respond in ${pick(VOCAB.places)}.`;
      case 3:
        return `${cap(pick(VOCAB.roles))} in ${pick(VOCAB.places)}, ${person()}, said ${pick(VOCAB.groups)} had ${int(100, 9000)} fighters and ${pick(VOCAB.weapons)} in the area since ${pick(VOCAB.months)} ${int(2019, 2024)}.`;
      case 4:
        return `Officials from ${pick(VOCAB.states)} and ${pick(VOCAB.states)} met in ${pick(VOCAB.places)} ${pick(VOCAB.timeWords)} to discuss ${pick(VOCAB.quoteEnds)}, ${person()} ${pick(VOCAB.sayVerbs)}.`;
      default:
        return `${cap(pick(VOCAB.timeWords))}, ${pick(VOCAB.weapons)} fell near ${pick(VOCAB.targets)} in ${pick(VOCAB.places)}, ${fill(pick(VOCAB.consequences))}, according to ${pick(VOCAB.roles)}.`;
    }
  };

  for (let i = 0; i < n; i++) {
    const outlet = pick(VOCAB.outlets);
    const month = int(1, 12);
    const day = int(1, 28);
    const date = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const headline = `${cap(pick(VOCAB.groups))} ${pick(VOCAB.attackVerbs)} ${pick(VOCAB.targets)} in ${pick(VOCAB.places)}`;
    let body: string[];
    let copyOf: number | null = null;
    if (i > 10 && r() < dupShare) {
      copyOf = int(Math.max(0, i - 2000), i - 1);
      const src = [...bodies[copyOf % bodies.length]];
      body = src.filter(() => r() < 0.75);
      if (body.length < 3) body = src.slice(0, 3);
      if (r() < 0.5) body.reverse();
    } else {
      body = Array.from({ length: int(6, 14) }, () => Array.from({ length: int(1, 3) }, sentence).join(' '));
    }
    bodies[i % 2000] = body;
    const lines = [headline, ''];
    if (r() < 0.5) lines.push(`Published: ${VOCAB.months[month - 1]} ${day}, 2024`, '');
    const paras = [...body];
    paras[0] = `${pick(VOCAB.places).toUpperCase()} (${outlet}) - ${paras[0]}`;
    for (const p of paras) {
      lines.push(p, '');
      if (r() < 0.12) lines.push(pick(VOCAB.furniture).replace('{headline}', headline), '');
    }
    if (r() < 0.5) lines.push(`Updated: ${VOCAB.months[month - 1]} ${String(day).padStart(2, '0')}, 2024, ${int(1, 12)}:${int(10, 59)} PM`);
    const raw = lines.join('\n');
    const hints = r() < 0.3 ? { url: `https://news.example/${date.replace(/-/g, '/')}/story-${i}` } : {};
    yield {
      report: { source: `synthetic/${i}.txt`, raw, contentHash: createHash('sha256').update(raw).digest('hex'), format: 'text', hints },
      copyOf,
    };
  }
}
