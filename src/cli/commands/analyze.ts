/** `sitrep analyze`: the main job. Ingests reports and prints a short summary of the situation. */
import type { Command } from '../command.ts';
import type { Situation } from '../../core/types.ts';
import { INGEST_OPTIONS, ingestThen } from './ingest.ts';

/** Events and contradictions shown in the summary; the rest are counted and pointed to. */
const TIMELINE_LINES = 12;
const CONTRADICTION_LINES = 5;

/** How many reports tell an event: its independent sources, else its evidence spans. */
const support = (e: Situation['events'][number]): number => e.sources?.length ?? new Set(e.evidence.map((x) => x.doc)).size;

/** Contradictions reordered so the first of each kind comes before a second of any kind. */
function varied<T extends { kind?: string }>(items: T[]): T[] {
  const seen = new Map<string, number>();
  const rank = items.map((c) => {
    const k = c.kind ?? '';
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return n;
  });
  return items.map((c, i) => ({ c, r: rank[i], i })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.c);
}

/**
 * A few lines a person reads at a glance: counts, the most named actors, the best-supported
 * dated events in date order, and the first contradictions, each list saying what it left out.
 */
export function situationSummary(s: Situation): string {
  const lines: string[] = [];
  const dups = s.documents.filter((d) => d.duplicateOf).length;
  lines.push(`${s.documents.length} reports (${dups} republished copies), ${s.entities.length} actors and places, ` +
    `${s.events.length} events, ${s.relations.length} relations, ${s.claims.length} claims, ${s.contradictions.length} contradictions`);
  const top = s.entities.filter((e) => e.mentions.length).sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 8);
  if (top.length) lines.push(`most named: ${top.map((e) => `${e.name} (${e.mentions.length})`).join(', ')}`);
  const dated = s.events.filter((e) => e.date);
  if (dated.length) {
    const name = new Map(s.entities.map((e) => [e.id, e.name]));
    const shown = [...dated]
      .sort((a, b) => support(b) - support(a))
      .slice(0, TIMELINE_LINES)
      .sort((a, b) => String(a.date).localeCompare(String(b.date)));
    lines.push(dated.length > shown.length ? `timeline (the ${shown.length} best-supported of ${dated.length} dated events; more with 'sitrep timeline'):` : 'timeline:');
    for (const e of shown) {
      const who = [...new Set([...e.actors, ...e.targets, ...e.locations].map((id) => name.get(id)).filter(Boolean))].slice(0, 4).join(', ');
      const n = support(e);
      lines.push(`  ${e.date}  ${e.type}${who ? ` (${who})` : ''}${e.killed != null ? `, ${e.killed} killed` : ''}${n > 1 ? `, ${n} reports` : ''}`);
    }
  }
  for (const c of varied(s.contradictions).slice(0, CONTRADICTION_LINES)) lines.push(`contradiction: ${c.note}`);
  if (s.contradictions.length > CONTRADICTION_LINES) {
    lines.push(`  … and ${s.contradictions.length - CONTRADICTION_LINES} more: 'sitrep contradictions'`);
  }
  return lines.join('\n');
}

/** `sitrep analyze`: the README's main job. */
export const analyze: Command = {
  name: 'analyze',
  summary: 'ingest reports and print a summary of the situation (the main job)',
  usage: 'sitrep analyze <path | dir | glob | url | ->... [--db FILE]',
  options: INGEST_OPTIONS,
  details: `
Same inputs as 'sitrep ingest'. After ingesting, prints what sitrep found: reports and
republished copies, the most named actors, the best-supported dated events in date order and
the contradictions found (one of each kind first).
Then explore with 'sitrep timeline', 'sitrep entity NAME', 'sitrep report' or 'sitrep serve'.

example:
  sitrep analyze examples/reports`,
  run: ({ values, positionals }, io) =>
    ingestThen(values, positionals, io, async (app) => {
      if (!values.json && !values.quiet) io.out(situationSummary(await app.situation()));
    }),
};
