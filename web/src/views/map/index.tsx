/**
 * The map of located events on an offline base map: country shapes from world-atlas drawn as
 * SVG paths with an equirectangular projection, one dot per event at its first located place.
 */
import { useMemo, useState } from 'preact/hooks';
import { feature } from 'topojson-client';
import countries110m from 'world-atlas/countries-110m.json';
import type { SharedData, SituationEvent } from '../../api.ts';
import { EventLine, CAMEO_VIOLENT } from '../common.tsx';

const W = 1000, H = 560;

type Ring = number[][];
/** Country outlines as [lon, lat] rings, decoded once. */
function countryRings(): Ring[] {
  const fc = feature(countries110m as any, (countries110m as any).objects.countries) as any;
  const rings: Ring[] = [];
  for (const f of fc.features) {
    const g = f.geometry;
    if (!g) continue;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const poly of polys) for (const ring of poly) rings.push(ring);
  }
  return rings;
}
let RINGS: Ring[] | null = null; // load-once cache

export function MapView({ data }: { data: SharedData }) {
  const [selected, setSelected] = useState<string | null>(null);
  const located = useMemo(() => {
    const out: Array<{ ev: SituationEvent; lon: number; lat: number }> = [];
    for (const ev of data.events) {
      const place = ev.locations.map((id) => data.entityById.get(id)).find((e) => typeof e?.lat === 'number' && typeof e?.lon === 'number');
      if (place) out.push({ ev, lon: place.lon!, lat: place.lat! });
    }
    return out;
  }, [data]);
  // The view: the events' box padded, or the Middle East when nothing is located.
  const box = useMemo(() => {
    if (!located.length) return { x0: 20, x1: 65, y0: 10, y1: 45 };
    // Frame where most events are: points within 35 degrees of the median place.
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const mLon = med(located.map((l) => l.lon)), mLat = med(located.map((l) => l.lat));
    const core = located.filter((l) => Math.abs(l.lon - mLon) <= 35 && Math.abs(l.lat - mLat) <= 35);
    const lons = core.map((l) => l.lon), lats = core.map((l) => l.lat);
    let x0 = Math.min(...lons) - 6, x1 = Math.max(...lons) + 6, y0 = Math.min(...lats) - 5, y1 = Math.max(...lats) + 5;
    const want = W / H; // keep the aspect ratio
    if ((x1 - x0) / (y1 - y0) < want) { const c = (x0 + x1) / 2, w = (y1 - y0) * want; x0 = c - w / 2; x1 = c + w / 2; }
    else { const c = (y0 + y1) / 2, h = (x1 - x0) / want; y0 = c - h / 2; y1 = c + h / 2; }
    return { x0, x1, y0, y1 };
  }, [located]);
  const px = (lon: number) => ((lon - box.x0) / (box.x1 - box.x0)) * W;
  const py = (lat: number) => ((box.y1 - lat) / (box.y1 - box.y0)) * H;
  const paths = useMemo(() => {
    RINGS ??= countryRings();
    return RINGS.filter((r) => r.some(([lon, lat]) => lon >= box.x0 - 30 && lon <= box.x1 + 30 && lat >= box.y0 - 30 && lat <= box.y1 + 30))
      .map((r) => r.map(([lon, lat], i) => {
        // a ring crossing the antimeridian jumps 360 degrees: move, don't draw a line across
        const jump = i > 0 && Math.abs(lon - r[i - 1][0]) > 180;
        return `${i === 0 || jump ? 'M' : 'L'}${px(lon).toFixed(1)},${py(lat).toFixed(1)}`;
      }).join('') + 'Z');
  }, [box]);
  const sel = selected ? data.events.find((e) => e.id === selected) : null;
  const outside = located.filter((l) => l.lon < box.x0 || l.lon > box.x1 || l.lat < box.y0 || l.lat > box.y1).length;
  return (
    <section class="map">
      <h1>Map of located events</h1>
      <p class="muted">{located.length} of {data.events.length} events have a place with coordinates
        {outside > 0 && ` (${outside} outside this view)`}. Click a dot.</p>
      <svg class="map-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label="map">
        <rect x="0" y="0" width={W} height={H} class="sea" />
        {paths.map((d, i) => <path key={i} d={d} class="land" />)}
        {located.map(({ ev, lon, lat }, i) => (
          <circle key={ev.id} data-event={ev.id} cx={px(lon) + (i % 3) * 2} cy={py(lat) + (i % 2) * 2} r={selected === ev.id ? 8 : 6}
            class={`dot ${CAMEO_VIOLENT(ev.cameo) ? 'violent' : ''}`} onClick={() => setSelected(ev.id)}>
            <title>{`${ev.date ?? 'undated'} ${ev.type}`}</title>
          </circle>
        ))}
      </svg>
      {sel && <div class="selected-event"><EventLine data={data} ev={sel} /></div>}
    </section>
  );
}
