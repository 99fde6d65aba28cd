/**
 * A chart as an image with its context above it (title, filters, source and date): the chart
 * drawn as it is on screen, at its on-screen size, under a header drawn here. Composing rather
 * than re-laying out the chart keeps every chart type (map, graph, heatmap) exactly as seen.
 */
import type { EChartsType } from "echarts/core";
import { echarts } from "../lib/echarts";
import { escapeHtml } from "./chart-text";
import { estimateWidth, wrapText } from "./export-context";

export interface ImageHeader {
  title: string;
  lines: string[];
}

const PAD = 12;
const TITLE_SIZE = 16;
const LINE_SIZE = 12;
const FONT = 'system-ui, -apple-system, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

interface Laid {
  title: string[];
  lines: string[];
  height: number;
}

function layHeader(header: ImageHeader, width: number, measure: (text: string, size: number) => number): Laid {
  const inner = width - 2 * PAD;
  const title = wrapText(header.title, inner, (t) => measure(t, TITLE_SIZE));
  const lines = header.lines.flatMap((l) => wrapText(l, inner, (t) => measure(t, LINE_SIZE)));
  return { title, lines, height: PAD + title.length * 22 + lines.length * 17 + PAD };
}

const colours = (dark: boolean) => ({
  background: dark ? "#1c1917" : "#ffffff",
  text: dark ? "#f5f5f4" : "#1c1917",
  muted: dark ? "#a8a29e" : "#57534e",
});

/** The SVG document: the header as text elements (legible, searchable), the chart's own SVG below. */
export function svgDocument(header: ImageHeader, chartSvg: string, width: number, height: number, dark: boolean) {
  const laid = layHeader(header, width, estimateWidth);
  const c = colours(dark);
  const total = laid.height + height;
  let y = PAD;
  const text = (line: string, size: number, fill: string, weight: string) => {
    y += size === TITLE_SIZE ? 22 : 17;
    return `<text x="${PAD}" y="${y - 5}" font-family='${FONT}' font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeHtml(line)}</text>`;
  };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">`,
    `<rect width="100%" height="100%" fill="${c.background}"/>`,
    ...laid.title.map((l) => text(l, TITLE_SIZE, c.text, "600")),
    ...laid.lines.map((l) => text(l, LINE_SIZE, c.muted, "400")),
    `<g transform="translate(0 ${laid.height})">${chartSvg.replace(/^<\?xml[^>]*>/, "")}</g>`,
    `</svg>`,
  ].join("");
}

/** The chart drawn again by the SVG renderer, at its size, from its current option. */
export function chartSvg(chart: EChartsType, dark: boolean): string {
  const div = document.createElement("div");
  const width = chart.getWidth();
  const height = chart.getHeight();
  const copy = echarts.init(div, dark ? "dark" : undefined, { renderer: "svg", width, height });
  try {
    copy.setOption({ ...chart.getOption(), animation: false });
    return copy.renderToSVGString();
  } finally {
    copy.dispose();
  }
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error("chart image failed to load"));
    image.src = url;
  });
}

/** A PNG data URL: the header drawn on a canvas, the chart's own PNG below it, at twice the pixels. */
export async function chartPng(chart: EChartsType, header: ImageHeader, dark: boolean): Promise<string> {
  const ratio = 2;
  const width = chart.getWidth();
  const height = chart.getHeight();
  const c = colours(dark);
  const canvas = document.createElement("canvas");
  const ctx = canvas.getContext("2d")!;
  const measure = (text: string, size: number) => {
    ctx.font = `${size}px ${FONT}`;
    return ctx.measureText(text).width;
  };
  const laid = layHeader(header, width, measure);
  canvas.width = width * ratio;
  canvas.height = (laid.height + height) * ratio;
  ctx.scale(ratio, ratio);
  ctx.fillStyle = c.background;
  ctx.fillRect(0, 0, width, laid.height + height);
  let y = PAD;
  const draw = (line: string, size: number, fill: string, weight: string) => {
    y += size === TITLE_SIZE ? 22 : 17;
    ctx.font = `${weight} ${size}px ${FONT}`;
    ctx.fillStyle = fill;
    ctx.fillText(line, PAD, y - 5);
  };
  laid.title.forEach((l) => draw(l, TITLE_SIZE, c.text, "600"));
  laid.lines.forEach((l) => draw(l, LINE_SIZE, c.muted, "400"));
  const image = await loadImage(chart.getDataURL({ type: "png", pixelRatio: ratio, backgroundColor: c.background }));
  ctx.drawImage(image, 0, laid.height, width, height);
  return canvas.toDataURL("image/png");
}
