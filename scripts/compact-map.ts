/**
 * Writes the China map as compact TopoJSON (`src/lib/map/china.topo.json`) from ECharts 4.9's
 * `china.json`: shared borders stored once, simplified to what a dashboard map shows, quantized.
 * Run once when the source map changes: `npx tsx scripts/compact-map.ts path/to/china.json`, the file
 * `map/json/china.json` of `npm pack echarts@4.9.0`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { quantize } from "topojson-client";
import { topology } from "topojson-server";
import type { Objects, Topology } from "topojson-specification";
import { filter, filterWeight, presimplify, quantile, simplify } from "topojson-simplify";

/** Feature areas smaller than this quantile of triangle weights are simplified away. */
const KEEP_QUANTILE = 0.1;
const QUANTIZATION = 3000;
/** Islands smaller than this (as topojson-simplify weighs a ring: its area in square degrees) are left out. */
const MIN_ISLAND_WEIGHT = 0.01;

interface EncodedGeometry {
  type: "Polygon" | "MultiPolygon";
  coordinates: string[] | string[][];
  encodeOffsets: number[][] | number[][][];
}

interface EncodedFeature {
  id: string;
  properties: { name: string; cp?: [number, number] };
  geometry: EncodedGeometry;
}

/** ECharts' "UTF8Encoding": zigzag deltas as characters, in 1/1024 of a degree. */
function decodeRing(encoded: string, offsets: number[], scale: number): Position[] {
  const ring: Position[] = [];
  let [x, y] = offsets as [number, number];
  for (let i = 0; i < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

type ProvinceProperties = { name: string; cp?: [number, number] };

function decodeFeature(feature: EncodedFeature, scale: number): Feature<Polygon | MultiPolygon, ProvinceProperties> {
  const { geometry } = feature;
  const properties = { name: feature.properties.name, ...(feature.properties.cp ? { cp: feature.properties.cp } : {}) };
  if (geometry.type === "Polygon") {
    const rings = geometry.coordinates as string[];
    const offsets = geometry.encodeOffsets as number[][];
    return {
      type: "Feature",
      id: feature.id,
      properties,
      geometry: { type: "Polygon", coordinates: rings.map((r, i) => decodeRing(r, offsets[i]!, scale)) },
    };
  }
  const polygons = geometry.coordinates as string[][];
  const offsets = geometry.encodeOffsets as number[][][];
  return {
    type: "Feature",
    id: feature.id,
    properties,
    geometry: {
      type: "MultiPolygon",
      coordinates: polygons.map((rings, p) => rings.map((r, i) => decodeRing(r, offsets[p]![i]!, scale))),
    },
  };
}

const source = process.argv[2];
if (!source) throw new Error("usage: npx tsx scripts/compact-map.ts path/to/china.json");
const encoded = JSON.parse(readFileSync(source, "utf8")) as { features: EncodedFeature[]; UTF8Scale?: number };
const collection: FeatureCollection<Polygon | MultiPolygon, ProvinceProperties> = {
  type: "FeatureCollection",
  features: encoded.features.map((f) => decodeFeature(f, encoded.UTF8Scale ?? 1024)),
};
const weighted = presimplify(topology({ provinces: collection }) as Topology<Objects<ProvinceProperties>>);
const minWeight = quantile(weighted, KEEP_QUANTILE);
const simplified = quantize(
  filter(simplify(weighted, minWeight), filterWeight(weighted, MIN_ISLAND_WEIGHT)),
  QUANTIZATION,
);
const text = JSON.stringify(simplified);
writeFileSync("src/lib/map/china.topo.json", text);
console.log(`china.topo.json: ${text.length} bytes, ${gzipSync(text).length} gzip`);
