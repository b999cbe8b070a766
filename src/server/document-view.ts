/**
 * One report as the source reader shows it: the cleaned text and every extracted fact's spans,
 * each span tied to the entity, event, claim or relation it belongs to. Spans come from the
 * situation (mentions and evidence) and from the stored layers (event triggers, dates,
 * speakers), so a click on a span finds its fact and a click on a fact finds its spans.
 */
import type { Document, DocSpan, Span, SituationDocument } from '../core/types.ts';
import type { SituationIndex } from './situation-index.ts';

export type FactKind = 'entity' | 'event' | 'claim' | 'relation';

/** A highlighted span. `layer` says what it is; `ref` names the fact, when it has one. */
export interface HighlightSpan extends Span {
  layer: 'mention' | 'event' | 'trigger' | 'claim' | 'speaker' | 'relation' | 'timex';
  ref: { kind: FactKind; id: string } | null;
  label: string;
}

/** A fact named in the document, with a readable label. */
export interface FactSummary {
  kind: FactKind;
  id: string;
  label: string;
}

export interface DocumentView {
  document: SituationDocument;
  spans: HighlightSpan[];
  facts: FactSummary[];
}

const inDoc = (spans: DocSpan[], doc: string) => spans.filter((s) => s.doc === doc);
const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;

/** Builds the reader's view of one document. `stored` adds the per-report layers when present. */
export function documentView(ix: SituationIndex, document: SituationDocument, stored: Document | null): DocumentView {
  const id = document.id;
  const spans: HighlightSpan[] = [];
  const facts = new Map<string, FactSummary>();
  const name = (eid: string) => ix.entityById.get(eid)?.name ?? eid;
  const fact = (f: FactSummary) => facts.set(`${f.kind}:${f.id}`, f);
  const here = ix.byDoc(id);

  for (const e of here.entities) {
    for (const s of inDoc(e.mentions, id)) {
      spans.push({ start: s.start, end: s.end, layer: 'mention', ref: { kind: 'entity', id: e.id }, label: `${e.name} (${e.type})` });
      fact({ kind: 'entity', id: e.id, label: e.name });
    }
  }
  const eventSpans = new Map<string, DocSpan[]>();
  for (const ev of here.events) {
    const mine = inDoc(ev.evidence, id);
    if (!mine.length) continue;
    eventSpans.set(ev.id, mine);
    const who = [...ev.actors, ...ev.targets].map(name).slice(0, 3).join(', ');
    const label = `${ev.type}${ev.date ? ` on ${ev.date}` : ''}${who ? ` (${who})` : ''}`;
    for (const s of mine) spans.push({ start: s.start, end: s.end, layer: 'event', ref: { kind: 'event', id: ev.id }, label });
    fact({ kind: 'event', id: ev.id, label });
  }
  const claimSpans = new Map<string, DocSpan[]>();
  for (const c of here.claims) {
    const mine = inDoc(c.evidence, id);
    if (!mine.length) continue;
    claimSpans.set(c.id, mine);
    const label = `${c.speaker ? name(c.speaker) : c.speakerText ?? 'unnamed'}: ${c.kind}`;
    for (const s of mine) spans.push({ start: s.start, end: s.end, layer: 'claim', ref: { kind: 'claim', id: c.id }, label });
    fact({ kind: 'claim', id: c.id, label });
  }
  for (const r of here.relations) {
    const mine = inDoc(r.evidence, id);
    if (!mine.length) continue;
    const label = `${name(r.subject)} ${r.predicate.replace('_', ' ')} ${name(r.object)}`;
    for (const s of mine) spans.push({ start: s.start, end: s.end, layer: 'relation', ref: { kind: 'relation', id: r.id }, label });
    fact({ kind: 'relation', id: r.id, label });
  }
  if (stored) addLayerSpans(stored, spans, eventSpans, claimSpans);
  const max = document.text.length;
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= max && s.start < s.end);
  valid.sort((a, b) => a.start - b.start || b.end - a.end);
  return { document, spans: valid, facts: [...facts.values()] };
}

/** The finer spans only the stored layers know: triggers, dates and speakers. */
function addLayerSpans(doc: Document, spans: HighlightSpan[], eventSpans: Map<string, DocSpan[]>, claimSpans: Map<string, DocSpan[]>): void {
  const owner = (m: Map<string, DocSpan[]>, s: Span) => {
    for (const [fid, list] of m) if (list.some((e) => contains(e, s))) return fid;
    return null;
  };
  for (const ev of doc.layers.events ?? []) {
    const fid = owner(eventSpans, ev.trigger);
    spans.push({ ...pick(ev.trigger), layer: 'trigger', ref: fid ? { kind: 'event', id: fid } : null, label: `${ev.type} (trigger)` });
  }
  for (const t of doc.layers.timexes ?? []) {
    spans.push({ ...pick(t), layer: 'timex', ref: null, label: `date: ${t.value ?? 'unresolved'}` });
  }
  for (const c of doc.layers.claims ?? []) {
    if (!c.speakerSpan) continue;
    const fid = owner(claimSpans, c.content);
    spans.push({ ...pick(c.speakerSpan), layer: 'speaker', ref: fid ? { kind: 'claim', id: fid } : null, label: `speaker: ${c.speakerText ?? ''}` });
  }
}

const pick = (s: Span): Span => ({ start: s.start, end: s.end });
