/** Hash routes (`#/entity/e1?fact=event:v1`): no server routing needed, links work offline. */
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  view: string;
  arg: string | null;
  query: URLSearchParams;
}

/** Parses `location.hash`. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path, qs] = raw.split('?', 2);
  const [view, ...rest] = path.split('/');
  let arg: string | null = null;
  try {
    arg = rest.length ? decodeURIComponent(rest.join('/')) : null;
  } catch {
    arg = null;
  }
  return { view: view || 'timeline', arg, query: new URLSearchParams(qs ?? '') };
}

/** A link target for a view. */
export const href = (view: string, arg?: string | null, query?: Record<string, string>): string =>
  `#/${view}${arg ? '/' + encodeURIComponent(arg) : ''}${query && Object.keys(query).length ? '?' + new URLSearchParams(query) : ''}`;

/** The current route, following hash changes. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}
