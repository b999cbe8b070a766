/**
 * Relations read in one report by the patterns of data/relations/patterns.tsv, run over the text
 * with every name masked as a slot token. Names told only as adjectives ("Iran-backed") are kept
 * by name; "him", "its", "the network" take the name told before.
 */
import type { Mention, RelationMention, Span } from '../core/types.ts';
import { loadRelationPatterns, type RelationPattern, type SlotRef } from './patterns.ts';
import { loadDemonyms } from './demonyms.ts';
import { antecedent, cityOfFacility, sentenceOf } from './antecedents.ts';
import { departmentOf } from './departments.ts';

interface Masked {
  text: string;
  /** For each masked offset where a run starts: [maskedStart, originalStart]. */
  runs: Array<[number, number]>;
}

const TOKEN = /⟨(\d+):/g;
/** Organisations whose parts are units (part_of), not members (member_of). */
const UNIT_OF = new Set(['armed-force', 'ministry']);

/** The text with each (non-overlapping) mention replaced by `⟨index:type:subtype⟩`. */
export function maskNames(text: string, mentions: Mention[]): Masked {
  let out = '';
  let pos = 0;
  const runs: Array<[number, number]> = [[0, 0]];
  mentions.forEach((m, i) => {
    if (m.start < pos) return;
    out += text.slice(pos, m.start);
    runs.push([out.length, m.start]);
    out += `⟨${i}:${m.type}:${m.subtype ?? ''}⟩`;
    pos = m.end;
    runs.push([out.length, m.end]);
  });
  out += text.slice(pos);
  return { text: out, runs };
}

/** The original offset of a masked offset. */
function original(masked: Masked, at: number): number {
  let lo = 0;
  let hi = masked.runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (masked.runs[mid][0] <= at) lo = mid;
    else hi = mid - 1;
  }
  return masked.runs[lo][1] + (at - masked.runs[lo][0]);
}

const indices = (s: string | undefined): number[] => (s ? [...s.matchAll(TOKEN)].map((m) => +m[1]) : []);

/** Reads every relation the patterns find in one document. */
export function extractRelations(text: string, sentences: Span[], mentions: Mention[]): RelationMention[] {
  const masked = maskNames(text, mentions);
  const demonyms = loadDemonyms();
  const out: RelationMention[] = [];
  const seen = new Set<string>();
  const coalitionNames = new Set(mentions.filter((m) => m.subtype === 'coalition').map((m) => m.name));
  const patterns = loadRelationPatterns();
  const ordered = [...patterns.filter((p) => p.subject !== 'COALITION' && p.object !== 'COALITION'), ...patterns.filter((p) => p.subject === 'COALITION' || p.object === 'COALITION')];
  for (const p of ordered) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(masked.text); m; m = p.re.exec(masked.text)) {
      const start = original(masked, m.index);
      const end = original(masked, m.index + m[0].length);
      const g = m.groups ?? {};
      const side = (ref: SlotRef): Array<{ index: number; name?: string }> => {
        if (ref === 'ADJ') {
          if (g.ADJ) return [{ index: -1, name: demonyms.country.get(g.ADJ) }];
          const named = mentions[indices(g.ADJN)[0]]?.name;
          return named ? [{ index: -1, name: demonyms.country.get(named) ?? named }] : [];
        }
        if (ref === 'STATE') {
          const i = indices(g.STATE)[0];
          if (mentions[i]?.subtype === 'country') return [{ index: i }];
          const country = demonyms.country.get(mentions[i]?.name ?? '');
          return country ? [{ index: -1, name: country }] : [];
        }
        if (ref === 'DEPARTMENT') {
          const department = departmentOf(g.TITLE, mentions[indices(g.X)[0]]);
          if (!department) return [];
          const named = mentions.findIndex((x) => x.name === department);
          return [named >= 0 ? { index: named } : { index: -1, name: department }];
        }
        if (ref === 'X') return [...indices(g.X), ...indices(g.X2)].map((index) => ({ index }));
        if (ref === 'Y' || ref === 'X2') {
          const sweep = p.sweeps.get(ref);
          const words = sweep && g[ref] ? [...g[ref].matchAll(sweep)].map((x) => x[0]).join(' ') : g[ref];
          return indices(words).map((index) => ({ index }));
        }
        return antecedent(ref, { text, sentences, mentions, start, x: indices(g.X)[0], coalitionNames });
      };
      const subs = side(p.subject);
      // a place in an area holds the city it is named after: "Erbil airport" in the Kurdistan Region, so is Erbil
      if (p.predicate === 'located_in') for (const s of [...subs]) {
        const city = s.index >= 0 ? cityOfFacility(mentions[s.index]) : null;
        if (city) subs.push({ index: -1, name: city });
      }
      const objs = side(p.object);
      const si = sentenceOf(sentences, start);
      const ei = sentenceOf(sentences, Math.max(start, end - 1));
      const evidence = si >= 0 ? [{ start: sentences[si].start, end: sentences[Math.max(si, ei)].end }] : [{ start, end }];
      for (const s of subs) {
        for (const o of objs) {
          if (s.index >= 0 && s.index === o.index) continue;
          if (!s.name && s.index < 0) continue;
          // "part of" a state's army or ministry makes a unit of it, not a member of a coalition
          const predicate = p.predicate === 'member_of' && o.index >= 0 && UNIT_OF.has(mentions[o.index].subtype ?? '') ? 'part_of' : p.predicate;
          // one relation per triple in a report: the first pattern to read it keeps it
          const triple = `${s.index}:${s.name ?? ''}|${predicate}|${o.index}:${o.name ?? ''}`;
          if (seen.has(triple)) continue;
          seen.add(triple);
          out.push({
            subject: s.index,
            predicate,
            object: o.index,
            ...(s.name ? { subjectName: s.name } : {}),
            ...(o.name ? { objectName: o.name } : {}),
            evidence,
            why: { rule: `relation:${p.id}${predicate === p.predicate ? '' : ':unit-of-force'}`, note: text.slice(start, end).slice(0, 160) },
          });
          if (predicate === 'member_of' && o.index >= 0) coalitionNames.add(mentions[o.index].name);
        }
      }
    }
  }
  return out;
}

/** The pattern list, for tests and --debug. */
export const relationPatterns = (): RelationPattern[] => loadRelationPatterns();
