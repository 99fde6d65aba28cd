import { useEffect, useState } from "react";
import type { Picture } from "./large-picture";

export interface Painted {
  picture: Picture;
  canvas: HTMLCanvasElement;
}

/**
 * Paints `picture` on a canvas of its own, a step a frame, so that no frame paints it all; gives
 * the canvas once every step is done (null meanwhile). A new picture starts again on a new canvas.
 */
export function usePicture(picture: Picture | null): Painted | null {
  const [painted, setPainted] = useState<Painted | null>(null);
  useEffect(() => {
    if (!picture) return;
    const canvas = document.createElement("canvas");
    canvas.width = picture.width;
    canvas.height = picture.height;
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    let next = 0;
    let frame = 0;
    const step = () => {
      if (next < picture.steps.length) {
        picture.steps[next++]!(ctx);
        // Reading a pixel makes the browser paint the step now, not when the chart first shows the canvas.
        ctx.getImageData(0, 0, 1, 1);
      }
      if (next < picture.steps.length) frame = requestAnimationFrame(step);
      else setPainted({ picture, canvas });
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [picture]);
  return painted?.picture === picture ? painted : null;
}
