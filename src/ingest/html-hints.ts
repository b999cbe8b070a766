/**
 * Metadata hints a page carries: Open Graph and other <meta> tags, JSON-LD NewsArticle,
 * <title>, <link rel=canonical>, <time>. Each hint records how it was found (`hints.how`).
 * Values are passed on as written; reading them (dates, outlet names) is metadata's job.
 */
import type { ReportHints } from '../core/types.ts';

type Key = 'url' | 'title' | 'outlet' | 'published';

/** The minimal DOM surface used here (linkedom's document). */
interface Doc {
  querySelectorAll(sel: string): ArrayLike<{ getAttribute(n: string): string | null; textContent: string | null }>;
  querySelector(sel: string): { getAttribute(n: string): string | null; textContent: string | null } | null;
}

/** Meta tags read for each hint, in order of preference, with the `how` each records. */
const META: Record<Key, string[]> = {
  title: ['og:title', 'twitter:title', 'dc.title'],
  outlet: ['og:site_name', 'application-name', 'publisher', 'dc.publisher'],
  published: ['article:published_time', 'og:published_time', 'published_time', 'date', 'pubdate', 'publishdate',
    'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date',
    'datepublished'],
  url: ['og:url'],
};

const ARTICLE_TYPES = /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|Article|BlogPosting|LiveBlogPosting)$/;

const clean = (s: string | null | undefined): string | undefined => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
};

class HintSet {
  readonly hints: ReportHints = { how: {} };
  set(key: Key, value: string | null | undefined, how: string): void {
    const v = clean(value);
    if (!v || this.hints[key]) return;
    this.hints[key] = v;
    this.hints.how![key] = how;
  }
}

/** Every `<meta>` as name → content, keyed by lower-cased property, name or itemprop. */
function metaTags(doc: Doc): Map<string, string> {
  const out = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop'))?.toLowerCase().trim();
    const content = m.getAttribute('content');
    if (key && content && !out.has(key)) out.set(key, content);
  }
  return out;
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v == null ? [] : [v]);
const typeOf = (o: Record<string, unknown>): string | undefined =>
  asArray(o['@type']).map(String).find((t) => ARTICLE_TYPES.test(t));

/** The first article-typed object in the page's JSON-LD blocks (top level, arrays or @graph). */
function jsonLdArticle(doc: Doc): { type: string; obj: Record<string, unknown> } | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i].textContent ?? '');
    } catch {
      continue;
    }
    const queue = asArray(data);
    while (queue.length) {
      const o = queue.shift();
      if (!o || typeof o !== 'object') continue;
      const rec = o as Record<string, unknown>;
      const type = typeOf(rec);
      if (type) return { type, obj: rec };
      queue.push(...asArray(rec['@graph']));
    }
  }
  return null;
}

const nameOf = (v: unknown): string | undefined => {
  for (const x of asArray(v)) {
    if (typeof x === 'string') return x;
    if (x && typeof x === 'object' && typeof (x as Record<string, unknown>).name === 'string') return (x as { name: string }).name;
  }
  return undefined;
};
const urlOf = (v: unknown): string | undefined => {
  for (const x of asArray(v)) {
    if (typeof x === 'string') return x;
    if (x && typeof x === 'object') {
      const r = x as Record<string, unknown>;
      if (typeof r['@id'] === 'string') return r['@id'];
      if (typeof r.url === 'string') return r.url;
    }
  }
  return undefined;
};

/** Strips a ` | Outlet` or ` - Outlet` suffix from a <title> when it names the outlet. */
function titleWithoutOutlet(title: string, outlet: string | undefined): string | null {
  if (!outlet) return null;
  const m = /^(.*\S)\s+[|\-–—:·]\s+(.+)$/.exec(title);
  return m && m[2].trim().toLowerCase() === outlet.toLowerCase() ? m[1] : null;
}

/** Reads the hints of a parsed page. `pageUrl` is where it was fetched from, if it was. */
export function pageHints(doc: Doc, pageUrl?: string): ReportHints {
  const h = new HintSet();
  const meta = metaTags(doc);
  const ld = jsonLdArticle(doc);
  const ldHow = (field: string) => `json-ld:${ld!.type}.${field}`;

  for (const key of ['outlet', 'published'] as const) {
    for (const name of META[key]) {
      h.set(key, meta.get(name), `html-meta:${name}`);
      if (key === 'published' && name === 'article:published_time' && ld) h.set(key, ld.obj.datePublished as string, ldHow('datePublished'));
    }
    if (key === 'outlet' && ld) h.set(key, nameOf(ld.obj.publisher), ldHow('publisher.name'));
  }
  for (const name of META.title) h.set('title', meta.get(name), `html-meta:${name}`);
  if (ld) h.set('title', typeof ld.obj.headline === 'string' ? ld.obj.headline : undefined, ldHow('headline'));
  const docTitle = clean(doc.querySelector('title')?.textContent);
  if (docTitle) {
    const bare = titleWithoutOutlet(docTitle, h.hints.outlet);
    h.set('title', bare ?? docTitle, bare ? 'html-title:outlet-suffix-removed' : 'html-title');
  }
  h.set('title', doc.querySelector('h1')?.textContent, 'html-h1');
  h.set('published', doc.querySelector('time[itemprop="datePublished"]')?.getAttribute('datetime'), 'html-time:itemprop');
  h.set('published', doc.querySelector('article time[datetime]')?.getAttribute('datetime'), 'html-time:article');
  // a story header outside <article> (<header><h1>…</h1><time datetime>) or an HTML4-style pubdate
  h.set('published', doc.querySelector('header time[datetime], main time[datetime], time[pubdate][datetime]')?.getAttribute('datetime'), 'html-time:header');

  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  h.set('url', absolute(canonical, pageUrl), 'html-link:canonical');
  h.set('url', absolute(meta.get('og:url'), pageUrl), 'html-meta:og:url');
  if (ld) h.set('url', absolute(urlOf(ld.obj.mainEntityOfPage) ?? urlOf(ld.obj.url), pageUrl), ldHow('url'));
  h.set('url', pageUrl, 'fetched-url');
  return h.hints;
}

/** An http(s) URL resolved against the page's, or undefined when it is not one. */
function absolute(href: string | null | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
