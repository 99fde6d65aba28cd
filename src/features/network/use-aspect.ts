import { useEffect, useRef, useState } from "react";
import { GRAPH_BOX } from "./to-option";

/**
 * The shape (width / height) of the graph's box inside an element `height` pixels tall, kept
 * up to date as the element resizes (a phone turned, the person panel opened); in steps of 0.05
 * so a pixel's change does not redraw the graph.
 */
export function useGraphAspect(height: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [aspect, setAspect] = useState(2);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      // The chart frame's padding and border take 26 pixels of the width.
      const width = el.clientWidth - 26 - GRAPH_BOX.left - GRAPH_BOX.right;
      const tall = height - GRAPH_BOX.top - GRAPH_BOX.bottom;
      if (width > 0) setAspect(Math.max(0.3, Math.round((width / tall) * 20) / 20));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [height]);
  return { ref, aspect };
}
