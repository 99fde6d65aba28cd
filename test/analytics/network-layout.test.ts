import { expect, test } from "vitest";
import { layoutNetwork } from "../../src/analytics/network-layout";

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

test("the same network is laid out the same way every time", () => {
  const ids = ["a", "b", "c", "d"];
  const edges = [
    { source: "a", target: "b", weight: 3 },
    { source: "c", target: "d", weight: 1 },
  ];
  expect(layoutNetwork(ids, edges)).toEqual(layoutNetwork(ids, edges));
});

test("people who met sit closer than people who did not, and nobody shares a place", () => {
  const ids = ["a", "b", "c", "d", "e"];
  const [a, b, c, d, e] = layoutNetwork(ids, [
    { source: "a", target: "b", weight: 2 },
    { source: "c", target: "d", weight: 2 },
  ]);
  expect(distance(a!, b!)).toBeLessThan(distance(a!, c!));
  expect(distance(c!, d!)).toBeLessThan(distance(b!, d!));
  const places = new Set([a, b, c, d, e].map((p) => `${p!.x},${p!.y}`));
  expect(places.size).toBe(5);
});

test("one person sits at the centre; nobody at all gives no places", () => {
  expect(layoutNetwork(["a"], [])).toEqual([{ x: 0, y: 0 }]);
  expect(layoutNetwork([], [])).toEqual([]);
});

// Its speed is measured by `npm run bench` (the force layout at 2,000 people), not timed here.
test("600 people with 3,000 links each get a place", () => {
  const ids = Array.from({ length: 600 }, (_, i) => `p${i}`);
  const edges = Array.from({ length: 3000 }, (_, i) => ({
    source: `p${i % 600}`,
    target: `p${(i * 7 + 13) % 600}`,
    weight: 1 + (i % 3),
  }));
  const places = layoutNetwork(ids, edges);
  expect(places).toHaveLength(600);
  expect(places.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
});
