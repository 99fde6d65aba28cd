import { expect, test } from "vitest";
import { clickParams, moveCursor } from "../../src/components/chart-keys";

const bars = {
  yAxis: [{ type: "category", data: ["江苏", "山东", "重庆"] }],
  xAxis: [{ type: "value" }],
  series: [
    { type: "bar", data: [2, 1, 1] },
    { type: "bar", data: [2, 3, 1] },
  ],
};

test("arrows move along a series and wrap; up and down change series", () => {
  const first = moveCursor(bars, null, "ArrowRight");
  expect(first).toEqual({ series: 0, index: 0 });
  expect(moveCursor(bars, first, "ArrowLeft")).toEqual({ series: 0, index: 2 });
  expect(moveCursor(bars, { series: 0, index: 2 }, "ArrowRight")).toEqual({ series: 0, index: 0 });
  expect(moveCursor(bars, { series: 0, index: 1 }, "ArrowDown")).toEqual({ series: 1, index: 1 });
  expect(moveCursor(bars, { series: 0, index: 1 }, "ArrowUp")).toEqual({ series: 1, index: 1 });
  expect(moveCursor(bars, first, "End")).toEqual({ series: 0, index: 2 });
  expect(moveCursor(bars, first, "a")).toBeNull();
  expect(moveCursor({ series: [] }, null, "ArrowRight")).toBeNull();
});

test("with one series, down and up move along it", () => {
  const one = {
    series: [
      {
        type: "map",
        data: [
          { name: "江苏", value: 2 },
          { name: "山东", value: 1 },
        ],
      },
    ],
  };
  expect(moveCursor(one, { series: 0, index: 0 }, "ArrowDown")).toEqual({ series: 0, index: 1 });
});

test("Enter gives the handler what a click on the mark would", () => {
  expect(clickParams(bars, { series: 1, index: 1 })).toMatchObject({
    name: "山东",
    value: 3,
    seriesIndex: 1,
    dataIndex: 1,
  });
  const map = { series: [{ type: "map", data: [{ name: "江苏", value: 2 }] }] };
  expect(clickParams(map, { series: 0, index: 0 })).toMatchObject({ name: "江苏", value: 2 });
  const heat = {
    series: [{ type: "heatmap", data: [[1, 0, 4]] }],
    xAxis: [{ type: "category", data: ["湖北", "吉林"] }],
  };
  expect(clickParams(heat, { series: 0, index: 0 }).value).toEqual([1, 0, 4]);
  const graph = { series: [{ type: "graph", data: [{ id: "江苏:谢晓军", name: "谢晓军" }] }] };
  expect(clickParams(graph, { series: 0, index: 0 })).toMatchObject({ dataType: "node", data: { id: "江苏:谢晓军" } });
});
