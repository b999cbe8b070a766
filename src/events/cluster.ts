/**
 * Grouping event mentions that tell the same event: same CAMEO root (the violent roots 18-20 go
 * together), compatible dates (equal, or one missing or coarser), at least one shared participant
 * (resolved entity) and no two disjoint sets of places. Dated mentions are placed first, so an
 * undated retelling joins the dated event it overlaps most.
 */
import type { EventMention, Timex } from '../core/types.ts';
import type { BuildContext, EntityResolution } from '../situation/context.ts';
import { datesCompatible, dayNumber } from '../dates/calendar.ts';
import { ClusterIndex, family, participantsOf, UNDATED_SPAN } from './cluster-index.ts';

/** One asserted event mention with its participants resolved to entity ids. */
export interface EventRef {
  doc: string;
  index: number;
  ev: EventMention;
  actors: string[];
  targets: string[];
  locations: string[];
  /** Dated by a rule that can be a day off ("at the weekend": Saturday or Sunday). */
  fuzzy: boolean;
  /** The report's publication date. */
  published: string | null;
  /** Index of the report's first dated asserted mention of the same kind (its lead event), if any. */
  lead?: number;
  /** Told in the past perfect ("who had asked"): an earlier event, retold from further back. */
  pastPerfect?: boolean;
  /** The countries its actors belong to (the first three letters of their actor codes: USA, IRN). */
  sides?: string[];
}

/** Mentions grouped as one event, with the reasons for each join. */
export interface Cluster {
  refs: EventRef[];
  date: string | null;
  participants: Set<string>;
  /** Who did it: for statements, threats and appeals the speaker singles the event out. */
  actors: Set<string>;
  /** The countries its actors belong to. */
  sides: Set<string>;
  locations: Set<string>;
  root: string;
  joins: string[];
  /** Kept with the members for quick tests: their reports, tolls and codes, and whether any date is fuzzy. */
  docs: Set<string>;
  tolls: Set<number>;
  cameos: Set<string>;
  fuzzy: boolean;
}

const rootOf = (cameo: string) => cameo.slice(0, 2);
const ids = (ents: EntityResolution, doc: string, idx: number[]) => [...new Set(idx.map((i) => ents.entityOf(doc, i)).filter((x): x is string => !!x))];

const nameIndexCache = new WeakMap<EntityResolution, Map<string, string>>();
const strongCache = new WeakMap<EntityResolution, Set<string>>();

/** Entity ids by lower-cased name and alias, places first (a country named by an adjective). */
export function entityNameIndex(ents: EntityResolution): Map<string, string> {
  const cached = nameIndexCache.get(ents);
  if (cached) return cached;
  const out = new Map<string, string>();
  nameIndexCache.set(ents, out);
  const ordered = [...ents.entities].sort((a, b) => Number(b.type === 'location') - Number(a.type === 'location'));
  for (const e of ordered) for (const n of [e.name, ...e.aliases]) if (!out.has(n.toLowerCase())) out.set(n.toLowerCase(), e.id);
  return out;
}

/** Entities that single an event out: people, organisations and facilities, not countries or cities. */
export function strongEntities(ents: EntityResolution): Set<string> {
  const cached = strongCache.get(ents);
  if (cached) return cached;
  const weak = new Set(['country', 'city', 'capital', 'region', 'water', 'state', 'province']);
  const out = new Set(ents.entities.filter((e) => e.type !== 'location' || !weak.has(e.subtype ?? '')).map((e) => e.id));
  strongCache.set(ents, out);
  return out;
}

