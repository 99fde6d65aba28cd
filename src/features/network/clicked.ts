/** What a click on the network chart was on: a person, a link, or neither. */
import type { ECElementEvent } from "echarts/core";

/** The person id of a clicked node (a graph's, or a large network's point); null for anything else. */
export function clickedPerson(params: ECElementEvent): string | null {
  const data = params.data;
  const isNode = params.dataType === "node" || params.seriesType === "scatter";
  if (!isNode || typeof data !== "object" || data === null || !("id" in data)) return null;
  return typeof data.id === "string" ? data.id : null;
}

/** The two person ids of a clicked link (a graph's, or a large network's line); null for anything else. */
export function clickedLink(params: ECElementEvent): [string, string] | null {
  const data = params.data;
  const isLink = params.dataType === "edge" || params.seriesType === "lines";
  if (!isLink || typeof data !== "object" || data === null) return null;
  if (!("source" in data) || !("target" in data)) return null;
  return typeof data.source === "string" && typeof data.target === "string" ? [data.source, data.target] : null;
}
