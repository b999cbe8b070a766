/**
 * The timeline view of a situation: dated events in date order, optionally only those an actor
 * takes part in, each with its participants, toll and sources (outlet and report id).
 */
import type { Situation, SituationEvent } from '../core/types.ts';

/** One timeline row: the event and the names and sources a reader needs. */
export interface TimelineEntry {
  event: SituationEvent;
  actors: string[];
  targets: string[];
  locations: string[];
  sources: Array<{ id: string; outlet: string | null; published: string | null }>;
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’`-]/g, ' ').replace(/\s+/g, ' ').trim();

/** The entity ids an actor filter names: every entity whose name or alias contains the words. */
export function entitiesNamed(s: Situation, words: string): Set<string> {
  const w = fold(words);
  return new Set(s.entities.filter((e) => [e.name, ...e.aliases].some((a) => fold(a).includes(w))).map((e) => e.id));
}

/** Dated events in order (equal dates: coarser first), filtered by actor when given. */
export function timeline(s: Situation, opts: { actor?: string } = {}): TimelineEntry[] {
  const name = new Map(s.entities.map((e) => [e.id, e.name]));
  const doc = new Map(s.documents.map((d) => [d.id, d]));
  const who = opts.actor ? entitiesNamed(s, opts.actor) : null;
  return s.events
    .filter((e) => e.date && (!who || [...e.actors, ...e.targets, ...e.locations].some((id) => who.has(id))))
    .sort((a, b) => a.date!.localeCompare(b.date!) || a.id.localeCompare(b.id))
    .map((event) => ({
      event,
      actors: event.actors.map((id) => name.get(id) ?? id),
      targets: event.targets.map((id) => name.get(id) ?? id),
      locations: event.locations.map((id) => name.get(id) ?? id),
      sources: [...new Set(event.evidence.map((sp) => sp.doc))].map((id) => ({ id, outlet: doc.get(id)?.outlet ?? null, published: doc.get(id)?.published ?? null })),
    }));
}

/** A readable block per event: date, type and CAMEO, who and where, toll, sources. */
export function formatTimeline(entries: TimelineEntry[]): string {
  return entries
    .map(({ event: e, actors, targets, locations, sources }) => {
      const toll = [e.killed != null ? `${e.killed} killed` : '', e.wounded != null ? `${e.wounded} wounded` : '', ...(e.casualtyText ?? [])].filter(Boolean).join(', ');
      const lines = [`${e.date!.padEnd(10)}  ${e.type} (CAMEO ${e.cameo})${e.dateText ? `  "${e.dateText}"` : ''}`];
      if (actors.length) lines.push(`            by: ${actors.join(', ')}`);
      if (targets.length) lines.push(`            against: ${targets.join(', ')}`);
      if (locations.length) lines.push(`            where: ${locations.join(', ')}`);
      if (toll) lines.push(`            toll: ${toll}`);
      const indep = e.sources?.length ?? sources.length;
      lines.push(`            sources (${indep} independent): ${sources.map((s) => `${s.outlet ?? 'unknown outlet'} [${s.id}]`).join('; ')}`);
      return lines.join('\n');
    })
    .join('\n');
}
