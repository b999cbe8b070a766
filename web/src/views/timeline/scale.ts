/** Date arithmetic for the timeline: parsing partial dates, zooming and choosing ticks. */

const DAY = 86_400_000;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` to UTC milliseconds (start of the period). */
export const toMs = (d: string): number => Date.parse(d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);

/** Scales the domain by `factor` around `at`, never narrower than one day. */
export function zoomAround([lo, hi]: [number, number], at: number, factor: number): [number, number] {
  const span = Math.max(DAY, (hi - lo) * factor);
  const f = (at - lo) / (hi - lo || 1);
  return [at - f * span, at - f * span + span];
}

/** Tick marks suited to the span: days, months or years. */
export function ticks(lo: number, hi: number): Array<{ ms: number; label: string }> {
  const span = hi - lo;
  const out: Array<{ ms: number; label: string }> = [];
  const d = new Date(lo);
  if (span <= 40 * DAY) {
    const step = span <= 12 * DAY ? 1 : span <= 25 * DAY ? 2 : 4;
    for (let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()); t <= hi; t += step * DAY) {
      if (t >= lo) out.push({ ms: t, label: new Date(t).toISOString().slice(5, 10) });
    }
  } else if (span <= 3 * 365 * DAY) {
    const step = span <= 400 * DAY ? 1 : 3;
    for (let y = d.getUTCFullYear(), m = d.getUTCMonth(); ; m += step) {
      const t = Date.UTC(y, m, 1);
      if (t > hi) break;
      if (t >= lo) out.push({ ms: t, label: new Date(t).toISOString().slice(0, 7) });
    }
  } else {
    for (let y = d.getUTCFullYear(); ; y++) {
      const t = Date.UTC(y, 0, 1);
      if (t > hi) break;
      if (t >= lo) out.push({ ms: t, label: String(y) });
    }
  }
  return out;
}
