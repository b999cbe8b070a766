/**
 * Reads a report's title, outlet and publication date, recording how each was determined
 * (`how.rule`). Container hints (HTML meta, JSON-LD, feed fields) come first; then what the
 * text itself says: a headline first line, datelines, footers, self-references, date lines.
 */
import type { Determined, DocumentMeta, RawReport, Removal } from '../core/types.ts';
import { cleanText } from './clean.ts';
import { findDates, isoDate, normaliseDate, readDateLine, readMetaPrefix } from './dates.ts';
import { readDateline, type Dateline } from './dateline.ts';
import { asPrinted, knownOutlet, outletFromFooter, outletFromPromo, outletFromSelfReference, outletFromUrl, outletLike, readMasthead, readOutletLabel, readSignOff } from './outlets.ts';
import { isHeadlineLike } from './lines.ts';
import { inDateZone, isProse } from './rules.ts';

const none = <T>(): Determined<T> => ({ value: null, how: null });
const found = <T>(value: T, rule: string, note?: string): Determined<T> => ({ value, how: note ? { rule, note } : { rule } });

/** How many non-blank lines from the top a dateline may stand at. */
const DATELINE_WINDOW = 12;
/** Removal reasons of the outlet's promotion of its own products (newsletters, apps, coverage, standards) and of its writers. */
const PROMO_REASONS = /^(newsletter|promo|self-promo|subscription|author-blurb)\//;

/**
 * Reads the metadata of a report whose cleaned text is `text`. `removed` (the cleaning's
 * removals) lets footer furniture name the outlet; it is recomputed when not given.
 */
export function readMetadata(report: RawReport, text: string, removed?: Removal[]): DocumentMeta {
  const raw = report.raw;
  const kept = (removed ?? cleanText(raw).removed).filter((r) => !r.reason.startsWith('photo-credit') && r.reason !== 'whitespace');
  const linesOf = (rs: Removal[]) => rs.flatMap((r) => raw.slice(r.start, r.end).split('\n')).filter((l) => l.trim());
  const furniture = { all: linesOf(kept), promo: linesOf(kept.filter((r) => PROMO_REASONS.test(r.reason))) };
  const lines = raw.split('\n');
  const dateline = findDateline(lines);
  const url = report.hints.url ?? null;
  return {
    title: readTitle(report, text),
    outlet: readOutlet(report, text, furniture, dateline, url),
    published: readPublished(report, raw, lines, dateline, url),
    url,
    dateline: dateline?.place ?? null,
  };
}

const hintRule = (report: RawReport, k: 'title' | 'outlet' | 'published') => `hint:${report.hints.how?.[k] ?? 'container'}`;

