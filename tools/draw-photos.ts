// Draws the sample site's photographs (SVG scenes rendered to JPEG with sharp) into content/media/.
// Run: node --import tsx tools/draw-photos.ts [--only name] [--out DIR]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { LIFE_SCENES } from "./photos/scenes-life.ts";
import { CITY_SCENES } from "./photos/scenes-city.ts";
import { PORTRAITS } from "./photos/portraits.ts";
import { REGATTA_SCENES } from "./photos/scenes-regatta.ts";
import { RIVER_SCENES } from "./photos/scenes-river.ts";
import type { Scene } from "./photos/scene.ts";
import { rng } from "./photos/svg.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Every drawn photograph of the sample site. */
export const SCENES: Scene[] = [
  ...RIVER_SCENES,
  ...CITY_SCENES,
  ...LIFE_SCENES,
  ...REGATTA_SCENES,
  ...PORTRAITS,
];

/** Renders one scene to a JPEG file in `dir`; returns its size in bytes. */
export async function drawScene(scene: Scene, dir: string): Promise<number> {
  const svg = scene.draw(rng(scene.seed), scene.w, scene.h);
  const file = path.join(dir, scene.file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const image = sharp(Buffer.from(svg), { density: 72 }).resize(scene.w, scene.h);
  if (scene.file.endsWith(".png")) await image.png({ palette: true, quality: 80 }).toFile(file);
  else await image.jpeg({ quality: 74, mozjpeg: true, chromaSubsampling: "4:2:0" }).toFile(file);
  return fs.statSync(file).size;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
  const out = args.includes("--out")
    ? path.resolve(args[args.indexOf("--out") + 1] ?? ".")
    : path.join(ROOT, "content/media");
  fs.mkdirSync(out, { recursive: true });
  for (const scene of SCENES) {
    if (only !== undefined && !scene.file.startsWith(only)) continue;
    const bytes = await drawScene(scene, out);
    console.log(`${scene.file} ${scene.w}×${scene.h} ${(bytes / 1024).toFixed(0)} KB`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
