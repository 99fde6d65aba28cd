import { useState } from "react";

/**
 * The data, or the data given before when it is the same (the worker's answer that replaces equal
 * counts drawn before it answered, the same answer fetched again): a chart's option built from it
 * is then not built again, and the chart not drawn again. For small answers: it compares their JSON.
 */
export function useSameData<T>(data: T): T {
  const json = JSON.stringify(data) ?? "";
  const [kept, setKept] = useState({ data, json });
  if (kept.json === json) return kept.data;
  setKept({ data, json });
  return data;
}
