/**
 * The one registry of ECharts parts: only what the views use is bundled, in two steps. The core
 * draws the province map at once (its regions coloured by the option itself); the other chart
 * types, the tooltip, the visual map's legend and the SVG renderer (`echarts-parts.ts`) load when
 * a chart needs them, after the first chart has drawn.
 */
import * as echarts from "echarts/core";
import { MapChart } from "echarts/charts";
import { AriaComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import chinaTopology from "./map/china.topo.json";
import { afterFirstDraw } from "./first-draw";
import { sharedValue } from "./shared-value";

echarts.use([MapChart, AriaComponent, CanvasRenderer]);

// Registered as 'china' so ECharts adds the South China Sea inset. Bundled: nothing is fetched at
// run time. The map is ECharts 4.9.0's (Apache-2.0, see map/LICENSE-echarts-4.9.0), made compact
// TopoJSON by scripts/compact-map.ts.
const topology = chinaTopology as unknown as Topology<{ provinces: GeometryCollection<{ name: string }> }>;
echarts.registerMap(
  "china",
  feature(topology, topology.objects.provinces) as unknown as Parameters<typeof echarts.registerMap>[1],
);

let parts: Promise<void> | null = null;
const partsLoaded = sharedValue(false);

/** Registers every other part; waits for the first chart to have drawn (lib/first-draw). */
export function loadChartParts(): Promise<void> {
  parts ??= afterFirstDraw()
    .then(() => import("./echarts-parts"))
    .then(() => partsLoaded.set(true));
  return parts;
}

/** Whether every part is registered; re-renders the caller when they are. */
export function useChartParts(): boolean {
  return partsLoaded.useValue();
}

export { echarts };
