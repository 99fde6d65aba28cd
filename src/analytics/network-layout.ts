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
 * Positions for `ids` (in rank order) linked by `edges`. People repel each other, links pull
 * their ends together (more meetings, stronger), and a weak pull to the centre keeps people
 * without links near the rest. The work is quadratic in people, so larger graphs get fewer steps.
 */
export function layoutNetwork(
  ids: readonly string[],
  edges: readonly { source: string; target: string; weight: number }[],
): Placed[] {
  const n = ids.length;
  const at = spiral(n);
  if (n < 2) return at.map(() => ({ x: 0, y: 0 }));
  const slot = new Map(ids.map((id, i) => [id, i]));
  const links = edges.flatMap((e) => {
    const a = slot.get(e.source);
    const b = slot.get(e.target);
    return a === undefined || b === undefined || a === b ? [] : [{ a, b, pull: 1 + Math.log(e.weight) }];
  });
  const k = 1;
  // Strong enough that the whole graph covers an area in proportion to its people, so separate
  // groups sit near each other instead of at the far corners.
  const gravity = 1.5;
  const steps = Math.max(60, Math.min(300, Math.round(60_000 / n)));
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let heat = Math.sqrt(n) / 2;
  for (let step = 0; step < steps; step++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const ex = at[i]!.x - at[j]!.x;
        const ey = at[i]!.y - at[j]!.y;
        const d2 = Math.max(ex * ex + ey * ey, 1e-4);
        const push = (k * k) / d2;
        dx[i]! += ex * push;
        dy[i]! += ey * push;
        dx[j]! -= ex * push;
        dy[j]! -= ey * push;
      }
    for (const { a, b, pull } of links) {
      const ex = at[a]!.x - at[b]!.x;
      const ey = at[a]!.y - at[b]!.y;
      const d = Math.sqrt(ex * ex + ey * ey);
      const f = (d * pull) / k;
      dx[a]! -= ex * f;
      dy[a]! -= ey * f;
      dx[b]! += ex * f;
      dy[b]! += ey * f;
    }
    for (let i = 0; i < n; i++) {
      const p = at[i]!;
      const fx = dx[i]! - gravity * p.x;
      const fy = dy[i]! - gravity * p.y;
      const len = Math.sqrt(fx * fx + fy * fy);
      if (len > 0) {
        const move = Math.min(len, heat);
        p.x += (fx / len) * move;
        p.y += (fy / len) * move;
      }
    }
    heat = Math.max(heat * 0.97, 0.01);
  }
  // Rounded: plain, stable numbers that cross the worker boundary cheaply.
  return at.map((p) => ({ x: Math.round(p.x * 1000) / 1000, y: Math.round(p.y * 1000) / 1000 }));
}
