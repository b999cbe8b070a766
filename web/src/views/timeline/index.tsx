/**
 * The timeline: dated events on a zoomable axis (mouse wheel, buttons, drag to pan), filtered
 * by actor, type and source. Click a dot for the event; the list below shows what is in view.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { docsOf, type SharedData, type SituationEvent } from '../../api.ts';
import { CAMEO_VIOLENT, EventLine } from '../common.tsx';
import { ticks, toMs, zoomAround } from './scale.ts';

const W = 1000, H = 220, PAD = 30;

export function TimelineView({ data }: { data: SharedData }) {
  const [actor, setActor] = useState('');
  const [type, setType] = useState('');
  const [source, setSource] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const events = useMemo(() => data.events.filter((e) =>
    (!actor || e.actors.includes(actor) || e.targets.includes(actor)) &&
    (!type || e.type === type) &&
    (!source || docsOf(e).some((d) => d === source || data.documentById.get(d)?.outlet === source))), [data, actor, type, source]);
  const dated = useMemo(() => events.filter((e) => e.date && Number.isFinite(toMs(e.date))), [events]);
  const full = useMemo((): [number, number] => {
    const ts = dated.map((e) => toMs(e.date!));
    if (!ts.length) return [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)];
    // a far-off event (a background year) should not squash the rest: while the gap to the
    // outermost date is longer than all the others' span, frame without it (zoom out to see it)
    ts.sort((a, b) => a - b);
    let i = 0, j = ts.length - 1;
    while (j - i >= 3 && ts[i + 1] - ts[i] > ts[j] - ts[i + 1]) i++;
    while (j - i >= 3 && ts[j] - ts[j - 1] > ts[j - 1] - ts[i]) j--;
    const lo = ts[i], hi = ts[j];
    const pad = Math.max(86_400_000 * 2, (hi - lo) * 0.05);
    return [lo - pad, hi + pad];
  }, [events]);
  const [domain, setDomain] = useState<[number, number] | null>(null);
  useEffect(() => setDomain(null), [actor, type, source]);
  const [lo, hi] = domain ?? full;
  const x = (t: number) => PAD + ((t - lo) / (hi - lo)) * (W - 2 * PAD);
  const drag = useRef<{ px: number; lo: number; hi: number } | null>(null);
  const svg = useRef<SVGSVGElement>(null);

  const toDomainX = (clientX: number) => {
    const r = svg.current!.getBoundingClientRect();
    return lo + (((clientX - r.left) / r.width) * W - PAD) / (W - 2 * PAD) * (hi - lo);
  };
  const onWheel = (ev: WheelEvent) => {
    ev.preventDefault();
    setDomain(zoomAround([lo, hi], toDomainX(ev.clientX), ev.deltaY < 0 ? 0.8 : 1.25));
  };
  const zoom = (f: number) => setDomain(zoomAround([lo, hi], (lo + hi) / 2, f));

  const actors = useMemo(() => [...new Set(data.events.flatMap((e) => [...e.actors, ...e.targets]))]
    .map((id) => data.entityById.get(id)).filter(Boolean).sort((a, b) => a!.name.localeCompare(b!.name)), [data]);
  const types = useMemo(() => [...new Set(data.events.map((e) => e.type))].sort(), [data]);
  const outlets = useMemo(() => [...new Set(data.documents.map((d) => d.outlet).filter(Boolean) as string[])].sort(), [data]);

  const stack = new Map<number, number>();
  const dots = dated.map((e) => {
    const px = Math.round(x(toMs(e.date!)) / 12); // dots closer than ~12 units stack
    const level = stack.get(px) ?? 0;
    stack.set(px, level + 1);
    return { e, cx: x(toMs(e.date!)), cy: H - 50 - level * 14 };
  });
  const inView = dated.filter((e) => { const t = toMs(e.date!); return t >= lo && t <= hi; })
    .sort((a, b) => a.date!.localeCompare(b.date!));
  const sel = selected ? data.events.find((e) => e.id === selected) : null;

  return (
    <section class="timeline">
      <h1>Timeline</h1>
      <div class="filters">
        <label>Actor <select data-filter="actor" value={actor} onChange={(e) => setActor((e.target as HTMLSelectElement).value)}>
          <option value="">all</option>{actors.map((a) => <option key={a!.id} value={a!.id}>{a!.name}</option>)}
        </select></label>
        <label>Type <select data-filter="type" value={type} onChange={(e) => setType((e.target as HTMLSelectElement).value)}>
          <option value="">all</option>{types.map((t) => <option key={t} value={t}>{t}</option>)}
        </select></label>
        <label>Source <select data-filter="source" value={source} onChange={(e) => setSource((e.target as HTMLSelectElement).value)}>
          <option value="">all</option>{outlets.map((o) => <option key={o} value={o}>{o}</option>)}
        </select></label>
        <span class="zoom">
          <button data-zoom="in" onClick={() => zoom(0.5)} title="zoom in">+</button>
          <button data-zoom="out" onClick={() => zoom(2)} title="zoom out">−</button>
          <button data-zoom="reset" onClick={() => setDomain(null)}>reset</button>
        </span>
      </div>
      <svg ref={svg} class="timeline-chart" viewBox={`0 0 ${W} ${H}`} onWheel={onWheel}
        onPointerDown={(ev) => { drag.current = { px: ev.clientX, lo, hi }; }}
        onPointerMove={(ev) => {
          if (!drag.current || !svg.current) return;
          const r = svg.current.getBoundingClientRect();
          const shift = ((ev.clientX - drag.current.px) / r.width) * W / (W - 2 * PAD) * (drag.current.hi - drag.current.lo);
          if (Math.abs(shift) > 0) setDomain([drag.current.lo - shift, drag.current.hi - shift]);
        }}
        onPointerUp={() => { drag.current = null; }} onPointerLeave={() => { drag.current = null; }}>
        <line x1={PAD} x2={W - PAD} y1={H - 36} y2={H - 36} class="axis" />
        {ticks(lo, hi).map((t) => (
          <g key={t.ms}><line x1={x(t.ms)} x2={x(t.ms)} y1={H - 36} y2={H - 30} class="axis" />
            <text x={x(t.ms)} y={H - 16} class="tick">{t.label}</text></g>
        ))}
        {dots.filter((d) => d.cx >= PAD - 5 && d.cx <= W - PAD + 5).map(({ e, cx, cy }) => (
          <circle key={e.id} data-event={e.id} cx={cx} cy={cy} r={selected === e.id ? 8 : 6}
            class={`dot ${CAMEO_VIOLENT(e.cameo) ? 'violent' : ''} ${selected === e.id ? 'selected' : ''}`}
            onClick={() => setSelected(e.id)}><title>{`${e.date} ${e.type}`}</title></circle>
        ))}
      </svg>
      <p class="muted" data-testid="in-view">{inView.length} of {dated.length} dated events in view; {events.length - dated.length} undated. Wheel or buttons to zoom, drag to pan.</p>
      {sel && <div class="selected-event" data-testid="selected-event"><EventLine data={data} ev={sel} /></div>}
      <h2>In view</h2>
      <div class="event-list">{inView.map((e) => <EventLine key={e.id} data={data} ev={e} />)}</div>
      {events.some((e) => !e.date) && <><h2>Undated</h2>
        <div class="event-list">{events.filter((e: SituationEvent) => !e.date).map((e) => <EventLine key={e.id} data={data} ev={e} />)}</div></>}
    </section>
  );
}
