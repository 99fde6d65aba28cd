import { useEffect, useState } from "react";

/**
 * How many of a long list's `total` items to render: `step` at first, then `step` more in each
 * later task, so that five hundred result lines never hold the page in one long render. Starts
 * again from `step` whenever `list` (the list's identity) changes.
 */
export function useGrowingCount(list: unknown, total: number, step: number): number {
  const [shown, setShown] = useState({ list, count: step });
  if (shown.list !== list) setShown({ list, count: step });
  const count = shown.list === list ? shown.count : step;
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => setShown((s) => (s.list === list ? { list, count: s.count + step } : s)));
    return () => clearTimeout(timer);
  }, [list, count, total, step]);
  return Math.min(count, total);
}
