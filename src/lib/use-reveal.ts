import { useEffect, useRef } from "react";

/**
 * Scrolls a panel into view when it opens out of sight (on a phone, a panel opened from a chart
 * stands under it; one opened from a list lower down stands above), each time `key` changes to a
 * value; never when its top is in sight.
 */
export function useReveal<T extends HTMLElement>(key: string | null) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const el = ref.current;
    if (key === null || !el) return;
    const { top } = el.getBoundingClientRect();
    if (top < 0 || top > window.innerHeight - 48) el.scrollIntoView({ block: "start" });
  }, [key]);
  return ref;
}
