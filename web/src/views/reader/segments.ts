/** Splits a text into runs at every span boundary, each run knowing the spans that cover it. */

export interface Highlight {
  start: number;
  end: number;
  layer: string;
  ref: { kind: string; id: string } | null;
  label: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  covers: Highlight[];
}

/** Runs of `text` with the spans covering each, narrowest first. */
export function segments(text: string, spans: Highlight[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i], end = points[i + 1];
    const covers = spans.filter((s) => s.start <= start && s.end >= end).sort((a, b) => (a.end - a.start) - (b.end - b.start));
    out.push({ start, end, text: text.slice(start, end), covers });
  }
  return out;
}

export const factKey = (ref: { kind: string; id: string } | null) => (ref ? `${ref.kind}:${ref.id}` : '');
