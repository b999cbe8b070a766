/** An entity page: aliases and why they were merged, roles, relations, events and claims. */
import { useEffect, useState } from 'preact/hooks';
import { api, docsOf, type SharedData, type SituationClaim, type SituationEntity, type SituationEvent, type SituationRelation } from '../../api.ts';
import { EntityLink, EventLine, SourceLinks } from '../common.tsx';
import { href } from '../../router.ts';

interface EntityDetail {
  entity: SituationEntity;
  relations: SituationRelation[];
  events: SituationEvent[];
  claims: SituationClaim[];
  names: Record<string, string>;
  totals: { relations: number; events: number; claims: number; mentions: number; mentionDocs: number };
  mentionDocs: string[];
}

export function EntityView({ id, data }: { id: string; data: SharedData }) {
  const [d, setD] = useState<EntityDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setD(null);
    setError(null);
    api<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`).then(setD, (e) => setError(e.message));
  }, [id, data.version]);
  if (error) return <p class="error">{error}</p>;
  if (!d) return <p class="muted">Loading…</p>;
  const e = d.entity;
  const why = new Map((e.merges ?? []).map((m) => [m.alias, m]));
  const docs = d.mentionDocs;
  return (
    <section class="entity" data-entity={e.id}>
      <h1>{e.name}</h1>
      <p class="muted">
        {e.type}{e.subtype ? ` · ${e.subtype}` : ''}{e.code ? ` · code ${e.code}` : ''} · {d.totals.mentions} mentions in {d.totals.mentionDocs} reports
        {typeof e.lat === 'number' && ` · ${e.lat.toFixed(2)}, ${e.lon?.toFixed(2)}`}
      </p>
      {e.roles && e.roles.length > 0 && <p><strong>Roles:</strong> {e.roles.join('; ')}</p>}
      <h2>Aliases</h2>
      <table class="aliases">
        <thead><tr><th>Name as written</th><th>Why merged</th></tr></thead>
        <tbody>
          {e.aliases.map((a) => {
            const m = why.get(a);
            return <tr key={a}><td>{a}</td><td class="muted">{m ? `${m.rule}${m.score != null ? ` (${m.score.toFixed(2)})` : ''}${m.note ? `: ${m.note}` : ''}` : a === e.name ? 'canonical name' : '—'}</td></tr>;
          })}
        </tbody>
      </table>
      <h2>Relations</h2>
      {d.relations.length === 0 && <p class="muted">None found.</p>}
      <ul>
        {d.relations.map((r) => (
          <li key={r.id} data-relation={r.id}>
            <EntityLink data={data} id={r.subject} /> <em>{r.predicate.replace(/_/g, ' ')}</em> <EntityLink data={data} id={r.object} />{' '}
            <SourceLinks data={data} docs={[...new Set(r.evidence.map((s) => s.doc))]} fact={`relation:${r.id}`} />
            {r.why && r.why.length > 0 && <span class="muted"> ({r.why.map((w) => w.rule).join(', ')})</span>}
          </li>
        ))}
      </ul>
      <h2>Events{d.totals.events > d.events.length && <span class="muted"> ({d.events.length} of {d.totals.events})</span>}</h2>
      {d.events.length === 0 && <p class="muted">None found.</p>}
      <div class="event-list">{[...d.events].sort((a, b) => (a.date ?? '9').localeCompare(b.date ?? '9')).map((ev) => <EventLine key={ev.id} data={data} ev={ev} />)}</div>
      <h2>Claims{d.totals.claims > d.claims.length && <span class="muted"> ({d.claims.length} of {d.totals.claims})</span>}</h2>
      {d.claims.length === 0 && <p class="muted">None found.</p>}
      <ul class="claims">
        {d.claims.map((c) => (
          <li key={c.id}>
            <strong>{c.speaker ? <EntityLink data={data} id={c.speaker} /> : c.speakerText ?? 'unnamed'}</strong> ({c.kind}): “{c.text}”{' '}
            <SourceLinks data={data} docs={docsOf(c)} fact={`claim:${c.id}`} />
          </li>
        ))}
      </ul>
      <h2>Named in</h2>
      <p><SourceLinks data={data} docs={docs} fact={`entity:${e.id}`} /></p>
      <p><a href={href('timeline')}>back to the timeline</a></p>
    </section>
  );
}
