/**
 * Builds the situation (shared/contract/situation.md) from analysed documents: documents with
 * their duplicate links, then entities, relations, events, claims and contradictions.
 */
import type { Document, Situation, SituationDocument } from '../core/types.ts';
import type { Decision, DuplicateLink } from '../store/store.ts';
import type { Resources } from '../core/pipeline.ts';
import type { BuildContext } from './context.ts';
import { resolveEntities } from '../entities/resolve.ts';
import { collectRelations } from '../relations/collect.ts';
import { mergeEvents } from '../events/merge.ts';
import { redateDocuments } from '../events/redate.ts';
import { collectClaims } from '../claims/collect.ts';
import { findContradictions } from '../claims/contradictions.ts';
import { outletReports } from '../claims/outlet-reports.ts';
import { orientDuplicates } from '../dedupe/orient.ts';

export interface BuildInput {
  docs: Document[];
  duplicates: DuplicateLink[];
  decisions: Decision[];
  resources: Resources;
  now?: Date;
}

/** Follows duplicate links to the first document of each chain. */
export function originals(links: DuplicateLink[]): Map<string, string> {
  const of = new Map(links.map((l) => [l.docId, l.ofId]));
  const out = new Map<string, string>();
  for (const id of of.keys()) {
    let cur = id;
    const seen = new Set<string>();
    while (of.has(cur) && !seen.has(cur)) {
      seen.add(cur);
      cur = of.get(cur)!;
    }
    out.set(id, cur);
  }
  return out;
}

export function buildContext(input: BuildInput): BuildContext {
  return {
    docs: input.docs,
    docById: new Map(input.docs.map((d) => [d.id, d])),
    originalOf: originals(input.duplicates),
    duplicates: input.duplicates,
    decisions: input.decisions,
    resources: input.resources,
  };
}

export function toSituationDocument(d: Document, duplicateOf: string | null, dupRule?: string): SituationDocument {
  return {
    id: d.id,
    source: d.source,
    title: d.meta.title.value,
    outlet: d.meta.outlet.value,
    published: d.meta.published.value,
    duplicateOf,
    text: d.text,
    url: d.meta.url,
    provenance: {
      title: d.meta.title.how,
      outlet: d.meta.outlet.how,
      published: d.meta.published.how,
      ...(duplicateOf ? { duplicateOf: { rule: dupRule ?? 'near-duplicate' } } : {}),
    },
  };
}

export function buildSituation(input: BuildInput): Situation {
  input = { ...input, duplicates: orientDuplicates(input.docs, input.duplicates) };
  const ents = resolveEntities(buildContext(input));
  // reports without a date get one inferred from the story, and their relative dates re-resolved
  const ctx = redateDocuments(buildContext(input), ents);
  const linkOf = new Map(input.duplicates.map((l) => [l.docId, l]));
  const documents = ctx.docs.map((d) => {
    const l = linkOf.get(d.id);
    return toSituationDocument(d, l ? l.ofId : null, l ? `${l.rule} (${l.score.toFixed(2)})` : undefined);
  });
  const relations = collectRelations(ctx, ents);
  const events = mergeEvents(ctx, ents);
  const claims = collectClaims(ctx, ents);
  claims.push(...outletReports(ctx, events, claims, ents.entities));
  const contradictions = findContradictions(ctx, events, claims, ents.entities);
  return {
    schema: 'sitrep.situation/1',
    generatedAt: (input.now ?? new Date()).toISOString(),
    documents,
    entities: ents.entities,
    relations,
    events,
    claims,
    contradictions,
  };
}
