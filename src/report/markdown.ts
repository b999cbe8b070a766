/** The situation report as Markdown; citations link to numbered excerpts in the sources list. */
import type { Situation } from '../core/types.ts';
import { reportModel, type Statement } from './model.ts';
import { escMd } from './escape.ts';

const refs = (s: Statement) => (s.cites.length ? ' ' + s.cites.map((n) => `[\\[${n}\\]](#cite-${n})`).join('') : '');
const flag = (s: Statement) => (s.flag === 'contradiction' ? '⚠ ' : s.flag === 'single-source' ? '(single source) ' : '');
const line = (s: Statement) => `${flag(s)}${escMd(s.text)}${refs(s)}`;

/** Renders the report as Markdown text. */
export function toMarkdown(situation: Situation): string {
  const m = reportModel(situation);
  const out: string[] = [`# ${m.title}`, '', `_Generated ${escMd(m.generatedAt)} by sitrep._`, '', '## Summary', ''];
  for (const s of m.headline) out.push(`- ${line(s)}`);
  out.push('', '## Timeline', '');
  if (!m.timeline.length) out.push('No events were found.');
  for (const t of m.timeline) out.push(`- **${escMd(t.date ?? 'undated')}** ${line(t)}`);
  out.push('', '## Actors and relations', '');
  if (!m.actors.length) out.push('No actors were found.');
  for (const a of m.actors) {
    out.push(`- **${escMd(a.name)}** (${escMd(a.type)}, ${a.mentions} mentions)${a.aliases.length ? `; also: ${a.aliases.map(escMd).join(', ')}` : ''}`);
    for (const r of a.relations) out.push(`  - ${line(r)}`);
  }
  out.push('', '## Who said what', '');
  if (!m.claims.length) out.push('No claims were found.');
  for (const c of m.claims) {
    out.push(`- **${escMd(c.speaker)}**`);
    for (const s of c.statements) out.push(`  - ${line(s)}`);
  }
  out.push('', '## Contradictions', '');
  if (!m.contradictions.length) out.push('None found.');
  for (const c of m.contradictions) out.push(`- ${line(c)}`);
  out.push('', '## Single-source items', '');
  if (!m.singleSource.length) out.push('None.');
  for (const s of m.singleSource) out.push(`- ${escMd(s.text)}${refs(s)}`);
  out.push('', '## Sources', '');
  for (const d of m.sources) {
    const dup = d.duplicateOf ? ` (republishes ${escMd(d.duplicateOf)})` : '';
    out.push(`- **${escMd(d.id)}**: ${escMd(d.title ?? d.source)}; ${escMd(d.outlet ?? 'outlet unknown')}, ${escMd(d.published ?? 'date unknown')}${dup}`);
    for (const c of d.citations) out.push(`  - <a id="cite-${c.n}"></a>\\[${c.n}\\] “${escMd(c.excerpt)}”`);
  }
  return out.join('\n') + '\n';
}
