/**
 * Calendar arithmetic on `YYYY-MM-DD` strings (UTC days), the only date form sitrep stores.
 * Weekdays are numbered as in JavaScript: 0 Sunday … 6 Saturday.
 */

/** Day number (days since 1970-01-01) of an ISO day string. */
export function dayNumber(iso: string): number {
  return Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000);
}

/** The ISO day string of a day number. */
export function fromDayNumber(n: number): string {
  return new Date(n * 86400000).toISOString().slice(0, 10);
}

/** Adds (or subtracts) whole days. */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** 0 Sunday … 6 Saturday. */
export function weekdayOf(iso: string): number {
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

/** A day string from parts, or null when the day does not exist (February 30). */
export function makeDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** `YYYY-MM` from parts. */
export const makeMonth = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;

/** True for a complete `YYYY-MM-DD` value. */
export const isDay = (v: string | null | undefined): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The most recent given weekday on or before `iso` (the day itself allowed). */
export function weekdayOnOrBefore(iso: string, weekday: number): string {
  return addDays(iso, -((weekdayOf(iso) - weekday + 7) % 7));
}

/** The first given weekday on or after `iso` (the day itself allowed). */
export function weekdayOnOrAfter(iso: string, weekday: number): string {
  return addDays(iso, (weekday - weekdayOf(iso) + 7) % 7);
}

/** True when two values can name the same time: equal, or one is a prefix (coarser) of the other. */
export function datesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}
