/**
 * `--debug` lines: one per rule firing, naming the report, the stage, the words and the rule,
 * and one per merge when the situation is built. Layers without reasons (sentences, tokens)
 * print their size only.
 */
import type { Document, Provenance, Situation, Span } from './types.ts';
import type { Stage } from './pipeline.ts';

const clip = (s: string, n = 60) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

/** Where an item of a layer sits: its own span, its trigger, or its content. */
function spanOf(item: Record<string, unknown>): Span | null {
  for (const k of ['trigger', 'content']) {
    const s = item[k] as Span | undefined;
    if (s && typeof s.start === 'number') return s;
  }
  if (typeof item.start === 'number' && typeof item.end === 'number') return item as unknown as Span;
  const ev = item.evidence as Span[] | undefined;
  return ev && ev[0] ? ev[0] : null;
}

/** The debug lines for one stage's layer. */
export function stageDebugLines(doc: Document, stage: Stage, layer: unknown, ms: number): string[] {
  const head = `[${doc.id}] ${stage.name}`;
  if (!Array.isArray(layer)) return [`${head} ${ms.toFixed(1)}ms`];
  const lines = [`${head} ${ms.toFixed(1)}ms, ${layer.length} items`];
  for (const item of layer as Array<Record<string, unknown>>) {
    const why = item.why as Provenance | undefined;
    if (!why) continue;
    const s = spanOf(item);
    const words = s ? `${s.start}-${s.end} "${clip(doc.text.slice(s.start, s.end))}"` : '';
    const label = [item.type, item.predicate, item.kind, item.value].filter((x) => typeof x === 'string').join(' ');
    lines.push(`${head}   ${words}${label ? ` → ${label}` : ''}  rule ${why.rule}${why.score != null ? ` (${why.score})` : ''}${why.note ? `: ${clip(why.note, 80)}` : ''}`);
  }
  return lines;
}

/** The debug lines for a built situation: why each alias joined its entity, how duplicates were found. */
export function situationDebugLines(s: Situation): string[] {
  const lines: string[] = [];
  for (const d of s.documents) if (d.duplicateOf) lines.push(`[situation] ${d.id} duplicate of ${d.duplicateOf}: ${d.provenance?.duplicateOf?.rule ?? ''}`);
  for (const e of s.entities)
    for (const m of e.merges ?? []) lines.push(`[situation] entity ${e.id} "${e.name}" ← "${m.alias}": ${m.rule}${m.score != null ? ` (${m.score})` : ''}${m.note ? `: ${clip(m.note, 80)}` : ''}`);
  return lines;
}
