/**
 * Reads publication dates as `YYYY-MM-DD`: ISO dates, "February 01, 2024", "1 Feb 2024",
 * 2024/01/30, and whole metadata lines such as "Updated: February 01, 2024, 5:58 PM".
 */
import { dateWords } from './data.ts';

/** A date found in a string: where it stands and its value. */
export interface FoundDate {
  index: number;
  length: number;
  /** `YYYY-MM-DD`. */
  value: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` when the parts make a real calendar date, else null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

type DatePattern = { re: RegExp; read: (m: RegExpExecArray) => string | null };
let patterns: DatePattern[] | null = null;
/** The same patterns, with numeric dates whose day and month could be swapped read day first. */
let dayFirst: DatePattern[] | null = null;

function datePatterns() {
  if (patterns) return patterns;
  const months = dateWords().months;
  const mon = Object.keys(months).sort((a, b) => b.length - a.length).join('|');
  const month = (s: string) => months[s.toLowerCase().replace(/\.$/, '')];
  patterns = [
    // 2024-02-01, 2024-02-01T17:58:00Z, 2024/02/01
    { re: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?(?!\d)/g, read: (m) => isoDate(+m[1], +m[2], +m[3]) },
    // February 01, 2024 · Feb. 1 2024 · February 1st, 2024
    { re: new RegExp(`\\b(${mon})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'gi'), read: (m) => isoDate(+m[3], month(m[1]), +m[2]) },
    // 1 February 2024 · 01 Feb, 2024
    { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (${mon})\\.?,? (\\d{4})\\b`, 'gi'), read: (m) => isoDate(+m[3], month(m[2]), +m[1]) },
    // 31/01/2024 or 01-31-2024: read only when the day cannot be mistaken for the month
    {
      re: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g,
      read: (m) => (+m[1] > 12 ? isoDate(+m[3], +m[2], +m[1]) : +m[2] > 12 ? isoDate(+m[3], +m[1], +m[2]) : null),
    },
  ];
  dayFirst = [
    ...patterns.slice(0, 3),
    // on a metadata line, 01/02/2024 is read day first, as the region's outlets write it
    { re: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g, read: (m) => (+m[2] > 12 ? isoDate(+m[3], +m[1], +m[2]) : isoDate(+m[3], +m[2], +m[1])) },
  ];
  return patterns;
}

/** Puts a space after a year glued to what follows it on scraped pages ("20247:05 AM", "202431 Jan"). */
export function unglue(s: string): string {
  return s.replace(/\b((?:19|20)\d\d)(?=\d{1,2}(?::\d\d|\s+[A-Za-z]))/g, '$1 ');
}

/**
 * Every full date (with a year) in a string, in order of position. With `ambiguousDayFirst`,
 * 01/02/2024 is read as 1 February instead of being skipped.
 */
export function findDates(s: string, ambiguousDayFirst = false): FoundDate[] {
  const out: FoundDate[] = [];
  datePatterns();
  for (const p of ambiguousDayFirst ? dayFirst! : patterns!) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(s); m; m = p.re.exec(s)) {
      const value = p.read(m);
      if (!value) continue;
      if (out.some((o) => m!.index < o.index + o.length && o.index < m!.index + m![0].length)) continue;
      out.push({ index: m.index, length: m[0].length, value });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Normalises a date string (a hint, an ISO timestamp, "Feb 1, 2024") to `YYYY-MM-DD`, or null. */
export function normaliseDate(s: string | undefined | null): string | null {
  if (!s) return null;
  const found = findDates(s);
  return found.length ? found[0].value : null;
}

let labelWords: Set<string> | null = null;

/** A metadata line made of a date and its label: "Updated: February 01, 2024, 5:58 PM". */
export interface DateLine {
  /** `published` when labelled so (or unlabelled), `updated` for update stamps. */
  kind: 'published' | 'updated';
  value: string;
  /** Whether a label word (Published, Updated, Posted...) stands before the date. */
  labelled: boolean;
}

/** A byline closing a date line: "Posted on January 29, 2024 by Dana Reyes". */
const BY_TAIL = /\s+(?:by|By|BY)\s+[A-Z][\w.'’-]*(?:,?\s+(?:and\s+|&\s+)?[A-Z][\w.'’-]*){0,5}\s*$/;
/** An author's name opening a date line, set off by a bar or a dot: "Dana Reyes | 29.01.2024". */
const NAME_HEAD = /^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}\s*[|·•]\s*/;

/**
 * Reads a line that holds nothing but dates, their labels (Published, Updated, Posted...),
 * times, weekdays and time zones, perhaps closed by a byline. Returns null for any line with
 * other words in it.
 */
export function readDateLine(line: string): DateLine[] | null {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > 160 || !/\d/.test(trimmed)) return null;
  const text = unglue(trimmed).replace(BY_TAIL, '').replace(NAME_HEAD, '');
  if (!text || text.length > 120) return null;
  const dates = findDates(text, true);
  if (!dates.length) return null;
  const w = dateWords();
  const allowed = (labelWords ??= new Set([...w.weekdays, ...w.fillerWords, ...w.publishedWords, ...w.updatedWords].flatMap((x) => x.split(' '))));
  const out: DateLine[] = [];
  let rest = '';
  let last = 0;
  for (const d of dates) {
    const before = text.slice(last, d.index).toLowerCase();
    rest += ' ' + before;
    const updated = w.updatedWords.some((u) => before.includes(u));
    const labelled = updated || w.publishedWords.some((u) => new RegExp(`\\b${u}\\b`).test(before));
    out.push({ kind: updated ? 'updated' : 'published', value: d.value, labelled });
    last = d.index + d.length;
  }
  rest += ' ' + text.slice(last).toLowerCase();
  const words = rest
    // a clock time, perhaps with its local zone named by a place: "11:40 Baghdad time", "9.30 local time"
    .replace(/\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?(?:[a-z]+ ){1,2}time\b\)?)?/g, ' ')
    .replace(/\b(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?/g, ' ')
    .split(/[^a-z.]+/)
    .map((x) => x.replace(/^\.+|\.+$/g, ''))
    .filter(Boolean);
  if (!words.every((x) => allowed.has(x))) return null;
  // a label after the last date ("January 30, 2024 7:05 AM Updated 2 hours ago") marks the whole line as metadata
  const after = text.slice(last).toLowerCase();
  if ([...w.updatedWords, ...w.publishedWords].some((u) => new RegExp(`(?<![a-z])${u}(?![a-z])`).test(after))) for (const d of out) d.labelled = true;
  return out;
}

/** A leading metadata field such as ` date 2024-02-01 ` at the very top of a text. */
export function readMetaPrefix(line: string): { length: number; value: string; label: string } | null {
  const m = /^\s*(date|published|posted|updated|dated|pubdate|publication date)\s*[:=]?\s*(\d{4}-\d{2}-\d{2})(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?(?:\s+|$)/i.exec(line);
  if (!m) return null;
  const value = normaliseDate(m[2]);
  return value ? { length: m[0].length, value, label: m[1].toLowerCase() } : null;
}
