/**
 * The report's two pictures as inline SVG strings: the timeline (events as dots on a date axis,
 * red for violence) and the actor network (force layout, node size by mentions, edge colour by
 * relation type). Every label is escaped.
 */
import type { Situation } from '../core/types.ts';
import { actorNetwork, EDGE_COLOURS } from '../export/network.ts';
import { forceLayout } from './layout.ts';
import { escHtml as e } from './escape.ts';

const DAY = 86_400_000;
/** Parses YYYY, YYYY-MM or YYYY-MM-DD to a UTC time (the start of the period). */
export const dateMs = (d: string): number => Date.parse(d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);

/** True for CAMEO roots 18–20 (assault, fight, mass violence). */
export const isViolent = (cameo: string) => Number(cameo.slice(0, 2)) >= 18;

/** The dated events on one axis. */
export function timelineSvg(s: Situation, width = 900): string {
  const dated = s.events.filter((ev) => ev.date && Number.isFinite(dateMs(ev.date)));
  if (!dated.length) return '';
  const times = dated.map((ev) => dateMs(ev.date!));
  const t0 = Math.min(...times) - DAY;
  const t1 = Math.max(...times) + DAY;
  const left = 40, right = width - 40;
  const x = (t: number) => left + ((t - t0) / (t1 - t0)) * (right - left);
  const stack = new Map<number, number>();
  const dots: string[] = [];
  dated.forEach((ev, i) => {
    const px = Math.round(x(times[i]));
    const level = stack.get(px) ?? 0;
    stack.set(px, level + 1);
    const y = 150 - level * 12;
    const fill = isViolent(ev.cameo) ? '#c0392b' : '#2e86c1';
    dots.push(`<circle cx="${px}" cy="${y}" r="5" fill="${fill}"><title>${e(`${ev.date} ${ev.type}`)}</title></circle>`);
  });
  const top = 150 - Math.max(...stack.values()) * 12 - 4;
  const ticks: string[] = [];
  const spanDays = (t1 - t0) / DAY;
  const start = new Date(t0);
  for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)); d.getTime() <= t1; ) {
    if (d.getTime() >= t0) {
      const px = Math.round(x(d.getTime()));
      ticks.push(`<line x1="${px}" y1="160" x2="${px}" y2="166" stroke="#555"/><text x="${px}" y="180" font-size="11" text-anchor="middle">${d.toISOString().slice(0, 7)}</text>`);
    }
    d = spanDays > 800 ? new Date(Date.UTC(d.getUTCFullYear() + 1, 0, 1)) : new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 ${top} ${width} ${190 - top}" width="100%" role="img" aria-label="timeline of events">` +
    `<line x1="${left}" y1="160" x2="${right}" y2="160" stroke="#555"/>${ticks.join('')}${dots.join('')}</svg>`;
}

/** The actor network, at most `maxNodes` of the most mentioned actors. */
export function networkSvg(s: Situation, width = 900, height = 560, maxNodes = 40): string {
  const net = actorNetwork(s);
  const connected = new Set(net.edges.flatMap((x) => [x.source, x.target]));
  const nodes = net.nodes.filter((n) => connected.has(n.id)).sort((a, b) => b.mentions - a.mentions).slice(0, maxNodes);
  if (!nodes.length) return '';
  const keep = new Set(nodes.map((n) => n.id));
  const edges = net.edges.filter((x) => keep.has(x.source) && keep.has(x.target));
  const pos = forceLayout(nodes, edges, width, height);
  const parts: string[] = [];
  for (const x of edges) {
    const a = pos.get(x.source)!, b = pos.get(x.target)!;
    parts.push(`<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${EDGE_COLOURS[x.kind] ?? '#888'}" stroke-width="${Math.min(4, 1 + x.weight / 2)}" marker-end="url(#arrow)"><title>${e(x.label)}</title></line>`);
  }
  for (const n of nodes) {
    const p = pos.get(n.id)!;
    const r = 4 + 2 * Math.sqrt(n.mentions);
    const fill = n.type === 'person' ? '#f5b041' : n.type === 'location' ? '#58d68d' : '#85c1e9';
    parts.push(`<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}" fill="${fill}" stroke="#333"><title>${e(`${n.label} (${n.mentions} mentions)`)}</title></circle>` +
      `<text x="${p.x.toFixed(1)}" y="${(p.y - r - 3).toFixed(1)}" font-size="11" text-anchor="middle">${e(n.label)}</text>`);
  }
  const used = [...new Set(edges.map((x) => x.kind))];
  const legend = used.map((k, i) => `<rect x="10" y="${10 + i * 16}" width="12" height="4" fill="${EDGE_COLOURS[k] ?? '#888'}"/><text x="28" y="${15 + i * 16}" font-size="11">${e(k.replace(/_/g, ' '))}</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="actor network">` +
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#666"/></marker></defs>` +
    `${parts.join('')}${legend}</svg>`;
}
