/** `sitrep analyze`: the main job. Ingests reports and prints a short summary of the situation. */
import type { Command } from '../command.ts';
import { Sitrep } from '../../core/sitrep.ts';
import type { Situation } from '../../core/types.ts';
import { INGEST_OPTIONS, inputsFrom, progress, readOptionsFrom, runIngest } from './ingest.ts';

/** A few lines a person reads at a glance: counts, the busiest actors, the first dated events. */
export function situationSummary(s: Situation): string {
  const lines: string[] = [];
  const dups = s.documents.filter((d) => d.duplicateOf).length;
  lines.push(`${s.documents.length} reports (${dups} republished copies), ${s.entities.length} actors and places, ` +
    `${s.events.length} events, ${s.relations.length} relations, ${s.claims.length} claims, ${s.contradictions.length} contradictions`);
  const top = [...s.entities].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 8);
  if (top.length) lines.push(`most named: ${top.map((e) => `${e.name} (${e.mentions.length})`).join(', ')}`);
  const dated = s.events.filter((e) => e.date).sort((a, b) => String(a.date).localeCompare(String(b.date)));
  if (dated.length) {
    const name = new Map(s.entities.map((e) => [e.id, e.name]));
    lines.push('timeline:');
    for (const e of dated.slice(0, 12)) {
      const who = [...e.actors, ...e.targets, ...e.locations].map((id) => name.get(id)).filter(Boolean).slice(0, 4).join(', ');
      lines.push(`  ${e.date}  ${e.type}${who ? ` (${who})` : ''}${e.killed != null ? `, ${e.killed} killed` : ''}`);
    }
  }
  for (const c of s.contradictions.slice(0, 5)) lines.push(`contradiction: ${c.note}`);
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
republished copies, the most named actors, the first events of the timeline and contradictions.
Then explore with 'sitrep timeline', 'sitrep entity NAME', 'sitrep report' or 'sitrep serve'.

example:
  sitrep analyze examples/reports`,
  async run({ values, positionals }, io) {
    const inputs = inputsFrom(values, positionals);
    readOptionsFrom(values, io);
    const bar = progress(io);
    const app = await Sitrep.open({ db: values.db as string, debug: values.debug ? bar.line : undefined });
    try {
      const summary = await runIngest(app, inputs, values, io, bar);
      if (!values.json && !values.quiet) io.out(situationSummary(await app.situation()));
      return summary.rejected.length ? 1 : 0;
    } finally {
      await app.close();
    }
  },
};
