/** Full-text search over the reports (SQLite FTS5 through /api/search). */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api.ts';
import { href } from '../../router.ts';

interface Hit { docId: string; title: string | null; snippet: string; rank: number }

export function SearchView({ initial }: { initial: string }) {
  const [q, setQ] = useState(initial);
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (query: string) => {
    if (!query.trim()) return;
    setError(null);
    api<{ items: Hit[] }>(`/api/search?q=${encodeURIComponent(query)}&limit=50`).then((r) => setHits(r.items), (e) => setError(e.message));
  };
  useEffect(() => run(initial), [initial]);
  return (
    <section class="search">
      <h1>Search the reports</h1>
      <form onSubmit={(e) => { e.preventDefault(); history.replaceState(null, '', href('search', null, { q })); run(q); }}>
        <input type="search" name="q" value={q} placeholder="words to find, e.g. drone Baghdad" onInput={(e) => setQ((e.target as HTMLInputElement).value)} />
        <button type="submit">Search</button>
      </form>
      {error && <p class="error">{error}</p>}
      {hits && <p class="muted">{hits.length} report(s)</p>}
      <ol class="hits">
        {(hits ?? []).map((h) => (
          <li key={h.docId}><a href={href('doc', h.docId)}>{h.title ?? h.docId}</a><div class="snippet">{h.snippet}</div></li>
        ))}
      </ol>
    </section>
  );
}
