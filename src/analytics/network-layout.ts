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
  // Plain arrays of numbers, x and y side by side: the loops below run millions of times at 2,000 people.
  const pos = new Float64Array(2 * n);
  spiral(n).forEach((p, i) => {
    pos[2 * i] = p.x;
    pos[2 * i + 1] = p.y;
  });
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
  const force = new Float64Array(2 * n);
  let heat = Math.sqrt(n) / 2;
  // A small graph cools to the floor by its last step (larger ones, given fewer steps, as before).
  const cooling = steps === MAX_STEPS ? Math.min(COOLING, (MIN_HEAT / heat) ** (1 / steps)) : COOLING;
  for (let step = 0; step < steps; step++) {
    force.fill(0);
    repel(pos, force, n, k * k);
    for (let l = 0; l < linkA.length; l++) {
      const a = 2 * linkA[l]!;
      const b = 2 * linkB[l]!;
      const ex = pos[a]! - pos[b]!;
      const ey = pos[a + 1]! - pos[b + 1]!;
      const d = Math.sqrt(ex * ex + ey * ey);
      const f = (d * linkPull[l]!) / k;
      force[a]! -= ex * f;
      force[a + 1]! -= ey * f;
      force[b]! += ex * f;
      force[b + 1]! += ey * f;
    }
    for (let i = 0; i < 2 * n; i += 2) {
      const fx = force[i]! - gravity * pos[i]!;
      const fy = force[i + 1]! - gravity * pos[i + 1]!;
      const len = Math.sqrt(fx * fx + fy * fy);
      if (len > 0) {
        const move = Math.min(len, heat);
        pos[i]! += (fx / len) * move;
        pos[i + 1]! += (fy / len) * move;
      }
    }
    heat = Math.max(heat * cooling, MIN_HEAT);
  }
  // Rounded: plain, stable numbers that cross the worker boundary cheaply.
  return Array.from({ length: n }, (_, i) => ({
    x: Math.round(pos[2 * i]! * 1000) / 1000,
    y: Math.round(pos[2 * i + 1]! * 1000) / 1000,
  }));
}

/** Every pair of people pushes apart, `strength` over their squared distance. */
function repel(pos: Float64Array, force: Float64Array, n: number, strength: number): void {
  for (let i = 0; i < 2 * n; i += 2) {
    const xi = pos[i]!;
    const yi = pos[i + 1]!;
    // Added in the same order as before, so positions stay exactly the same.
    let fx = force[i]!;
    let fy = force[i + 1]!;
    for (let j = i + 2; j < 2 * n; j += 2) {
      const ex = xi - pos[j]!;
      const ey = yi - pos[j + 1]!;
      let d2 = ex * ex + ey * ey;
      if (d2 < 1e-4) d2 = 1e-4;
      const push = strength / d2;
      fx += ex * push;
      fy += ey * push;
      force[j]! -= ex * push;
      force[j + 1]! -= ey * push;
    }
    force[i] = fx;
    force[i + 1] = fy;
  }
}
