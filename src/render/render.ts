// Stage 4: Eleventy renders the dirty pages into the staging folder; media and assets are copied beside it.
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Eleventy } from "@11ty/eleventy";
import { outputFile } from "../routes.ts";
import { ASSET_NAMES } from "../collect/assets.ts";
import type { SiteData } from "../collect/site.ts";
import { chunkRenderSet, renderSetSize, type RenderSet } from "./render-set.ts";

/**
 * Files rendered by one Eleventy run: its memory grows with the pages it holds, and so does the
 * build's peak memory (measured in bench/RESULTS.md).
 */
const RENDER_CHUNK = 2000;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Renders the pages of `set` into `staging` (which holds nothing else yet but carried-over files),
 * in chunks, then writes the media `site` references and our assets. Eleventy does not start when
 * `set` is empty.
 */
export async function renderSite(
  site: SiteData,
  set: RenderSet,
  staging: string,
  mediaFiles: ReadonlyMap<string, Uint8Array>,
  onProgress?: (done: number, total: number) => void,
): Promise<{ files: number }> {
  const total = renderSetSize(set);
  const outputs: string[] = [];
  for (const chunk of chunkRenderSet(set, RENDER_CHUNK)) {
    const elev = new Eleventy(path.join(ROOT, "src/pages"), staging, {
      configPath: path.join(ROOT, ".eleventy.ts"),
      quietMode: true,
      config(cfg) {
        cfg.addGlobalData("pages", chunk);
      },
    });
    elev.disableLogger();
    const written = collectOutputPaths(await elev.write());
    for (const out of written) assertInside(staging, out);
    outputs.push(...written);
    onProgress?.(outputs.length, total);
  }
  for (const m of site.media) {
    const bytes = mediaFiles.get(m.source);
    if (!bytes) throw new Error(`internal: no source for media ${m.path}`);
    await writeInside(staging, outputFile(m.path), bytes);
  }
  const assets = path.join(ROOT, "layouts/assets");
  for (const name of (await fs.readdir(assets)).sort()) {
    // The collision check saw only the declared assets: any other would be written unchecked.
    if (!ASSET_NAMES.includes(name)) throw new Error(`internal: asset ${name} not in ASSET_NAMES`);
    await writeInside(staging, `assets/${name}`, await fs.readFile(path.join(assets, name)));
  }
  await writeInside(staging, "assets/site.css", await siteCss());
  return { files: outputs.length + site.media.length };
}

/** The site's stylesheet: `layouts/styles/*.css` joined in name order (one request for readers). */
export async function siteCss(): Promise<string> {
  const dir = path.join(ROOT, "layouts/styles");
  const names = (await fs.readdir(dir)).filter((n) => n.endsWith(".css")).sort();
  const parts = await Promise.all(names.map((n) => fs.readFile(path.join(dir, n), "utf8")));
  return parts.join("");
}

/** Writes a file below `root`, refusing any path that would leave it (R17). */
export async function writeInside(
  root: string,
  rel: string,
  bytes: Uint8Array | string,
): Promise<void> {
  const target = path.resolve(root, rel);
  assertInside(root, target);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, bytes, { flag: "wx" });
}

/** Throws when `target` is not strictly inside `root`. */
export function assertInside(root: string, target: string): void {
  const rel = path.relative(path.resolve(root), path.resolve(target));
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error(`internal: output path ${target} escapes ${root}`);
  }
}

function collectOutputPaths(written: unknown): string[] {
  const out: string[] = [];
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === "object" && "outputPath" in x) {
      const p = (x as { outputPath?: unknown }).outputPath;
      if (typeof p === "string") out.push(p);
    }
  };
  visit(written);
  return out;
}