/** The asserted event mentions of the given documents, participants resolved. */
export function collectRefs(ctx: BuildContext, ents: EntityResolution, docs = ctx.docs): EventRef[] {
  const out: EventRef[] = [];
  const byName = entityNameIndex(ents);
  const sideOf = new Map(ents.entities.filter((e) => e.code && e.code.length >= 3).map((e) => [e.id, e.code!.slice(0, 3)]));
  const named = (names: string[] | undefined) => (names ?? []).map((n) => byName.get(n.toLowerCase())).filter((x): x is string => !!x);
  for (const d of docs) {
    const evs = (d.layers.events as EventMention[] | undefined) ?? [];
    const leads = new Map<string, number>();
    evs.forEach((ev, index) => {
      const f = family(rootOf(ev.cameo));
      if (ev.modality === 'asserted' && ev.date && !leads.has(f)) leads.set(f, index);
    });
    evs.forEach((ev, index) => {
      if (ev.modality !== 'asserted') return;
      const actors = [...new Set([...ids(ents, d.id, ev.actors), ...named(ev.actorNames)])];
      const targets = [...new Set([...ids(ents, d.id, ev.targets), ...named(ev.targetNames)])].filter((x) => !actors.includes(x));
      const rule = ev.timex != null ? ((d.layers.timexes as Timex[] | undefined) ?? [])[ev.timex]?.why.rule ?? '' : '';
      const pastPerfect = /^had\s/i.test(d.text.slice(ev.trigger.start, ev.trigger.end)) || /\bhad\s+(?:[\w'’-]+\s+){0,3}$/i.test(d.text.slice(Math.max(0, ev.trigger.start - 30), ev.trigger.start));
      const sides = [...new Set(actors.map((a) => sideOf.get(a)).filter((x): x is string => !!x))];
      out.push({ doc: d.id, index, ev, actors, targets, locations: ids(ents, d.id, ev.locations), fuzzy: rule.startsWith('weekend'), published: d.meta.published.value, lead: leads.get(family(rootOf(ev.cameo))), pastPerfect, sides });
    });
  }
  return out;
}

const precision = (d: string | null) => (d ? d.length : 0);

/** Reports a day apart on the same toll at the same named place or actor (time zones, late-night events). */
function dayApart(c: Cluster, r: EventRef, strong: Set<string>): boolean {
  if (!c.date || !r.ev.date || c.date.length !== 10 || r.ev.date.length !== 10) return false;
  if (Math.abs(dayNumber(c.date) - dayNumber(r.ev.date)) > 1) return false;
  const toll = r.ev.killed != null && c.tolls.has(r.ev.killed);
  if (r.fuzzy || c.fuzzy) return participantsOf(r).some((p) => c.participants.has(p));
  return toll && participantsOf(r).some((p) => strong.has(p) && c.participants.has(p));
}

/** How far back (days) a past-perfect retelling of a day-dated event may reach ("who had asked"). */
const PAST_PERFECT_SPAN = 31;

/**
 * An undated retelling joins another report's event only when its report came out within two
 * weeks after it (45 days for a month, 380 for a year); an undated event only when one of its
 * reports came out within two weeks of the retelling's.
 */
function retellsRecent(c: Cluster, r: EventRef): boolean {
  if (!r.published) return true;
  if (!c.date) return c.refs.some((x) => !x.published || Math.abs(dayNumber(x.published) - dayNumber(r.published!)) <= UNDATED_SPAN);
  const from = c.date.length === 10 ? c.date : c.date.length === 7 ? `${c.date}-01` : `${c.date}-01-01`;
  const gap = dayNumber(r.published) - dayNumber(from);
  return gap >= 0 && gap <= (c.date.length === 10 ? (r.pastPerfect ? PAST_PERFECT_SPAN : UNDATED_SPAN) : c.date.length === 7 ? 45 : 380);
}

/**
 * True when `c` holds the first dated mention of r's kind in r's report, told before r: news
 * reports lead with their event and go on about it in sentences that repeat neither date nor names.
 */
function leadOf(c: Cluster, r: EventRef): boolean {
  return r.lead != null && r.lead < r.index && c.refs.some((x) => x.doc === r.doc && x.index === r.lead);
}

/**
 * Two sayings by different speakers are different events ("Biden decided how to respond", "Nujaba
 * vowed to fight on"), whatever countries they both name: outside violence, when both name their
 * actors and none is shared, only a shared specific name (a person, group or facility they are
 * about) lets them be one.
 */
function otherSpeakers(family: string, actorsA: Iterable<string>, actorsB: Set<string>, shared: string[], strong: Set<string>): boolean {
  if (family === 'violence' || !actorsB.size) return false;
  const a = [...actorsA];
  return a.length > 0 && !a.some((x) => actorsB.has(x)) && !shared.some((p) => strong.has(p));
}

/**
 * Outside violence, the same speaker saying the same kind of thing to or about the same party is
 * one event even when all are countries ("Iraq asked the United States to restrain Israel").
 */
function sameParties(c: Cluster, r: EventRef, shared: string[]): boolean {
  if (family(c.root) === 'violence' || !r.actors.some((a) => c.actors.has(a))) return false;
  return shared.some((p) => !r.actors.includes(p) && !c.actors.has(p));
}

/** Outside violence, sayings by actors of different countries (Israel's leader, Iran's guards) are not one. */
function otherSides(c: Cluster, r: EventRef): boolean {
  if (family(c.root) === 'violence' || !r.sides?.length || !c.sides.size) return false;
  return !r.sides.some((x) => c.sides.has(x));
}

/** How well a mention fits a cluster (null when it cannot join). */
export function fit(c: Cluster, r: EventRef, strong: Set<string>, ignoreDates = false): { score: number; why: string } | null {
  if (family(rootOf(r.ev.cameo)) !== family(c.root)) return null;
  if (!ignoreDates && !datesCompatible(c.date, r.ev.date) && !dayApart(c, r, strong)) return null;
  if (!r.ev.date && !ignoreDates && !c.docs.has(r.doc) && !retellsRecent(c, r)) return null;
  const shared = participantsOf(r).filter((p) => c.participants.has(p));
  if (!shared.length) {
    const sameDoc = c.docs.has(r.doc);
    const unnamed = !participantsOf(r).length || !c.participants.size;
    const sameKind = c.cameos.has(r.ev.cameo) || rootOf(r.ev.cameo) === c.root;
    if (!r.ev.date && sameDoc && sameKind && leadOf(c, r) && !otherSides(c, r)) return { score: 0.25, why: `undated, goes on about the event its report opens with (${c.date})` };
    if (!(sameDoc && unnamed && sameKind && (c.date ? datesCompatible(c.date, r.ev.date) && !!r.ev.date : !!r.ev.date))) return null;
    return { score: 0.3, why: `same report, same kind, compatible dates ${c.date ?? ''} / ${r.ev.date}; one of them names no participant` };
  }
  if (otherSpeakers(family(c.root), r.actors, c.actors, shared, strong)) return null;
  if (r.locations.length && c.locations.size && !r.locations.some((l) => c.locations.has(l) || c.participants.has(l))) {
    if (!shared.some((p) => !c.locations.has(p))) return null;
  }
  const sameDay = !!c.date && c.date.length === 10 && r.ev.date === c.date;
  const sameToll = r.ev.killed != null && c.tolls.has(r.ev.killed);
  const sameReport = c.docs.has(r.doc);
  // a month-dated retelling ("earlier this month a drone killed ...") may join on its weapon and a shared place
  const sameWeapon = !!r.ev.instrument && c.refs.some((x) => x.ev.instrument === r.ev.instrument);
  const vague = !!r.ev.date && r.ev.date.length < 10 && !!c.date && c.date.length === 10;
  const parties = sameParties(c, r, shared);
  if (!sameDay && !sameToll && !sameReport && !(sameWeapon && vague) && !parties && !ignoreDates && !shared.some((p) => strong.has(p))) return null;
  let score = shared.length;
  if ((r.ev.killed != null && c.tolls.has(r.ev.killed))) score += 1;
  if (c.cameos.has(r.ev.cameo)) score += 0.5;
  if (c.date && r.ev.date === c.date) score += 1;
  // the same weapon ("a drone killed one" with the drone strike rather than the air raids)
  if (sameWeapon) score += 1;
  // an undated sentence goes on about the event its own report dates ("Iran's army said four soldiers were killed")
  if (!r.ev.date && sameReport) score += 2;
  return { score, why: `shares ${shared.join(', ')}; dates ${r.ev.date ?? 'none'} / ${c.date ?? 'none'}` };
}

function add(c: Cluster, r: EventRef, why: string | null): void {
  c.refs.push(r);
  c.docs.add(r.doc);
  if (r.ev.killed != null) c.tolls.add(r.ev.killed);
  c.cameos.add(r.ev.cameo);
  c.fuzzy ||= r.fuzzy;
  if (why) c.joins.push(`${r.doc}#${r.index}: ${why}`);
  for (const p of participantsOf(r)) c.participants.add(p);
  for (const a of r.actors) c.actors.add(a);
  for (const x of r.sides ?? []) c.sides.add(x);
  for (const l of r.locations) c.locations.add(l);
  if (precision(r.ev.date) > precision(c.date)) c.date = r.ev.date;
}


/** A date read from the report's publication, not from words of its own: it yields to an event other words date. */
const soft = (r: EventRef) => !!r.ev.dateRule && r.ev.timex == null;
const undatedCopy = (r: EventRef): EventRef => ({ ...r, ev: { ...r.ev, date: null, dateRule: undefined } });

function bestFit(index: ClusterIndex, r: EventRef, strong: Set<string>): { c: Cluster; score: number; why: string } | null {
  let best: { c: Cluster; score: number; why: string } | null = null;
  for (const c of index.candidates(r.ev.cameo.slice(0, 2), r.ev.date, [r])) {
    const f = fit(c, r, strong);
    if (f && (!best || f.score > best.score)) best = { c, ...f };
  }
  return best;
}

/**
 * Groups mentions into events: the most precisely dated first, each joining its best fit. A
 * mention dated only by its report's publication goes after the dated ones: it first tries to
 * join an event as an undated retelling would, and keeps its date only when it joins none.
 */
export function clusterRefs(refs: EventRef[], strong: Set<string>): Cluster[] {
  const rank = (r: EventRef) => (soft(r) ? 0.5 : precision(r.ev.date));
  const order = [...refs].sort((a, b) => rank(b) - rank(a));
  const clusters: Cluster[] = [];
  const index = new ClusterIndex(strong);
  for (let r of order) {
    let best = null;
    if (soft(r)) {
      const undated = undatedCopy(r);
      best = bestFit(index, undated, strong);
      if (best) r = undated;
    }
    best ??= bestFit(index, r, strong);
    if (best) {
      add(best.c, r, best.why);
      index.file(best.c, r);
    } else {
      const c: Cluster = { refs: [], date: null, participants: new Set(), actors: new Set(), sides: new Set(), locations: new Set(), root: rootOf(r.ev.cameo), joins: [], docs: new Set(), tolls: new Set(), cameos: new Set(), fuzzy: false };
      add(c, r, null);
      clusters.push(c);
      index.file(c, r);
    }
  }
  return joinClusters(clusters, strong);
}

/** Two grown clusters tell one event: same kind, compatible dates, a shared name (a specific one unless the same day). */
function sameEvent(a: Cluster, b: Cluster, strong: Set<string>): boolean {
  if (family(a.root) !== family(b.root)) return false;
  const toll = [...a.tolls].some((k) => b.tolls.has(k));
  const near = !!a.date && !!b.date && a.date.length === 10 && b.date.length === 10 && Math.abs(dayNumber(a.date) - dayNumber(b.date)) <= 1;
  const fuzzy = a.fuzzy || b.fuzzy;
  if (!datesCompatible(a.date, b.date) && !(near && (toll || fuzzy))) return false;
  const shared = [...b.participants].filter((p) => a.participants.has(p));
  if (!shared.length || otherSpeakers(family(a.root), b.actors, a.actors, shared, strong)) return false;
  // an undated retelling only of an event its report could have known
  if (!b.date && !b.refs.every((r) => retellsRecent(a, r))) return false;
  if (!a.date && !a.refs.every((r) => retellsRecent(b, r))) return false;
  const sameDay = !!a.date && a.date.length === 10 && a.date === b.date;
  return sameDay || toll || (near && fuzzy) || shared.some((p) => strong.has(p));
}

/** Second pass: clusters that grew into the same event become one. */
function joinClusters(clusters: Cluster[], strong: Set<string>): Cluster[] {
  const out: Cluster[] = [];
  const index = new ClusterIndex(strong);
  for (const c of clusters) {
    const into = index.candidates(c.root, c.date, c.refs).find((o) => o !== c && sameEvent(o, c, strong));
    if (into) {
      const dated = into.date;
      for (const r of c.refs) add(into, r, `joined with the event of ${into.date ?? 'no date'}: ${r.ev.type}`);
      if (into.date !== dated) index.file(into, null);
      else for (const r of c.refs) index.file(into, r);
    } else {
      out.push(c);
      index.file(c, null);
    }
  }
  return out;
}
