/**
 * Datelines at the start of a story paragraph: "BAGHDAD, Jan 30 (Reuters) - ",
 * "WASHINGTON DC, United States (Kurdistan 24) ", "ERBIL, Kurdistan Region — ", "(CNN) — ",
 * "BAGHDAD, Jan. 29 (Xinhua) -- ", and, when the outlet is a known one, datelines written in
 * ordinary case ("Baghdad (AFP) – ", "Baghdad CNN — ", "Baghdad-INA ") and an outlet's name as
 * a label before the story ("Shafaq News/ ", "Rudaw | ", "AP — ").
 * The dateline is metadata (place, outlet, month and day); the sentence after it is story.
 */
import { dateWords } from './data.ts';
import { knownOutlet } from './outlets.ts';

export interface Dateline {
  /** Characters from the line start to the first word of the story. */
  length: number;
  place: string | null;
  outlet: string | null;
  /** Month and day when the dateline gives them (`{month, day}`), year unknown. */
  monthDay: { month: number; day: number } | null;
  text: string;
}

let re: RegExp | null = null;

function datelineRe(): RegExp {
  if (re) return re;
  const mon = Object.keys(dateWords().months).sort((a, b) => b.length - a.length).join('|');
  const place = String.raw`(?<place>[A-Z][A-Z.'’/-]{2,}(?:[ -][A-Z][A-Z.'’/-]+)*(?:,\s*(?!(?:${mon})\b)[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3})?)`;
  const date = String.raw`(?:,\s*(?<mon>${mon})\.?\s+(?<day>\d{1,2})(?:,?\s+\d{4})?)?`;
  const tail = String.raw`(?:\s*\((?<outlet>[A-Z][^()]{1,38})\)(?:\s*(?<sep>--|[-–—:]))?|\s*(?<sep3>--|[-–—]))`;
  const wire = String.raw`\((?<outlet2>[A-Z][^()]{1,38})\)\s*(?<sep2>--|[-–—])`;
  re = new RegExp(String.raw`^\s*(?:${place}${date}${tail}|${wire})\s+(?=["“‘'A-Z0-9])`, 'i');
  return re;
}

/** The dateline at the start of a line, or null. Needs an outlet in brackets or a dash after the place. */
export function readDateline(line: string): Dateline | null {
  const d = datelineAt(line);
  // what follows a dateline is a sentence: "Rudaw - Politics" is a masthead and its section
  return d && !SECTION_NAME.test(line.slice(d.length).trim()) ? d : null;
}

/** A section's name closing a masthead line: one to three capitalised words ("Security", "Nation & World"). */
const SECTION_NAME = /^[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|&)){0,2}$/;

function datelineAt(line: string): Dateline | null {
  const label = readOutletLead(line);
  if (label) return label;
  const m = datelineRe().exec(line);
  if (!m?.groups) return null;
  const g = m.groups;
  const outlet = (g.outlet ?? g.outlet2 ?? '').trim() || null;
  if (!outlet && !g.sep && !g.sep2 && !g.sep3) return null;
  if (outlet && (/\d{1,2}[:/.]\d/.test(outlet) || !/[A-Za-z]{2}/.test(outlet))) return null;
  // The place must be written in capitals (BAGHDAD), unlike an ordinary sentence start, unless a known outlet follows it.
  if (g.place && !/^[A-Z][A-Z.'’-]{2,}\b/.test(g.place) && !(outlet && knownOutlet(outlet) && /^[A-Z][a-z]/.test(g.place))) return null;
  const months = dateWords().months;
  const monthDay = g.mon ? { month: months[g.mon.toLowerCase()], day: Number(g.day) } : null;
  return { length: m[0].length, place: g.place?.trim() ?? null, outlet, monthDay, text: m[0].trim() };
}

/** Separators between an outlet's name and the story: "Shafaq News/ ", "Rudaw | ", "AP — ", "Baghdad CNN — ", "Tehran, IRNA -- ". */
const NAME = String.raw`(?<name>[A-Z][\w.&'’ -]{1,34}?)\s?(?<sep>\/|\||--|[-–—:])\s+(?=["“‘A-Z0-9])`;
const LEAD = new RegExp(String.raw`^\s*${NAME}`);
const LEAD_PLACE = new RegExp(String.raw`^\s*(?<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:,\s*|\s+)${NAME}`);
const LEAD_PLACE_DASH = /^\s*(?<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s?[-–]\s?(?<name>[A-Z][\w.&'’-]{1,20})\s+(?=["“‘A-Z])/;

/**
 * A known outlet's name (after an optional place in ordinary case) and a separator opening the
 * story line, or a place and a known outlet joined by a dash ("Baghdad-INA "). Unknown names are
 * never read here: "Officials say — " stays story.
 */
function readOutletLead(line: string): Dateline | null {
  for (const re of [LEAD, LEAD_PLACE, LEAD_PLACE_DASH]) {
    const m = re.exec(line);
    const name = m?.groups?.name.trim();
    const outlet = name ? knownOutlet(name) : null;
    if (!m || !outlet) continue;
    if (re === LEAD && m.groups!.sep === ':') continue; // "Reuters: the group said" is attribution
    return { length: m[0].length, place: m.groups!.place ?? null, outlet, monthDay: null, text: m[0].trim() };
  }
  return null;
}
