/**
 * How a large network's crowd is traced: many dots, each at its own place and size, as subpaths
 * of one path (one fill, one opacity). Importing this registers the custom series that puts the
 * painted picture of links and crowd in the chart.
 */
import { CustomChart } from "echarts/charts";
import { use as register } from "echarts/core";

export interface CrowdShape {
  /** Pixel centres, x and y in turn. */
  points: readonly number[];
  /** Each dot's width in pixels. */
  sizes: readonly number[];
  diamond: boolean;
}

/** What of a canvas context (or a path) tracing needs. */
export interface PathLike {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
  closePath(): void;
}

/** Subpaths for the dots: circles, or diamonds (the people only mentioned), as ECharts' symbols are drawn. */
export function traceCrowd(path: PathLike, shape: CrowdShape): void {
  const { points, sizes, diamond } = shape;
  for (let i = 0; i < sizes.length; i++) {
    const x = points[2 * i]!;
    const y = points[2 * i + 1]!;
    const r = sizes[i]! / 2;
    if (diamond) {
      path.moveTo(x, y - r);
      path.lineTo(x + r, y);
      path.lineTo(x, y + r);
      path.lineTo(x - r, y);
      path.closePath();
    } else {
      path.moveTo(x + r, y);
      path.arc(x, y, r, 0, Math.PI * 2);
    }
  }
}

register([CustomChart]);
