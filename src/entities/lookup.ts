/**
 * Finding entities of a situation by what a person types: an id, a name or an alias (folded
 * for case, accents, apostrophes and hyphens), else a transliteration-folded key, else a part.
 */
import type { Situation, SituationEntity } from '../core/types.ts';
import { nameKey, normText } from './fold.ts';

/** The entities a query names, best matches first (empty when none). */
export function findEntities(s: Situation, query: string): SituationEntity[] {
  const q = normText(query);
  if (!q) return [];
  const byId = s.entities.filter((e) => e.id === query);
  if (byId.length) return byId;
  const names = (e: SituationEntity) => [e.name, ...e.aliases];
  const exact = s.entities.filter((e) => names(e).some((n) => normText(n) === q));
  if (exact.length) return exact.sort((a, b) => Number(normText(b.name) === q) - Number(normText(a.name) === q));
  const k = nameKey(query);
  const folded = s.entities.filter((e) => names(e).some((n) => nameKey(n) === k));
  if (folded.length) return folded;
  return s.entities.filter((e) => names(e).some((n) => normText(n).includes(q)));
}

/** A few words of context around a span, with the span in [brackets], on one line. */
export function context(text: string, start: number, end: number, width = 60): string {
  const a = Math.max(0, start - width);
  const b = Math.min(text.length, end + width);
  const clean = (x: string) => x.replace(/\s+/g, ' ');
  return `${a > 0 ? '…' : ''}${clean(text.slice(a, start))}[${clean(text.slice(start, end))}]${clean(text.slice(end, b))}${b < text.length ? '…' : ''}`;
}
