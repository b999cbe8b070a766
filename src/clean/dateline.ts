/**
 * Datelines at the start of a story paragraph: "BAGHDAD, Jan 30 (Reuters) - ",
 * "WASHINGTON DC, United States (Kurdistan 24) ", "ERBIL, Kurdistan Region — ", "(CNN) — ".
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
  const tail = String.raw`(?:\s*\((?<outlet>[A-Z][^()]{1,38})\)(?:\s*(?<sep>[-–—:]))?|\s*(?<sep3>[-–—]))`;
  const wire = String.raw`\((?<outlet2>[A-Z][^()]{1,38})\)\s*(?<sep2>[-–—])`;
  re = new RegExp(String.raw`^\s*(?:${place}${date}${tail}|${wire})\s+(?=["“‘'A-Z0-9])`, 'i');
  return re;
}

/** The dateline at the start of a line, or null. Needs an outlet in brackets or a dash after the place. */
export function readDateline(line: string): Dateline | null {
  // "Shafaq News/ The militia said…": a known outlet's name and a slash open the story.
  const slash = /^\s*([A-Z][\w.&'’ -]{1,30}?)\s?\/\s+(?=["“A-Z])/.exec(line);
  const slashOutlet = slash ? knownOutlet(slash[1]) : null;
  if (slash && slashOutlet) return { length: slash[0].length, place: null, outlet: slashOutlet, monthDay: null, text: slash[0].trim() };
  const m = datelineRe().exec(line);
  if (!m?.groups) return null;
  const g = m.groups;
  const outlet = (g.outlet ?? g.outlet2 ?? '').trim() || null;
  if (!outlet && !g.sep && !g.sep2 && !g.sep3) return null;
  if (outlet && (/\d{1,2}[:/.]\d/.test(outlet) || !/[A-Za-z]{2}/.test(outlet))) return null;
  // The place must be written in capitals (BAGHDAD), unlike an ordinary sentence start.
  if (g.place && !/^[A-Z][A-Z.'’-]{2,}\b/.test(g.place)) return null;
    const months = dateWords().months;
  const monthDay = g.mon ? { month: months[g.mon.toLowerCase()], day: Number(g.day) } : null;
  return { length: m[0].length, place: g.place?.trim() ?? null, outlet, monthDay, text: m[0].trim() };
}
