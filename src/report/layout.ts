/**
 * A small deterministic force-directed layout (Fruchterman–Reingold) for the actor network,
 * shared by the HTML report and the web app. Same input, same picture: nodes start on a circle
 * in input order, so no randomness.
 */

export interface LayoutNode {
  id: string;
}

export interface LayoutEdge {
  source: string;
  target: string;
  weight?: number;
}

/** Positions in [0, width] × [0, height], keyed by node id. */
export type Positions = Map<string, { x: number; y: number }>;

/** Lays out the graph in a width × height box with a margin. */
export function forceLayout(nodes: LayoutNode[], edges: LayoutEdge[], width: number, height: number, iterations = 300, margin = 60): Positions {
  const n = nodes.length;
  const out: Positions = new Map();
  if (!n) return out;
  const idx = new Map(nodes.map((v, i) => [v.id, i]));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    xs[i] = Math.cos(a) * (0.5 + 0.1 * (i % 3));
    ys[i] = Math.sin(a) * (0.5 + 0.1 * (i % 3));
  }
  const links = edges
    .map((e) => [idx.get(e.source), idx.get(e.target), e.weight ?? 1] as const)
    .filter((l): l is readonly [number, number, number] => l[0] !== undefined && l[1] !== undefined && l[0] !== l[1]);
  const k = Math.sqrt(4 / n);
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    const temp = 0.1 * (1 - it / iterations) + 0.002;
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ddx = xs[i] - xs[j];
        let ddy = ys[i] - ys[j];
        let d2 = ddx * ddx + ddy * ddy;
        if (d2 < 1e-9) {
          ddx = 1e-3 * (i - j);
          ddy = 1e-3;
          d2 = ddx * ddx + ddy * ddy;
        }
        const f = (k * k) / d2;
        dx[i] += ddx * f;
        dy[i] += ddy * f;
        dx[j] -= ddx * f;
        dy[j] -= ddy * f;
      }
    }
    for (const [a, b, w] of links) {
      const ddx = xs[a] - xs[b];
      const ddy = ys[a] - ys[b];
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 1e-6;
      const f = (d / k) * Math.min(3, Math.sqrt(w));
      dx[a] -= ddx * f;
      dy[a] -= ddy * f;
      dx[b] += ddx * f;
      dy[b] += ddy * f;
    }
    for (let i = 0; i < n; i++) {
      // gravity keeps unconnected nodes on the page
      dx[i] -= xs[i] * 0.5;
      dy[i] -= ys[i] * 0.5;
      const len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1e-9;
      const step = Math.min(len, temp);
      xs[i] += (dx[i] / len) * step;
      ys[i] += (dy[i] / len) * step;
    }
  }
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, xs[i]); maxX = Math.max(maxX, xs[i]);
    minY = Math.min(minY, ys[i]); maxY = Math.max(maxY, ys[i]);
  }
  const sx = (width - 2 * margin) / (maxX - minX || 1);
  const sy = (height - 2 * margin) / (maxY - minY || 1);
  nodes.forEach((v, i) => {
    out.set(v.id, {
      x: n === 1 ? width / 2 : margin + (xs[i] - minX) * sx,
      y: n === 1 ? height / 2 : margin + (ys[i] - minY) * sy,
    });
  });
  return out;
}
