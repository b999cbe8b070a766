/** What the corpus-level builders share: documents, duplicate links, decisions, resources. */
import type { Document, SituationEntity } from '../core/types.ts';
import type { Decision, DuplicateLink } from '../store/store.ts';
import type { Resources } from '../core/pipeline.ts';

export interface BuildContext {
  docs: Document[];
  docById: Map<string, Document>;
  /** docId → the document it repeats (republished copy), after following chains. */
  originalOf: Map<string, string>;
  duplicates: DuplicateLink[];
  decisions: Decision[];
  resources: Resources;
}

/** The result of cross-report entity resolution. */
export interface EntityResolution {
  entities: SituationEntity[];
  /** The entity a mention (by its index in the document's `mentions` layer) resolved to. */
  entityOf(docId: string, mention: number): string | null;
}

/** Folds republished copies into their original: the set of independent sources. */
export function independentSources(ctx: BuildContext, docIds: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const d of docIds) out.add(ctx.originalOf.get(d) ?? d);
  return [...out];
}
