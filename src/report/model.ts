/**
 * What the situation report says, independent of its format: the headline, the timeline, the
 * actors and their relations, who said what, contradictions, single-source items and the
 * sources. Every statement carries citation numbers; each citation is one span of one report,
 * listed under its document in the sources. All text here is plain (untrusted) text: the
 * renderers escape it.
 */
import type { DocSpan, Situation, SituationEvent } from '../core/types.ts';

/** One sentence of the report and the citations that support it. */
export interface Statement {
  text: string;
  cites: number[];
  /** Extra emphasis: a contradiction or a single-source item. */
  flag?: 'contradiction' | 'single-source';
}

export interface Citation {
  n: number;
  doc: string;
  excerpt: string;
}

export interface SourceEntry {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  source: string;
  duplicateOf: string | null;
  citations: Citation[];
}

export interface TimelineEntry extends Statement {
  date: string | null;
  eventId: string;
}

export interface ReportModel {
  title: string;
  generatedAt: string;
  headline: Statement[];
  timeline: TimelineEntry[];
  actors: Array<{ id: string; name: string; type: string; aliases: string[]; mentions: number; relations: Statement[] }>;
  claims: Array<{ speaker: string; statements: Statement[] }>;
  contradictions: Statement[];
  singleSource: Statement[];
  sources: SourceEntry[];
  /** The situation itself, for the drawings. */
  situation: Situation;
}

const MAX_CITES = 3;
const EXCERPT_MAX = 240;

/** Builds the report's content from the situation. */
export function reportModel(s: Situation): ReportModel {
  const name = new Map(s.entities.map((e) => [e.id, e.name]));
  const doc = new Map(s.documents.map((d) => [d.id, d]));
  const cites = new Map<string, Citation>();
  const cite = (spans: DocSpan[]): number[] => {
    const out: number[] = [];
    const seenDocs = new Set<string>();
    for (const sp of spans) {
      if (out.length >= MAX_CITES) break;
      const d = doc.get(sp.doc);
      if (!d || seenDocs.has(sp.doc)) continue;
      seenDocs.add(sp.doc);
      const key = `${sp.doc}:${sp.start}:${sp.end}`;
      let c = cites.get(key);
      if (!c) {
        let excerpt = d.text.slice(sp.start, sp.end).replace(/\s+/g, ' ').trim();
        if (excerpt.length > EXCERPT_MAX) excerpt = excerpt.slice(0, EXCERPT_MAX - 1) + '…';
        c = { n: cites.size + 1, doc: sp.doc, excerpt };
        cites.set(key, c);
      }
      out.push(c.n);
    }
    return out;
  };
  const names = (ids: string[]) => ids.map((id) => name.get(id) ?? id);
  const eventText = (e: SituationEvent) => {
    const who = names(e.actors).join(', ');
    const whom = names(e.targets).join(', ');
    const where = names(e.locations).join(', ');
    let t = `${who ? who + ': ' : ''}${e.type}`;
    if (whom) t += ` against ${whom}`;
    if (where) t += ` in ${where}`;
    const toll = [e.killed != null ? `${e.killed} killed` : '', e.wounded != null ? `${e.wounded} wounded` : ''].filter(Boolean).join(', ');
    if (toll) t += ` (${toll})`;
    return t;
  };
  const docsOf = (e: SituationEvent) => new Set([...e.evidence.map((x) => x.doc), ...(e.sources ?? [])]).size;

  const sortedEvents = [...s.events].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
  const timeline: TimelineEntry[] = sortedEvents.map((e) => ({
    date: e.date, eventId: e.id, text: eventText(e), cites: cite(e.evidence),
    flag: e.singleSource ? 'single-source' : undefined,
  }));

  const dates = s.documents.map((d) => d.published).filter((d): d is string => Boolean(d)).sort();
  const outlets = new Set(s.documents.map((d) => d.outlet).filter(Boolean));
  const headline: Statement[] = [{
    text: `${s.documents.length} reports from ${outlets.size} outlets` +
      (dates.length ? `, published ${dates[0]} to ${dates[dates.length - 1]}` : '') +
      `: ${s.events.length} events, ${s.entities.length} actors and places, ${s.claims.length} claims, ${s.contradictions.length} contradictions.`,
    cites: [],
  }];
  const key = [...s.events].sort((a, b) => docsOf(b) - docsOf(a) || (b.killed ?? 0) - (a.killed ?? 0)).slice(0, 5);
  for (const e of key) headline.push({ text: `${e.date ?? 'undated'}: ${eventText(e)}, told by ${docsOf(e)} report(s).`, cites: cite(e.evidence) });
  const players = s.entities.filter((e) => e.type !== 'location').sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 8);
  if (players.length) headline.push({ text: `Most involved: ${players.map((e) => e.name).join(', ')}.`, cites: [] });

  const actorList = s.entities
    .filter((e) => e.type !== 'location' || s.relations.some((r) => r.subject === e.id))
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .slice(0, 30);
  const actors = actorList.map((e) => ({
    id: e.id, name: e.name, type: e.subtype ? `${e.type}, ${e.subtype}` : e.type, aliases: e.aliases.filter((a) => a !== e.name), mentions: e.mentions.length,
    relations: s.relations.filter((r) => r.subject === e.id).map((r) => ({
      text: `${e.name} ${r.predicate.replace(/_/g, ' ')} ${name.get(r.object) ?? r.object}`, cites: cite(r.evidence),
    })),
  }));

  const bySpeaker = new Map<string, Statement[]>();
  for (const c of s.claims) {
    const who = c.speaker ? name.get(c.speaker) ?? c.speaker : c.speakerText ?? 'unnamed source';
    const list = bySpeaker.get(who) ?? [];
    list.push({ text: `${c.kind}: “${c.text}”`, cites: cite(c.evidence), flag: c.singleSource ? 'single-source' : undefined });
    bySpeaker.set(who, list);
  }
  const claims = [...bySpeaker].map(([speaker, statements]) => ({ speaker, statements })).sort((a, b) => b.statements.length - a.statements.length);

  const itemSpans = (id: string): DocSpan[] =>
    s.events.find((e) => e.id === id)?.evidence ?? s.claims.find((c) => c.id === id)?.evidence ?? [];
  const contradictions = s.contradictions.map((c) => ({ text: c.note, cites: cite(c.items.flatMap((i) => itemSpans(i).slice(0, 1))), flag: 'contradiction' as const }));
  const singleSource = [
    ...s.events.filter((e) => e.singleSource).map((e) => ({ text: `Event: ${e.date ?? 'undated'}, ${eventText(e)}`, cites: cite(e.evidence), flag: 'single-source' as const })),
    ...s.claims.filter((c) => c.singleSource).map((c) => ({ text: `Claim by ${c.speaker ? name.get(c.speaker) : c.speakerText ?? 'unnamed'}: “${c.text}”`, cites: cite(c.evidence), flag: 'single-source' as const })),
  ];

  const all = [...cites.values()];
  const sources: SourceEntry[] = s.documents.map((d) => ({
    id: d.id, title: d.title, outlet: d.outlet, published: d.published, source: d.source, duplicateOf: d.duplicateOf,
    citations: all.filter((c) => c.doc === d.id).sort((a, b) => a.n - b.n),
  }));
  return { title: 'Situation report', generatedAt: s.generatedAt, headline, timeline, actors, claims, contradictions, singleSource, sources, situation: s };
}
