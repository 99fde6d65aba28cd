/** The one registry of ECharts parts: only what the views use is bundled. */
import * as echarts from "echarts/core";
import { BarChart, GraphChart, HeatmapChart, LineChart, MapChart, ScatterChart } from "echarts/charts";
import {
  AriaComponent,
  DataZoomComponent,
  GeoComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from "echarts/components";
import { CanvasRenderer, SVGRenderer } from "echarts/renderers";
import chinaGeoJson from "./map/china.json";

echarts.use([
  BarChart,
  GraphChart,
  HeatmapChart,
  LineChart,
  MapChart,
  ScatterChart,
  AriaComponent,
  DataZoomComponent,
  GeoComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);

// Registered as 'china' so ECharts adds the South China Sea inset. Bundled: nothing is fetched at run time.
// The GeoJSON comes from echarts 4.9.0 (Apache-2.0, see map/LICENSE-echarts-4.9.0).
echarts.registerMap("china", chinaGeoJson as Parameters<typeof echarts.registerMap>[1]);

export { echarts };
