/**
 * The actor network: force-directed layout (computed here, deterministic), node size by
 * mentions, edge colour by relation type; click a node to open its entity page.
 */
import { useMemo, useState } from 'preact/hooks';
import type { SharedData } from '../../api.ts';
import { actorNetwork, EDGE_COLOURS } from '../../../../src/export/network.ts';
import { forceLayout } from '../../../../src/report/layout.ts';
import { href } from '../../router.ts';

const W = 1000, H = 640, MAX_NODES = 80;

export function NetworkView({ data }: { data: SharedData }) {
  const [showEvents, setShowEvents] = useState(true);
  const [hover, setHover] = useState<string | null>(null);
  const net = useMemo(() => {
    const full = actorNetwork({ entities: data.entities, relations: data.relations, events: data.events });
    const edges = full.edges.filter((e) => showEvents || e.kind !== 'event');
    const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
    const nodes = full.nodes.filter((n) => linked.has(n.id)).sort((a, b) => b.mentions - a.mentions).slice(0, MAX_NODES);
    const keep = new Set(nodes.map((n) => n.id));
    const kept = edges.filter((e) => keep.has(e.source) && keep.has(e.target));
    return { nodes, edges: kept, pos: forceLayout(nodes, kept, W, H, 300, 90) };
  }, [data, showEvents]);
  const kinds = [...new Set(net.edges.map((e) => e.kind))];
  const near = hover ? new Set(net.edges.filter((e) => e.source === hover || e.target === hover).flatMap((e) => [e.source, e.target])) : null;

  return (
    <section class="network">
      <h1>Actor network</h1>
      <p class="muted">
        {net.nodes.length} actors, {net.edges.length} links. Node size: mentions. Click a node to open the actor.{' '}
        <label><input type="checkbox" checked={showEvents} onChange={(e) => setShowEvents((e.target as HTMLInputElement).checked)} /> include events (actor → target)</label>
      </p>
      {net.nodes.length === 0 && <p>No relations or actor–target events yet.</p>}
      <svg class="network-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label="actor network">
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto">
            <path d="M0,0 L10,5 L0,10 z" class="arrowhead" />
          </marker>
        </defs>
        {net.edges.map((e) => {
          const a = net.pos.get(e.source)!, b = net.pos.get(e.target)!;
          const dim = near && !(near.has(e.source) && near.has(e.target));
          return (
            <line key={e.id} data-edge={e.kind} x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke={EDGE_COLOURS[e.kind] ?? '#888'}
              stroke-width={Math.min(5, 1 + e.weight / 2)} opacity={dim ? 0.15 : 0.8} marker-end="url(#arrow)">
              <title>{e.label}</title>
            </line>
          );
        })}
        {net.nodes.map((n) => {
          const p = net.pos.get(n.id)!;
          const r = 5 + 2.2 * Math.sqrt(n.mentions);
          return (
            <a key={n.id} href={href('entity', n.id)} data-node={n.id} onMouseEnter={() => setHover(n.id)} onMouseLeave={() => setHover(null)}>
              <circle cx={p.x} cy={p.y} r={r} class={`node ${n.type}`} opacity={near && !near.has(n.id) ? 0.3 : 1}>
                <title>{`${n.label} (${n.mentions} mentions)`}</title>
              </circle>
              <text x={p.x} y={p.y - r - 3} class="node-label">{n.label}</text>
            </a>
          );
        })}
      </svg>
      <div class="legend">
        {kinds.map((k) => <span key={k}><i class="swatch" data-kind={k} ref={(el) => { el?.style.setProperty('background', EDGE_COLOURS[k] ?? '#888'); }} />{k.replace(/_/g, ' ')}</span>)}
        <span><i class="swatch node-person" />person</span><span><i class="swatch node-organization" />organization</span><span><i class="swatch node-location" />place</span>
      </div>
    </section>
  );
}
