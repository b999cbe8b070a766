/**
 * Gathers the claims of every report, resolves speakers and what each claim is about to
 * entities, merges the same claim told by several reports (same speaker and near-identical
 * words, or the same quote) and counts the independent sources behind each.
 */
import type { ClaimMention, DocSpan, Document, Provenance, SituationClaim, SituationEntity } from '../core/types.ts';
import type { BuildContext, EntityResolution } from '../situation/context.ts';
import { independentSources } from '../situation/context.ts';
import { claimText } from './extract.ts';
import { loadClaimsLexicon } from './lexicon.ts';
import { stancesOf, type Stance } from './stance.ts';

/** A claim with what merging and contradiction finding need besides the export fields. */
interface Draft {
  claim: SituationClaim;
  words: Set<string>;
  speakerKey: string;
}

const normName = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').replace(/^the /, '').trim();

/** The entity standing for a report's outlet, when the outlet is named among the entities. */
export function outletEntity(entities: SituationEntity[], outlet: string | null): string | null {
  if (!outlet) return null;
  const key = normName(outlet);
  const hit = entities.find((e) => e.type !== 'location' && [e.name, ...e.aliases].some((a) => normName(a) === key));
  return hit ? hit.id : null;
}

/** Content words of a claim, for similarity. */
export function claimWords(text: string): Set<string> {
  return new Set(normName(text).split(' ').filter((w) => w.length > 2));
}

/** Overlap of two word sets relative to the smaller one. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.min(a.size, b.size);
}

function draftOf(doc: Document, cm: ClaimMention, ents: EntityResolution, outletId: string | null, lexStance: ReturnType<typeof loadClaimsLexicon>['stance']): Draft {
  const parts = cm.parts ?? [cm.content];
  const text = claimText(doc.text, parts);
  let speaker = cm.speaker != null ? ents.entityOf(doc.id, cm.speaker) : null;
  if (cm.form === 'assessment') speaker = outletId;
  const about = [...new Set(cm.about.map((i) => ents.entityOf(doc.id, i)).filter((x): x is string => Boolean(x) && x !== speaker))];
  const affiliation = [...new Set((cm.affiliation ?? []).map((i) => ents.entityOf(doc.id, i)).filter((x): x is string => Boolean(x)))];
  const evidence: DocSpan[] = cm.evidence.map((s) => ({ doc: doc.id, start: s.start, end: s.end }));
  const byVerb = /kind: verb "/.test(cm.why.note ?? '');
  const denial = cm.kind === 'denial' && byVerb && /verb "(deny|reject|dismiss)"/.test(cm.why.note ?? '');
  const stances: Stance[] = stancesOf(text, lexStance, denial, byVerb ? cm.kind : null);
  const claim: SituationClaim = {
    id: '',
    speaker,
    speakerText: cm.speakerText,
    text,
    about,
    kind: cm.kind,
    evidence,
    form: cm.form,
    why: [{ rule: `claim:${cm.why.rule}`, note: cm.why.note }],
    ...(affiliation.length ? { affiliation } : {}),
    ...(stances.length ? { stances } : {}),
  };
  const speakerKey = speaker ?? `text:${normName(cm.speakerText ?? '')}`;
  return { claim, words: claimWords(text), speakerKey };
}

/** Whether two drafts tell the same claim, and how sure. */
function sameClaim(a: Draft, b: Draft, originalOf: Map<string, string>): Provenance | null {
  // one report's claims stay apart: merging tells the same claim across reports
  const docs = new Set(a.claim.evidence.map((e) => e.doc));
  if (b.claim.evidence.some((e) => docs.has(e.doc))) return null;
  const sim = overlap(a.words, b.words);
  const sizeRatio = Math.min(a.words.size, b.words.size) / Math.max(a.words.size, b.words.size);
  // a republished copy repeats its original's claims even when a pronoun was read differently
  const origins = new Set(a.claim.evidence.map((e) => originalOf.get(e.doc) ?? e.doc));
  if (b.claim.evidence.some((e) => origins.has(originalOf.get(e.doc) ?? e.doc)) && sim >= 0.85 && sizeRatio >= 0.6)
    return { rule: 'republished-copy', score: Number(sim.toFixed(2)) };
  if (a.speakerKey === b.speakerKey && sim >= 0.75 && sizeRatio >= 0.5) return { rule: 'same-speaker-same-words', score: Number(sim.toFixed(2)) };
  const oneUnresolved = a.claim.speaker == null || b.claim.speaker == null;
  if ((a.speakerKey === b.speakerKey || oneUnresolved) && sim >= 0.9 && sizeRatio >= 0.7 && Math.min(a.words.size, b.words.size) >= 5)
    return { rule: 'same-quote', score: Number(sim.toFixed(2)) };
  return null;
}

