/** Selecting and printing claims and contradictions for the CLI (`sitrep claims`, `sitrep contradictions`). */
import type { Situation, SituationClaim, SituationContradiction } from '../core/types.ts';

const fold = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** Whether `query` names the entity (its name or an alias holds the query's words). */
function names(s: Situation, entityId: string | null, query: string): boolean {
  if (!entityId) return false;
  const e = s.entities.find((x) => x.id === entityId);
  const q = fold(query);
  return Boolean(e && [e.name, ...e.aliases, e.id].some((a) => ` ${fold(a)} `.includes(` ${q} `)));
}

/** Filters of `sitrep claims`. */
export interface ClaimFilter {
  /** A speaker's name, alias or description words ("Kirby", "one of the sources"). */
  speaker?: string;
  /** An entity the claim is about, or words of the claim. */
  about?: string;
}

/** The claims matching the filter, in export order. */
export function filterClaims(s: Situation, f: ClaimFilter): SituationClaim[] {
  return s.claims.filter((c) => {
    if (f.speaker && !(names(s, c.speaker, f.speaker) || ` ${fold(c.speakerText ?? '')} `.includes(` ${fold(f.speaker)} `))) return false;
    if (f.about && !(c.about.some((a) => names(s, a, f.about!)) || ` ${fold(c.text)} `.includes(` ${fold(f.about)} `))) return false;
    return true;
  });
}

/** One line per claim: id, kind, speaker, text and how many independent sources tell it. */
export function formatClaim(s: Situation, c: SituationClaim): string {
  const who = c.speaker ? s.entities.find((e) => e.id === c.speaker)?.name ?? c.speakerText : `${c.speakerText ?? 'unattributed'} (unnamed)`;
  const n = c.sources?.length ?? 1;
  return `${c.id}  [${c.kind}] ${who}: “${c.text}” (${n} source${n === 1 ? '' : 's'}${c.singleSource ? ', single source' : ''})`;
}

/** A contradiction and its items, one line each. */
export function formatContradiction(s: Situation, x: SituationContradiction): string {
  const lines = [`${x.id}  [${x.kind ?? 'disagreement'}] ${x.note}`];
  for (const id of x.items) {
    const c = s.claims.find((y) => y.id === id);
    if (c) lines.push(`    ${formatClaim(s, c)}`);
    const ev = s.events.find((y) => y.id === id);
    if (ev) lines.push(`    ${ev.id}  ${ev.type} ${ev.date ?? 'undated'}: killed ${ev.killed ?? '?'}, wounded ${ev.wounded ?? '?'} (${ev.sources?.length ?? 0} sources)`);
  }
  return lines.join('\n');
}
