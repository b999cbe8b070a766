/**
 * Outlet names: the known-outlet table (data/clean/outlets.tsv) by name, alias and domain; the
 * outlet a report names as itself in its footer ("Newsweek is committed…", "© 2024 Rudaw") or as
 * the receiver of statements ("told The National", "Newsweek has contacted…"), as opposed to an
 * outlet it cites ("Reuters reported", "as The New York Times said").
 */
import { knownOutlets, outletWords } from './data.ts';

interface OutletIndex {
  byName: Map<string, string>;
  byDomain: Map<string, string>;
  /** Every name and alias, longest first, as one alternation. */
  names: RegExp;
}

let index: OutletIndex | null = null;

function outletIndex(): OutletIndex {
  if (index) return index;
  const byName = new Map<string, string>();
  const byDomain = new Map<string, string>();
  for (const o of knownOutlets()) {
    for (const n of [o.name, ...o.aliases]) byName.set(n.toLowerCase(), o.name);
    for (const d of o.domains) byDomain.set(d, o.name);
  }
  const all = [...new Set(knownOutlets().flatMap((o) => [o.name, ...o.aliases]))].sort((a, b) => b.length - a.length);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const names = new RegExp(`(?<![\\w’'-])(${all.map(esc).join('|')})(?![\\w’-])`, 'g');
  return (index = { byName, byDomain, names });
}

/** The canonical name of a known outlet named `s` (any alias, any case, or its web domain: "Rudaw.net"), or null. */
export function knownOutlet(s: string): string | null {
  const { byName, byDomain } = outletIndex();
  const k = s.trim().replace(/\s+/g, ' ').toLowerCase();
  const bare = k.replace(/^the /, '');
  const named = byName.get(k) ?? byName.get(bare) ?? byName.get(`the ${bare}`);
  if (named) return named;
  if (!/^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(k)) return null;
  for (let h = k.replace(/^www\./, ''); h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const hit = byDomain.get(h);
    if (hit) return hit;
  }
  return null;
}

/**
 * The outlet a short name stands for: a known outlet, or a capitalised name holding an outlet
 * word ("The Gulf Ledger", "Levant Dispatch"); null otherwise.
 */
export function outletLike(s: string): string | null {
  const t = s.trim().replace(/[.;:]+$/, '');
  const known = knownOutlet(t);
  if (known) return known;
  if (!/^(?:The )?(?:[A-Z][\w'’&-]*\s){0,3}[A-Z][\w'’-]*$/.test(t)) return null;
  const words = outletWords();
  return t.split(/\s+/).some((w) => words.has(w)) ? t : null;
}

/** A masthead's section after the outlet's name: "Rudaw - Politics", "Courier | World News". */
const SECTION_AFTER = /\s+[-–—|]\s+[A-Z][\w&'’.-]*(?: [\w&'’.-]+){0,2}$/;

/**
 * A line that only names a known outlet, as a label or byline: "Rudaw", "Al-Monitor Staff",
 * "Rudaw's Baghdad correspondent", "(France 24 with AFP)", or a masthead with its section ("Rudaw - Politics").
 */
export function readOutletLabel(line: string): string | null {
  const named = outletOfLabel(line);
  if (named || !SECTION_AFTER.test(line)) return named;
  return outletOfLabel(line.trim().replace(SECTION_AFTER, ''));
}

