/**
 * The painted part of a large network (see large-option.ts): its links and its crowd of unlabelled
 * people, as steps that each paint a few thousand of them on a canvas of their own, a frame each
 * (use-picture.ts), at PICTURE_HEIGHT pixels for the layout's height.
 */
import type { NetworkEdge, NetworkNode } from "../../analytics/network";
import { traceCrowd, type PathLike } from "./crowd-shape";

/**
 * The picture's pixels for the layout's height: about twice the box's, so a view zoomed in twice
 * is still sharp.
 */
export const PICTURE_HEIGHT = 1000;
/** Half the largest dot, in the box's pixels. */
export const PICTURE_MARGIN = 8;

/** Links, or the crowd's dots, painted a frame. */
const LINKS_PER_STEP = 2500;
const DOTS_PER_STEP = 700;

export interface LinkStyle {
  width: number;
  type: "solid" | "dashed";
  opacity: number;
  color: string;
}

/** Links painted alike: one path. */
export interface LinkGroup {
  style: LinkStyle;
  edges: NetworkEdge[];
}

/** What of a 2D canvas context painting needs. */
export interface PaintContext extends PathLike {
  beginPath(): void;
  stroke(): void;
  fill(): void;
  setLineDash(segments: number[]): void;
  lineWidth: number;
  strokeStyle: unknown;
  fillStyle: unknown;
  globalAlpha: number;
}

/** A picture to paint in steps (a frame each) on a canvas `width` × `height` pixels. */
export interface Picture {
  width: number;
  height: number;
  steps: readonly ((ctx: PaintContext) => void)[];
  /** Room around the layout, in the picture's pixels, for the half of a dot that lies outside it. */
  margin: number;
  /** The layout's width in the picture's pixels. */
  inner: number;
}

/** People of one group drawn alike in the crowd: one path. */
export interface Batch {
  group: string;
  colour: string;
  opacity: number;
  diamond: boolean;
  nodes: NetworkNode[];
}

/**
 * The picture of `links` (faintest first) and `crowd` (dimmed first), each person at `placeOf` in
 * the layout (x up to `aspect`, y up to 1) and `sizeOf` pixels wide in a box `boxHeight` pixels
 * high: sizes and widths are scaled to the picture.
 */
export function paintedPicture(
  links: readonly LinkGroup[],
  crowd: readonly Batch[],
  placeOf: (id: string) => { x: number; y: number },
  sizeOf: (n: NetworkNode) => number,
  aspect: number,
  boxHeight: number,
): Picture {
  const scale = PICTURE_HEIGHT / boxHeight;
  // Room around the layout for the half of a dot that lies outside it.
  const margin = Math.ceil(PICTURE_MARGIN * scale);
  const inner = Math.round(PICTURE_HEIGHT * aspect);
  const px = (id: string): [number, number] => {
    const p = placeOf(id);
    return [margin + (p.x / aspect) * inner, margin + p.y * PICTURE_HEIGHT];
  };
  const steps: ((ctx: PaintContext) => void)[] = [];
  for (const { style, edges: some } of links)
    for (let i = 0; i < some.length; i += LINKS_PER_STEP)
      steps.push((ctx) => {
        ctx.beginPath();
        for (const e of some.slice(i, i + LINKS_PER_STEP)) {
          ctx.moveTo(...px(e.source));
          ctx.lineTo(...px(e.target));
        }
        ctx.lineWidth = style.width * scale;
        ctx.setLineDash(style.type === "dashed" ? [4 * scale, 4 * scale] : []);
        ctx.strokeStyle = style.color;
        ctx.globalAlpha = style.opacity;
        ctx.stroke();
      });
  // The crowd's paths, split where a path has more dots than a step takes, packed a step at a
  // time (a network coloured by community has hundreds of small groups).
  const parts = crowd.flatMap((b) =>
    Array.from({ length: Math.ceil(b.nodes.length / DOTS_PER_STEP) }, (_, k) => ({
      ...b,
      nodes: b.nodes.slice(k * DOTS_PER_STEP, (k + 1) * DOTS_PER_STEP),
    })),
  );
  for (let i = 0; i < parts.length;) {
    const some: Batch[] = [];
    for (let dots = 0; i < parts.length && dots + parts[i]!.nodes.length <= DOTS_PER_STEP; i++) {
      some.push(parts[i]!);
      dots += parts[i]!.nodes.length;
    }
    steps.push((ctx) => {
      for (const b of some) {
        ctx.beginPath();
        traceCrowd(ctx, {
          points: b.nodes.flatMap((n) => px(n.id)),
          sizes: b.nodes.map((n) => sizeOf(n) * scale),
          diamond: b.diamond,
        });
        ctx.fillStyle = b.colour;
        ctx.globalAlpha = b.opacity;
        ctx.fill();
      }
    });
  }
  return { width: inner + 2 * margin, height: PICTURE_HEIGHT + 2 * margin, steps, margin, inner };
}
