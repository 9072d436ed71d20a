// What a drawn photograph is: its file name under content/media/, its size and how to draw it.
import type { Rng } from "./svg.ts";

/** One drawn photograph: `draw` returns a whole SVG document of `w`×`h`. */
export type Scene = {
  file: string;
  w: number;
  h: number;
  seed: number;
  draw: (r: Rng, w: number, h: number) => string;
};
