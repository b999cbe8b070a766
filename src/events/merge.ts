/**
 * Merges the events told by several reports (and several times in one report) into one event
 * with evidence from each: see cluster.ts for when two mentions are the same event. Republished
 * copies add evidence but not independent sources. Only asserted events with a named participant
 * are exported.
 */
import type { SituationEvent, Timex } from '../core/types.ts';
import type { BuildContext, EntityResolution } from '../situation/context.ts';
import { independentSources } from '../situation/context.ts';
import { collectRefs, clusterRefs, strongEntities, type Cluster } from './cluster.ts';

/** The most frequent value (ties: the first seen, or the longer string when `preferLong`). */
/** The toll most reports give; on a tie the higher one (tolls grow as reports learn more). */
function tollOf(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best == null || n > counts.get(best)! || (n === counts.get(best)! && v > best)) best = v;
  return best;
}

function mode<T>(values: T[], preferLong = false): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  for (const [v, n] of counts) {
    const bn = best == null ? -1 : counts.get(best)!;
    if (n > bn || (n === bn && preferLong && String(v).length > String(best).length)) best = v;
  }
  return best;
}

/** How many tellings give each entity a role. */
function support(lists: string[][]): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of lists) for (const x of new Set(l)) out.set(x, (out.get(x) ?? 0) + 1);
  return out;
}

/**
 * A merged event's actors and targets are those its tellings support, not the union of every name
 * near every mention: each entity takes the role most tellings give it (actor on a tie), and a
 * role keeps the entities named in it at least half as often as its best-supported one.
 */
export function supportedRoles(refs: Array<{ actors: string[]; targets: string[] }>): { actors: string[]; targets: string[] } {
  const asActor = support(refs.map((r) => r.actors));
  const asTarget = support(refs.map((r) => r.targets));
  const keep = (mine: Map<string, number>, other: Map<string, number>, tieMine: boolean) => {
    const own = [...mine].filter(([x, n]) => n > (other.get(x) ?? 0) || (tieMine && n === (other.get(x) ?? 0)));
    const top = Math.max(0, ...own.map(([, n]) => n));
    return own.filter(([, n]) => 2 * n >= top).map(([x]) => x);
  };
  const actors = keep(asActor, asTarget, true);
  const targets = keep(asTarget, asActor, false).filter((x) => !actors.includes(x));
  return { actors, targets };
}

function toEvent(ctx: BuildContext, c: Cluster, id: string): SituationEvent {
  const evs = c.refs.map((r) => r.ev);
  // the most specific code told (195 drone attack over 190 attack), else the most frequent
  const codes = evs.map((e) => e.cameo);
  const cameo = mode(codes.filter((c) => !c.endsWith('0')), true) ?? mode(codes, true)!;
  const firm = c.refs.some((r) => !r.fuzzy && r.ev.date) ? c.refs.filter((r) => !r.fuzzy) : c.refs;
  const days = firm.map((r) => r.ev.date).filter((d): d is string => !!d && d.length === (c.date?.length ?? 0));
  const date = mode(days) ?? c.date;
  const dated = c.refs.filter((r) => r.ev.date === date);
  const dateRef = dated[0];
  const timex = dateRef && dateRef.ev.timex != null ? ((ctx.docById.get(dateRef.doc)?.layers.timexes as Timex[] | undefined) ?? [])[dateRef.ev.timex] : undefined;
  const { actors, targets } = supportedRoles(c.refs);
  const locations = [...new Set(c.refs.flatMap((r) => r.locations))];
  const casualtyText = [...new Set(evs.map((e) => e.casualtyText).filter((x): x is string => !!x))];
  const sources = independentSources(ctx, c.refs.map((r) => r.doc));
  return {
    id,
    type: evs.find((e) => e.cameo === cameo)!.type,
    cameo,
    date,
    dateText: dateRef?.ev.dateText ?? null,
    actors,
    targets,
    locations,
    killed: tollOf(evs.map((e) => e.killed).filter((k): k is number => k != null)),
    wounded: tollOf(evs.map((e) => e.wounded).filter((k): k is number => k != null)),
    evidence: c.refs.flatMap((r) => r.ev.evidence.map((s) => ({ doc: r.doc, start: s.start, end: s.end }))),
    instrument: mode(evs.map((e) => e.instrument).filter((x): x is string => !!x)),
    ...(casualtyText.length ? { casualtyText } : {}),
    sources,
    singleSource: sources.length === 1,
    ...(timex ? { dateRule: timex.why.rule } : dateRef?.ev.dateRule ? { dateRule: dateRef.ev.dateRule } : {}),
    why: [...evs.map((e) => e.why), ...c.joins.map((note) => ({ rule: 'merge-same-event', note }))],
  };
}

/** One SituationEvent per real event, ordered by date (undated last). */
export function mergeEvents(ctx: BuildContext, ents: EntityResolution): SituationEvent[] {
  const clusters = clusterRefs(collectRefs(ctx, ents), strongEntities(ents)).filter((c) => c.participants.size > 0);
  clusters.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  return clusters.map((c, i) => toEvent(ctx, c, `ev${i + 1}`));
}