function readTitle(report: RawReport, text: string): Determined<string> {
  const hint = report.hints.title?.trim();
  if (hint) {
    const bare = withoutOutletSuffix(hint, report.hints.outlet);
    return bare ? found(bare, hintRule(report, 'title'), 'outlet name after the headline removed') : found(hint, hintRule(report, 'title'));
  }
  const nl = text.indexOf('\n');
  if (nl < 0) return none();
  const first = text.slice(0, nl).trim();
  const words = first.split(/\s+/).length;
  const bare = first.replace(/(?<![.!?,;:])["”’']+$/, ''); // a headline may end on a quotation
  if (words < 3 || words > 25 || !isHeadlineLike(bare, 25)) return none();
  const rest = text.slice(nl + 1);
  if (/^\s*\n/.test(rest)) return found(first, 'first-line-headline');
  // no blank line after it: a headline still when the next line is longer prose ("Headline\nThe story...")
  const next = rest.slice(0, rest.indexOf('\n') < 0 ? rest.length : rest.indexOf('\n')).trim();
  if (/[.!?"”’]$/.test(next) && next.split(/\s+/).length > words) return found(first, 'first-line-headline', 'the next line is prose');
  // or a standfirst: another headline-like line, itself followed by a blank line
  const after = rest.slice(rest.indexOf('\n') + 1);
  if (rest.includes('\n') && next.split(/\s+/).length >= 3 && isHeadlineLike(next, 40) && /^\s*\n/.test(after)) {
    return found(first, 'first-line-headline', 'a standfirst follows');
  }
  return none();
}

/** A headline without its " | Reuters" / " - Al Jazeera" ending, when that ending names an outlet; else null. */
export function withoutOutletSuffix(title: string, outletHint?: string): string | null {
  // a colon is left alone: "…: Reuters" cites a source in the headline itself
  const m = /^(.*\S)\s+[|\-–—·]\s+([^|\-–—·]{2,60})$/.exec(title);
  if (!m) return null;
  const tail = m[2].trim();
  const hint = outletHint?.trim().toLowerCase();
  return knownOutlet(tail) || (hint && (tail.toLowerCase() === hint || knownOutlet(tail) === knownOutlet(hint))) ? m[1] : null;
}

function findDateline(lines: string[]): Dateline | null {
  let seen = 0;
  for (const l of lines) {
    if (!l.trim()) continue;
    if (++seen > DATELINE_WINDOW) break;
    const meta = readMetaPrefix(l);
    const d = readDateline(meta ? l.slice(meta.length) : l);
    if (d) return d;
  }
  return null;
}

function readOutlet(report: RawReport, text: string, furniture: { all: string[]; promo: string[] }, dateline: Dateline | null, url: string | null): Determined<string> {
  const hint = report.hints.outlet?.trim();
  if (hint) return found(knownOutlet(hint) ?? hint, hintRule(report, 'outlet'));
  const fromUrl = url ? outletFromUrl(url) : null;
  if (fromUrl?.known) return found(fromUrl.name, 'url-domain-table', url!);
  // the site's masthead, named again by its own furniture, beats a syndicated wire's copyright line
  const first = report.raw.split('\n').find((l) => l.trim()) ?? '';
  const masthead = readMasthead(first, furniture.all);
  if (masthead) return found(masthead, 'masthead', first.trim().slice(0, 60));
  const footer = outletFromFooter(furniture.all);
  if (footer) return found(footer.name, 'footer-self-reference', footer.note);
  const promo = outletFromPromo(furniture.promo);
  if (promo) return found(promo.name, 'own-product-promotion', promo.note);
  const credit = bylineOrSignOff(report.raw);
  if (credit) return credit;
  if (dateline?.outlet) return found(knownOutlet(dateline.outlet) ?? dateline.outlet, 'dateline-outlet', dateline.text);
  const self = outletFromSelfReference(text);
  if (self) return found(self.name, 'self-reference-receiver', `${self.receiver} statement(s) made to it, never cited`);
  if (fromUrl) return found(fromUrl.name, 'url-domain-titlecased', url!);
  return none();
}

/** A label ("Rudaw Staff") or byline ("By Omar Haddad, The Gulf Ledger") near the top, or a closing "Wire / Republisher" credit. */
function bylineOrSignOff(raw: string): Determined<string> | null {
  const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean);
  for (const l of lines.slice(0, DATELINE_WINDOW)) {
    const label = readOutletLabel(l);
    if (label) return found(asPrinted(l, label), 'outlet-label', l.slice(0, 60));
    const m = /^by\s+[^,|]{2,60}?\s*[,|]\s*(.{2,60})$/i.exec(l);
    const name = m ? outletLike(m[1]) : null;
    if (name) return found(name, 'byline-outlet', l.slice(0, 60));
  }
  const last = lines[lines.length - 1];
  const names = last && lines.length > 1 ? readSignOff(last) : null;
  return names ? found(names[names.length - 1], 'sign-off-credit', last.slice(0, 60)) : null;
}

function readPublished(report: RawReport, raw: string, lines: string[], dateline: Dateline | null, url: string | null): Determined<string> {
  const hint = normaliseDate(report.hints.published);
  if (hint) return found(hint, hintRule(report, 'published'));
  const top = lines.find((l) => l.trim());
  const meta = top ? readMetaPrefix(top) : null;
  if (meta) return found(meta.value, 'top-metadata-field', meta.label);
  let updated: string | null = null;
  const nonBlankTotal = lines.filter((l) => l.trim()).length;
  let nth = 0;
  let proseSeen = false;
  for (const l of lines) {
    const t = l.trim().replace(/^[•·*-]\s*/, '');
    if (!t) continue;
    nth++;
    const before = proseSeen;
    proseSeen ||= isProse(t);
    if (t.length > 160) continue;
    const dl = readDateLine(t);
    if (dl && (dl.some((d) => d.labelled) || inDateZone(nth, nonBlankTotal, before))) {
      const pub = dl.find((d) => d.kind === 'published');
      if (pub) return found(pub.value, 'published-line', t.slice(0, 60));
      updated ??= dl[0].value;
      continue;
    }
    if (/^by\s/i.test(t) && t.split(/\s+/).length <= 20) {
      const d = findDates(t)[0];
      if (d) return found(d.value, 'byline-date', t.slice(0, 60));
    }
  }
  const fromUrl = url ? dateInUrl(url) : null;
  if (fromUrl) return found(fromUrl, 'url-path-date', url!);
  if (updated) return found(updated, 'updated-line');
  if (dateline?.monthDay) {
    const year = yearFromElsewhere(raw, url);
    const v = year ? isoDate(year, dateline.monthDay.month, dateline.monthDay.day) : null;
    if (v) return found(v, 'dateline-date', `${dateline.text}; year from elsewhere in the report`);
  }
  return none();
}

/** A date in a URL path: /2024/01/30/, /2024-01-30-, /20240130/. */
export function dateInUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?:^|[/_-])(20\d\d|19\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(path);
  return m ? isoDate(+m[1], +m[2], +m[3]) : null;
}

/** The year of the report's own full dates, else its most frequent year mention. */
function yearFromElsewhere(raw: string, url: string | null): number | null {
  const u = url ? dateInUrl(url) : null;
  if (u) return Number(u.slice(0, 4));
  const counts = new Map<number, number>();
  for (const d of findDates(raw)) counts.set(+d.value.slice(0, 4), (counts.get(+d.value.slice(0, 4)) ?? 0) + 2);
  for (const m of raw.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)) counts.set(+m[1], (counts.get(+m[1]) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best;
}
