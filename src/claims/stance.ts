/**
 * A claim's stance on a proposition from data/claims/stance.json: the pole whose cue phrases it
 * holds, flipped by a negator just before a cue ("do not take orders"), by a refuter anywhere in
 * the claim ("the claim that it has no influence is not credible"), by a word calling a reported
 * assertion false ("the claims that it was told in advance are a lie") or by a denial verb
 * ("officials deny directing the factions").
 */
import type { ClaimKind } from '../core/types.ts';
import type { StanceLexicon } from './lexicon.ts';

/** The side a claim takes on one proposition. */
export interface Stance {
  proposition: string;
  pole: string;
  /** The cue phrase that decided it, with "not …" or "refuted: …" when flipped. */
  cue: string;
}

const norm = (s: string) => ` ${s.toLowerCase().replace(/[’‘]/g, "'").replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim()} `;

/** Whether the text before a cue tells it as someone else's assertion: "the claims that ...". */
const reportedBefore = (before: string, lex: StanceLexicon) => lex.reportedNouns.some((n) => before.includes(` ${n} that `));

/** The stance of a claim's text on each proposition it touches (at most one pole each). */
export function stancesOf(text: string, lex: StanceLexicon, denial = false, verbKind: ClaimKind | null = null): Stance[] {
  const t = norm(text);
  const refuter = lex.refuters.find((r) => t.includes(` ${r} `));
  const rejection = lex.rejections.find((r) => t.includes(` ${r} `));
  const out: Stance[] = [];
  for (const p of lex.propositions) {
    const poles = Object.keys(p.poles);
    const votes = new Map<string, { n: number; cue: string }>();
    const hasSubject = p.subjects.some((w) => t.includes(` ${w} `) || t.includes(` ${w}s `));
    for (const pole of poles) {
      for (const cue of [...p.poles[pole].strong, ...(hasSubject ? p.poles[pole].weak : [])]) {
        let from = 0;
        for (let at = t.indexOf(` ${cue} `, from); at >= 0; at = t.indexOf(` ${cue} `, from)) {
          from = at + 1;
          const before = t.slice(0, at).trim().split(' ').slice(-lex.negatorWindow);
          const negated = before.some((w) => lex.negators.has(w) || w.endsWith("n't"));
          // a cue that is itself a refusal ("do not take orders") says the same under a denial verb
          const refusal = cue.split(' ').some((w) => lex.negators.has(w));
          const rejected = rejection && reportedBefore(t.slice(0, at), lex) ? rejection : null;
          let flips = (negated ? 1 : 0) + (refuter && refuter !== cue ? 1 : 0) + (rejected ? 1 : 0) + (denial && !refusal ? 1 : 0);
          if (refuter === cue) flips = 0;
          const got = flips % 2 ? poles.find((x) => x !== pole)! : pole;
          const why = `${negated ? 'not ' : ''}${cue}${refuter && refuter !== cue ? ` (refuted: ${refuter})` : ''}${rejected ? ` (called ${rejected})` : ''}${denial && !refusal ? ' (denied)' : ''}`;
          const v = votes.get(got) ?? { n: 0, cue: why };
          v.n++;
          votes.set(got, v);
        }
      }
    }
    const byKind = verbKind ? p.kinds[verbKind] : undefined;
    if (byKind && hasSubject) {
      const v = votes.get(byKind) ?? { n: 0, cue: `${verbKind} verb` };
      v.n++;
      votes.set(byKind, v);
    }
    const ranked = [...votes.entries()].sort((a, b) => b[1].n - a[1].n);
    if (!ranked.length || (ranked[1] && ranked[1][1].n === ranked[0][1].n)) continue;
    out.push({ proposition: p.id, pole: ranked[0][0], cue: ranked[0][1].cue });
  }
  return out;
}
