/**
 * Events as CSV in ACLED-like columns, one row per event. Report text is untrusted: cells are
 * quoted, and a cell a spreadsheet would read as a formula gets a leading apostrophe.
 */
import type { Situation } from '../core/types.ts';

export const CSV_COLUMNS = ['event_date', 'event_type', 'actor1', 'actor2', 'location', 'latitude', 'longitude', 'fatalities', 'source', 'notes'] as const;

/** Quotes a cell when needed and defuses spreadsheet formulas. */
export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The events of the situation as CSV text. */
export function toCSV(s: Situation): string {
  const ent = new Map(s.entities.map((e) => [e.id, e]));
  const doc = new Map(s.documents.map((d) => [d.id, d]));
  const names = (ids: string[]) => ids.map((id) => ent.get(id)?.name).filter(Boolean).join('; ');
  const rows = [CSV_COLUMNS.join(',')];
  for (const ev of s.events) {
    const located = ev.locations.map((id) => ent.get(id)).find((e) => typeof e?.lat === 'number' && typeof e?.lon === 'number');
    const docIds = [...new Set([...ev.evidence.map((x) => x.doc), ...(ev.sources ?? [])])];
    const sources = [...new Set(docIds.map((id) => doc.get(id)?.outlet ?? id))].join('; ');
    const first = ev.evidence[0];
    const excerpt = first ? doc.get(first.doc)?.text.slice(first.start, first.end).replace(/\s+/g, ' ').slice(0, 300) : '';
    const notes = [ev.dateText ? `date from "${ev.dateText}"` : '', ev.wounded != null ? `${ev.wounded} wounded` : '', excerpt ?? '']
      .filter(Boolean)
      .join(' | ');
    const cells = [
      ev.date,
      ev.type,
      ent.get(ev.actors[0])?.name ?? names(ev.actors),
      ent.get(ev.targets[0])?.name ?? names(ev.targets),
      names(ev.locations),
      located?.lat ?? null,
      located?.lon ?? null,
      ev.killed,
      sources,
      notes,
    ];
    rows.push(cells.map(csvCell).join(','));
  }
  return rows.join('\n') + '\n';
}
