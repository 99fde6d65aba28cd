/**
 * Where each shown person sits: a force layout (Fruchterman–Reingold) run to rest here, in the
 * worker, instead of in the chart. The chart then only fits these positions into its box, so no
 * node drifts off screen at any width, and the same network always looks the same.
 */

export interface Placed {
  x: number;
  y: number;
}

/** Start on a sunflower spiral in rank order: the most active person in the middle, no randomness. */
function spiral(count: number): Placed[] {
  const golden = Math.PI * (3 - Math.sqrt(5));
  return Array.from({ length: count }, (_, i) => ({
    x: Math.sqrt(i + 0.5) * Math.cos(i * golden),
    y: Math.sqrt(i + 0.5) * Math.sin(i * golden),
  }));
}

/**
 * Steps of a small graph: enough to settle it, its heat falling to the floor by the last one (120
 * steps give the same spread and overlap as the 300 it once took). A larger graph gets fewer, as
 * the work per step grows with people squared.
 */
const MAX_STEPS = 120;
const COOLING = 0.97;
const MIN_HEAT = 0.01;

/**
 * Positions for `ids` (in rank order) linked by `edges`. People repel each other, links pull
 * their ends together (more meetings, stronger), and a weak pull to the centre keeps people
 * without links near the rest. The work is quadratic in people, so larger graphs get fewer steps.
 */
export function layoutNetwork(
  ids: readonly string[],
  edges: readonly { source: string; target: string; weight: number }[],
): Placed[] {
  const n = ids.length;
  if (n < 2) return spiral(n).map(() => ({ x: 0, y: 0 }));
  // Plain arrays of numbers: the loops below run millions of times at 2,000 people.
  const start = spiral(n);
  const xs = Float64Array.from(start, (p) => p.x);
  const ys = Float64Array.from(start, (p) => p.y);
  const slot = new Map(ids.map((id, i) => [id, i]));
  const links = edges.flatMap((e) => {
    const a = slot.get(e.source);
    const b = slot.get(e.target);
    return a === undefined || b === undefined || a === b ? [] : [{ a, b, pull: 1 + Math.log(e.weight) }];
  });
  const linkA = Int32Array.from(links, (l) => l.a);
  const linkB = Int32Array.from(links, (l) => l.b);
  const linkPull = Float64Array.from(links, (l) => l.pull);
  const k = 1;
  // Strong enough that the whole graph covers an area in proportion to its people, so separate
  // groups sit near each other instead of at the far corners.
  const gravity = 1.5;
  const steps = Math.max(60, Math.min(MAX_STEPS, Math.round(60_000 / n)));
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let heat = Math.sqrt(n) / 2;
  // A small graph cools to the floor by its last step (larger ones, given fewer steps, as before).
  const cooling = steps === MAX_STEPS ? Math.min(COOLING, (MIN_HEAT / heat) ** (1 / steps)) : COOLING;
  for (let step = 0; step < steps; step++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      const xi = xs[i]!;
      const yi = ys[i]!;
      // Added in the same order as before, so positions stay exactly the same.
      let fx = dx[i]!;
      let fy = dy[i]!;
      for (let j = i + 1; j < n; j++) {
        const ex = xi - xs[j]!;
        const ey = yi - ys[j]!;
        const d2 = Math.max(ex * ex + ey * ey, 1e-4);
        const push = (k * k) / d2;
        fx += ex * push;
        fy += ey * push;
        dx[j]! -= ex * push;
        dy[j]! -= ey * push;
      }
      dx[i] = fx;
      dy[i] = fy;
    }
    for (let l = 0; l < linkA.length; l++) {
      const a = linkA[l]!;
      const b = linkB[l]!;
      const ex = xs[a]! - xs[b]!;
      const ey = ys[a]! - ys[b]!;
      const d = Math.sqrt(ex * ex + ey * ey);
      const f = (d * linkPull[l]!) / k;
      dx[a]! -= ex * f;
      dy[a]! -= ey * f;
      dx[b]! += ex * f;
      dy[b]! += ey * f;
    }
    for (let i = 0; i < n; i++) {
      const fx = dx[i]! - gravity * xs[i]!;
      const fy = dy[i]! - gravity * ys[i]!;
      const len = Math.sqrt(fx * fx + fy * fy);
      if (len > 0) {
        const move = Math.min(len, heat);
        xs[i]! += (fx / len) * move;
        ys[i]! += (fy / len) * move;
      }
    }
    heat = Math.max(heat * cooling, MIN_HEAT);
  }
  // Rounded: plain, stable numbers that cross the worker boundary cheaply.
  return Array.from(xs, (x, i) => ({ x: Math.round(x * 1000) / 1000, y: Math.round(ys[i]! * 1000) / 1000 }));
}