function absorb(into: Draft, d: Draft, why: Provenance): void {
  const c = into.claim;
  if (c.speaker == null && d.claim.speaker != null && why.rule !== 'republished-copy') {
    c.speaker = d.claim.speaker;
    c.speakerText = d.claim.speakerText;
    into.speakerKey = d.speakerKey;
  }
  c.evidence.push(...d.claim.evidence);
  c.about = [...new Set([...c.about, ...d.claim.about])].filter((x) => x !== c.speaker);
  if (d.claim.affiliation) c.affiliation = [...new Set([...(c.affiliation ?? []), ...d.claim.affiliation])];
  if (d.words.size > into.words.size) {
    c.text = d.claim.text;
    into.words = d.words;
  }
  c.why!.push({ ...why, note: `merged the same claim from ${d.claim.evidence[0].doc}` });
}

/** Every claim in the corpus, merged across reports, with its independent sources. */
export function collectClaims(ctx: BuildContext, ents: EntityResolution): SituationClaim[] {
  const lex = (ctx.resources.claimsLexicon as ReturnType<typeof loadClaimsLexicon> | undefined) ?? loadClaimsLexicon();
  const drafts: Draft[] = [];
  // Blocking, so merging stays near-linear: a claim is compared only with claims that could pass
  // sameClaim: the same speaker sharing one of its longest words, a copy of the same original
  // report, or (for an unresolved speaker) the same three longest words.
  const blocks = new Map<string, Set<Draft>>();
  const longest = (d: Draft) => [...d.words].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const keysOf = (d: Draft, doc: Document) => {
    const top = longest(d);
    return [
      ...top.slice(0, 4).map((w) => `s\u0000${d.speakerKey}\u0000${w}`),
      `o\u0000${ctx.originalOf.get(doc.id) ?? doc.id}`,
      `q\u0000${top.slice(0, 3).sort().join(' ')}`,
    ];
  };
  const outletIds = new Map<string | null, string | null>();
  for (const doc of ctx.docs) {
    const outlet = doc.meta.outlet.value;
    if (!outletIds.has(outlet)) outletIds.set(outlet, outletEntity(ents.entities, outlet));
    const outletId = outletIds.get(outlet)!;
    for (const cm of doc.layers.claims ?? []) {
      const d = draftOf(doc, cm, ents, outletId, lex.stance);
      const keys = keysOf(d, doc);
      let twin: Draft | null = null;
      let why: Provenance | null = null;
      search: for (const k of keys)
        for (const x of blocks.get(k) ?? []) if ((why = sameClaim(x, d, ctx.originalOf))) {
          twin = x;
          break search;
        }
      if (twin && why) absorb(twin, d, why);
      else drafts.push(d);
      const owner = twin ?? d;
      for (const k of keys) {
        let set = blocks.get(k);
        if (!set) blocks.set(k, (set = new Set()));
        set.add(owner);
      }
    }
  }
  return drafts.map((d, i) => {
    const c = d.claim;
    c.id = `c${i + 1}`;
    c.sources = independentSources(ctx, c.evidence.map((e) => e.doc));
    c.singleSource = c.sources.length === 1;
    return c;
  });
}
