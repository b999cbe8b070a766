/** The app shell: navigation, the shared data (reloaded on every store change) and the views. */
import { useEffect, useState } from 'preact/hooks';
import { api, loadShared, type SharedData } from './api.ts';
import { href, useRoute } from './router.ts';
import { useStoreVersion } from './live.ts';
import { TimelineView } from './views/timeline/index.tsx';
import { NetworkView } from './views/network/index.tsx';
import { MapView } from './views/map/index.tsx';
import { EntityView } from './views/entity/index.tsx';
import { ReaderView, SourcesView } from './views/reader/index.tsx';
import { ClaimsView } from './views/claims/index.tsx';
import { SearchView } from './views/search/index.tsx';
import { AddView } from './views/add/index.tsx';

const NAV: Array<[string, string]> = [
  ['timeline', 'Timeline'],
  ['network', 'Network'],
  ['map', 'Map'],
  ['claims', 'Claims'],
  ['sources', 'Sources'],
  ['search', 'Search'],
];

export function App() {
  const route = useRoute();
  const version = useStoreVersion();
  const [data, setData] = useState<SharedData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [allowIngest, setAllowIngest] = useState(false);

  useEffect(() => {
    api<{ allowIngest: boolean }>('/api/info').then((i) => setAllowIngest(i.allowIngest)).catch(() => {});
  }, []);
  useEffect(() => {
    if (version === null) return;
    loadShared(version).then(setData, (e) => setError(String(e.message ?? e)));
  }, [version]);

  const nav = allowIngest ? [...NAV, ['add', 'Add reports'] as [string, string]] : NAV;
  return (
    <div class="shell">
      <header>
        <a class="brand" href={href('timeline')}>sitrep</a>
        <nav>
          {nav.map(([v, label]) => (
            <a key={v} href={href(v)} class={route.view === v ? 'active' : ''} data-nav={v}>{label}</a>
          ))}
        </nav>
        {data && (
          <span class="counts" data-testid="counts">
            {data.documents.length} reports · {data.entities.length} actors · {data.events.length} events · {data.claims.length} claims
          </span>
        )}
      </header>
      <main>
        {error && <p class="error">Could not load the situation: {error}</p>}
        {!data && !error && <p class="muted">Loading…</p>}
        {data && <View view={route.view} arg={route.arg} query={route.query} data={data} allowIngest={allowIngest} />}
      </main>
    </div>
  );
}

function View({ view, arg, query, data, allowIngest }: { view: string; arg: string | null; query: URLSearchParams; data: SharedData; allowIngest: boolean }) {
  switch (view) {
    case 'network': return <NetworkView data={data} />;
    case 'map': return <MapView data={data} />;
    case 'entity': return arg ? <EntityView id={arg} data={data} /> : <p>No entity named.</p>;
    case 'doc': return arg ? <ReaderView id={arg} fact={query.get('fact')} data={data} /> : <SourcesView data={data} />;
    case 'sources': return <SourcesView data={data} />;
    case 'claims': return <ClaimsView data={data} />;
    case 'search': return <SearchView initial={query.get('q') ?? ''} />;
    case 'add': return <AddView allowed={allowIngest} />;
    default: return <TimelineView data={data} />;
  }
}
