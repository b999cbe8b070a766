/**
 * The source reader: a report's cleaned text with every extracted fact highlighted. Click a
 * fact to see its spans; click a span to see its fact. Report text goes into text nodes only.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, type SharedData, type SituationDocument } from '../../api.ts';
import { href } from '../../router.ts';
import { factKey, segments, type Highlight } from './segments.ts';

interface DocView {
  document: SituationDocument;
  spans: Highlight[];
  facts: Array<{ kind: string; id: string; label: string }>;
}

const LAYERS = ['mention', 'trigger', 'timex', 'speaker', 'claim', 'event', 'relation'];

export function ReaderView({ id, fact, data }: { id: string; fact: string | null; data: SharedData }) {
  const [view, setView] = useState<DocView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(fact);
  const [shown, setShown] = useState<Set<string>>(new Set(LAYERS));
  useEffect(() => {
    setError(null);
    api<DocView>(`/api/documents/${encodeURIComponent(id)}`).then(setView, (e) => setError(e.message));
  }, [id, data.version]);
  useEffect(() => setSelected(fact), [fact, id]);
  const visible = useMemo(() => (view ? view.spans.filter((s) => shown.has(s.layer)) : []), [view, shown]);
  const segs = useMemo(() => (view ? segments(view.document.text, visible) : []), [view, visible]);
  useEffect(() => {
    if (!selected) return;
    document.querySelector('.reader-text .hl.selected')?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [selected, segs]);
  if (error) return <p class="error">{error}</p>;
  if (!view) return <p class="muted">Loading…</p>;
  const d = view.document;
  const selFact = view.facts.find((f) => factKey(f) === selected);
  const selSpans = view.spans.filter((s) => factKey(s.ref) === selected);
  const toggle = (l: string) => setShown((old) => { const n = new Set(old); n.has(l) ? n.delete(l) : n.add(l); return n; });

  return (
    <section class="reader">
      <h1>{d.title ?? d.source}</h1>
      <p class="muted">{d.outlet ?? 'outlet unknown'} · {d.published ?? 'date unknown'} · <code>{d.id}</code> · {d.source}
        {d.duplicateOf && <> · republishes <a href={href('doc', d.duplicateOf)}>{d.duplicateOf}</a></>}</p>
      <div class="layers">
        {LAYERS.map((l) => (
          <label key={l} class={`layer-${l}`}><input type="checkbox" checked={shown.has(l)} onChange={() => toggle(l)} /> {l}</label>
        ))}
      </div>
      <div class="reader-grid">
        <article class="reader-text" data-testid="reader-text">
          {segs.map((s) => {
            if (!s.covers.length) return s.text;
            const top = s.covers[0];
            const owner = s.covers.find((c) => c.ref) ?? null;
            const isSel = selected !== null && s.covers.some((c) => factKey(c.ref) === selected);
            return (
              <span key={s.start} class={`hl layer-${top.layer}${isSel ? ' selected' : ''}`} data-span={`${s.start}-${s.end}`}
                title={s.covers.map((c) => c.label).join('\n')} onClick={() => owner && setSelected(factKey(owner.ref))}>{s.text}</span>
            );
          })}
        </article>
        <aside class="facts">
          {selFact && (
            <div class="fact-detail" data-testid="fact-detail">
              <h3>{selFact.kind}: {selFact.label}</h3>
              {selFact.kind === 'entity' && <p><a href={href('entity', selFact.id)}>open the entity page</a></p>}
              <p class="muted">{selSpans.length} span(s) in this report:</p>
              <ol>{selSpans.map((s) => <li key={`${s.start}-${s.end}-${s.layer}`}><span class="muted">{s.layer}</span> “{d.text.slice(s.start, s.end)}”</li>)}</ol>
            </div>
          )}
          <h3>Facts in this report</h3>
          {view.facts.length === 0 && <p class="muted">Nothing extracted yet.</p>}
          {['entity', 'event', 'claim', 'relation'].map((kind) => {
            const list = view.facts.filter((f) => f.kind === kind);
            if (!list.length) return null;
            return (
              <div key={kind}><h4>{kind === 'entity' ? 'actors and places' : kind + 's'}</h4>
                <ul>{list.map((f) => (
                  <li key={factKey(f)}><button class={`fact${selected === factKey(f) ? ' selected' : ''}`} data-fact={factKey(f)} onClick={() => setSelected(factKey(f))}>{f.label}</button></li>
                ))}</ul>
              </div>
            );
          })}
        </aside>
      </div>
    </section>
  );
}

/** The list of reports, each opening in the reader. */
export function SourcesView({ data }: { data: SharedData }) {
  return (
    <section class="sources-list">
      <h1>Sources</h1>
      <table>
        <thead><tr><th>Title</th><th>Outlet</th><th>Published</th><th>Id</th><th>Note</th></tr></thead>
        <tbody>
          {data.documents.map((d) => (
            <tr key={d.id}>
              <td><a href={href('doc', d.id)} data-doc={d.id}>{d.title ?? d.source}</a></td>
              <td>{d.outlet ?? '—'}</td><td>{d.published ?? '—'}</td><td><code>{d.id}</code></td>
              <td class="muted">{d.duplicateOf ? `republishes ${d.duplicateOf}` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