function outletOfLabel(line: string): string | null {
  const t = line.trim().replace(/^\((.*)\)$/, '$1').replace(/^(?:by|from)\s+/i, '');
  if (!t || t.length > 60) return null;
  const m = /^(.+?)(?:['’]s(?:\s+[A-Z][\w-]*){0,3}\s+(?:correspondent|reporter|bureau|desk|staff)|\s+(?:staff(?:\s+writers?)?|newsroom|news desk|desk|reporters?|team|correspondents?))?(?:\s*(?:&|and|with)\s*(?:agencies|wires|news agencies|AFP|AP|Reuters))?$/i.exec(t);
  return m ? knownOutlet(m[1]) : null;
}

/** Edition words after an outlet's name: "Al Arabiya English" is the English edition of Al Arabiya. */
const EDITION = /^(?:English|Arabic|Persian|Farsi|Kurdish|Turkish|French|Français|Hebrew|International)$/;

/** The outlet a label names, written as the label prints it when it names an edition ("X English"); else the canonical name. */
export function asPrinted(label: string, canonical: string): string {
  const t = label.trim().replace(/\s+/g, ' ');
  const rest = t.slice(canonical.length).trim();
  return t.toLowerCase().startsWith(canonical.toLowerCase() + ' ') && EDITION.test(rest) ? t : canonical;
}

/** Longest masthead, in words. */
const MASTHEAD_WORDS = 4;

/**
 * The outlet a page's first line names as its masthead ("Courier News" above the menu), when
 * other furniture of the page names it again (its copyright line, its newsletter, a label):
 * a known outlet or a name with an outlet word, as printed; else null.
 */
export function readMasthead(first: string, otherFurniture: string[]): string | null {
  const t = first.trim();
  if (!t || t.split(/\s+/).length > MASTHEAD_WORDS) return null;
  const known = readOutletLabel(t);
  const name = known ? asPrinted(t.replace(SECTION_AFTER, ''), known) : outletLike(t);
  if (!name) return null;
  // the name without "The" and its closing outlet words ("Harbor City News" → "Harbor City")
  const words = (known ?? name).replace(/^the\s+/i, '').split(/\s+/);
  while (words.length > 1 && outletWords().has(words[words.length - 1])) words.pop();
  const key = words.join(' ');
  if (key.length < 3) return null;
  const again = new RegExp(`(?<![\\w-])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
  return otherFurniture.some((l) => l.trim() !== t && again.test(l)) ? name : null;
}

/** A closing credit line made only of outlet names: "- Meridian Wire / The Euphrates Post". */
export function readSignOff(line: string): string[] | null {
  const t = line.trim().replace(/^[-–—•·*]+\s*/, '');
  if (!t || t.split(/\s+/).length > 10 || /[.!?]$/.test(t)) return null;
  const parts = t.split(/\s*(?:\/|\||&|,|\band\b)\s*/).filter(Boolean);
  const names = parts.map(outletLike);
  return names.length && names.every(Boolean) ? (names as string[]) : null;
}

/** The outlet behind a URL: from the known-domain table, or the domain's name title-cased. */
export function outletFromUrl(url: string): { name: string; known: boolean } | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const { byDomain } = outletIndex();
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const hit = byDomain.get(h);
    if (hit) return { name: hit, known: true };
  }
  const labels = host.replace(/^(www|m|amp|edition|english|en)\./, '').split('.');
  if (labels.length < 2) return null;
  const secondLevel = /^(co|com|org|net|gov|ac|news)$/.test(labels[labels.length - 2]) && labels.length >= 3;
  const base = labels[labels.length - (secondLevel ? 3 : 2)];
  const name = base
    .split('-')
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
  return name ? { name, known: false } : null;
}

const FOOTERS: RegExp[] = [
  /^(?:the\s+)?(.{2,40}?) (?:is committed to|delivers|provides|brings|offers)\b/,
  /^\(?(.{2,30}?) with (?:afp|ap|reuters|agencies|wires)\b/i,
  /^to (?:read|learn|find out|see) (?:more about )?how (.{2,40}?) uses? (?:ai|artificial intelligence)\b/i,
  /^follow (?!us\b)(.{2,40}?) on\b/i,
  /^source:\s*(.{2,40}?)(?:\s+and\s+(?:news\s+)?agencies)?\s*$/i,
];

/** A copyright line in any of its forms ("© 2024 X", "Copyright © X", "All rights reserved © X"). */
const COPYRIGHT = /^(?:©|\(c\)|copyright\b|all (?:(?:the )?rights (?:are )?reserved|content)\b|.{2,40}\s(?:©|\(c\))\s?(?:19|20)\d\d\b)/i;

/** The first known outlet named anywhere in a line ("© 2024 Al Jazeera Media Network"). */
function firstKnownName(line: string): string | null {
  const re = new RegExp(outletIndex().names.source, 'g');
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const name = knownOutlet(m[1]);
    if (name) return name;
  }
  return null;
}

/** The outlet named as the publisher in footer furniture (the removed lines), or null. */
export function outletFromFooter(furniture: string[]): { name: string; note: string } | null {
  for (const line of furniture) {
    const t = line.trim().replace(/^[•·*-]\s*/, '');
    if (COPYRIGHT.test(t)) {
      if (!/\d{4}|rights|copyright/i.test(t)) continue; // a bare "© AP" is a photo credit, not the page's own copyright
      const named = firstKnownName(t);
      if (named) return { name: named, note: t.slice(0, 60) };
    }
    for (const re of FOOTERS) {
      const m = re.exec(t);
      if (!m) continue;
      const known = knownOutlet(m[1]);
      if (known) return { name: known, note: t.slice(0, 60) };
    }
    const dom = /\b((?:[a-z0-9-]+\.)+(?:com|net|org|co\.uk|news|ae|iq|ir|tv|media))\b/i.exec(t);
    if (dom) {
      const o = outletFromUrl(`https://${dom[1].toLowerCase()}`);
      if (o?.known) return { name: o.name, note: t.slice(0, 60) };
    }
  }
  return null;
}

/** Words for an outlet's own products, after its name: "the Rudaw app", "The National's newsletter". */
const PRODUCT_AFTER = /^(?:['’]s\b|\s+(?:app|apps|newsletters?|premium|plus|pro|trust principles|podcast|daily|briefing|live)\b)/i;

/** Words before an outlet's name in a writer's blurb: "a reporter at the Courier", "joined Rudaw in 2019". */
const STAFF_BEFORE = /\b(?:at|for|with|joined)\s+(?:the\s+)?$/i;

/**
 * The outlet whose own products a promotion line names ("Sign up for the Courier's newsletter",
 * "Download the Rudaw app", "The Thomson Reuters Trust Principles") or whose staff a writer's
 * blurb says the writer is ("a reporter at Al-Monitor", "Rudaw's Baghdad correspondent"), or null.
 */
export function outletFromPromo(promo: string[]): { name: string; note: string } | null {
  // the shared name pattern refuses a following apostrophe; a possessive is what is looked for here
  const source = outletIndex().names.source.replace("(?![\\w’-])", '(?![\\w-])');
  for (const line of promo) {
    const re = new RegExp(source, 'g');
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const name = knownOutlet(m[1]);
      const own = PRODUCT_AFTER.test(line.slice(m.index + m[0].length)) || STAFF_BEFORE.test(line.slice(0, m.index));
      if (name && own) return { name, note: line.trim().slice(0, 60) };
    }
  }
  return null;
}

const RECEIVER_BEFORE = /\b(?:told|tells|telling|speaking (?:exclusively )?(?:to|with)|spoke (?:exclusively )?(?:to|with)|spoken to|talking to|in an interview with|interview with|in a statement to|a statement to|confirmed to|explained to|said to)\s+$/i;
const RECEIVER_AFTER = /^\s+(?:has|have|had)\s+(?:contacted|reached out|asked|approached|requested|sought|learned|obtained|seen|reviewed)\b|^\s+(?:could not|couldn't|was unable to|cannot|can't|has not been able to|did not|has not)\s+(?:independently\s+)?(?:verify|confirm)\b|^\s+(?:understands|learned|learnt|reached out)\b/i;
const CITE_AFTER = /^(?:’s|'s)?\s+(?:first\s+|previously\s+|earlier\s+|also\s+)?(?:reported|reports|reporting|said|says|wrote|writes|described|explained|continued|added|noted|cited|quoted|revealed|published|broke|according)\b|^(?:’s|'s)\s+(?:report|reporting|article|story|sources)\b/i;
const CITE_BEFORE = /\b(?:according to|as|cited by|reported by|quoted by|via|told by|report(?:ed)? (?:in|by)|in an? (?:interview|report|article) (?:with|in|by))\s+(?:the\s+)?$/i;

/** The known outlet a text names as the receiver of statements and never cites, or null. */
export function outletFromSelfReference(text: string): { name: string; receiver: number } | null {
  const tally = new Map<string, { r: number; c: number }>();
  const re = new RegExp(outletIndex().names.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = knownOutlet(m[1]);
    if (!name) continue;
    const before = text.slice(Math.max(0, m.index - 45), m.index).replace(/\bthe\s+$/i, '');
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const t = tally.get(name) ?? { r: 0, c: 0 };
    if (RECEIVER_BEFORE.test(before) || RECEIVER_AFTER.test(after)) t.r++;
    else if (CITE_AFTER.test(after) || CITE_BEFORE.test(before)) t.c++;
    tally.set(name, t);
  }
  let best: { name: string; receiver: number } | null = null;
  for (const [name, t] of tally) {
    if (t.r >= 1 && t.c === 0 && (!best || t.r > best.receiver)) best = { name, receiver: t.r };
  }
  return best;
}
