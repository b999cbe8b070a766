/**
 * The claims view: speakers against topics (the entities claims are about), each cell counting
 * claims; cells holding a contradicted claim are marked, single-source claims flagged.
 */
import { useMemo, useState } from 'preact/hooks';
import { docsOf, nameOf, type SharedData, type SituationClaim } from '../../api.ts';
import { EntityLink, SourceLinks } from '../common.tsx';

const speakerKey = (c: SituationClaim) => c.speaker ?? `text:${c.speakerText ?? 'unnamed'}`;

export function ClaimsView({ data }: { data: SharedData }) {
  const [cell, setCell] = useState<{ s: string; t: string } | null>(null);
  const contradicted = useMemo(() => new Set(data.contradictions.flatMap((x) => x.items)), [data]);
  const { speakers, topics, grid } = useMemo(() => {
    const grid = new Map<string, SituationClaim[]>();
    const sCount = new Map<string, number>(), tCount = new Map<string, number>();
    for (const c of data.claims) {
      const s = speakerKey(c);
      const about = c.about.length ? c.about : ['(none)'];
      sCount.set(s, (sCount.get(s) ?? 0) + 1);
      for (const t of about) {
        tCount.set(t, (tCount.get(t) ?? 0) + 1);
        const k = `${s}|${t}`;
        grid.set(k, [...(grid.get(k) ?? []), c]);
      }
    }
    const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k]) => k);
    return { speakers: top(sCount, 30), topics: top(tCount, 12), grid };
  }, [data]);
  const label = (s: string) => (s.startsWith('text:') ? s.slice(5) : nameOf(data, s));
  const chosen = cell ? grid.get(`${cell.s}|${cell.t}`) ?? [] : [];
  return (
    <section class="claims-view">
      <h1>Who said what</h1>
      <p class="muted">{data.claims.length} claims. Rows: speakers; columns: what the claims are about. <span class="contra-key">red</span>: a contradicted claim; <span class="single-key">dotted</span>: single source only.</p>
      {data.claims.length > 0 && (
        <table class="matrix">
          <thead><tr><th />{topics.map((t) => <th key={t}>{t === '(none)' ? t : nameOf(data, t)}</th>)}</tr></thead>
          <tbody>
            {speakers.map((s) => (
              <tr key={s}>
                <th>{s.startsWith('text:') ? label(s) : <EntityLink data={data} id={s} />}</th>
                {topics.map((t) => {
                  const list = grid.get(`${s}|${t}`) ?? [];
                  if (!list.length) return <td key={t} />;
                  const contra = list.some((c) => contradicted.has(c.id));
                  const single = list.every((c) => c.singleSource);
                  return (
                    <td key={t} class={`cell${contra ? ' contra' : ''}${single ? ' single' : ''}`}>
                      <button onClick={() => setCell({ s, t })} data-cell={`${s}|${t}`}>{list.length}</button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cell && (
        <div class="cell-claims"><h2>{label(cell.s)} on {cell.t === '(none)' ? 'other matters' : nameOf(data, cell.t)}</h2>
          <ul>{chosen.map((c) => (
            <li key={c.id}>{contradicted.has(c.id) && <span class="flag contra">contradicted</span>}{c.singleSource && <span class="flag single">single source</span>}
              <em>{c.kind}</em>: “{c.text}” <SourceLinks data={data} docs={docsOf(c)} fact={`claim:${c.id}`} /></li>
          ))}</ul>
        </div>
      )}
      <h2>Contradictions</h2>
      {data.contradictions.length === 0 && <p class="muted">None found.</p>}
      <ul class="contradictions">
        {data.contradictions.map((x) => (
          <li key={x.id} data-contradiction={x.id}><strong>{x.note}</strong>
            <ul>{x.resolved.map((r) => (
              <li key={r.id}><span class="muted">{r.kind}</span> {r.label} <SourceLinks data={data} docs={r.docs} fact={`${r.kind}:${r.id}`} /></li>
            ))}</ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
