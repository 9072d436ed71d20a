// Stage 4: Eleventy renders the dirty pages into the staging folder; media and assets are copied beside it.
import fs from "node:fs/promises";
import path from "node:path";
import { CODE_EXT, CODE_ROOT } from "../code-root.ts";
import type { SiteData } from "../collect/site.ts";
import { releaseGarbage } from "./release-memory.ts";
import { chunkRenderSet, renderSetSize, type RenderSet } from "./render-set.ts";
import type { SiteAssets } from "./site-assets.ts";

/**
 * Files rendered by one Eleventy run. Eleventy holds every page of a run until it has written them
 * all (~185 KB of heap a page at 10k: its HTML, a two-byte string, in several places), so the chunk
 * sets what render adds to the build's peak memory. Cold builds at 10k (bench/RESULTS.md,
 * fourteenth session): 2,000 peaked at 1,669–1,721 MB summed, 1,000 at 1,469–1,525 in the same
 * render time, 500 at 1,502–1,536 and ~1.5 s slower (an Eleventy run's own cost).
 */
const RENDER_CHUNK = 1000;

/**
 * Renders the pages of `set` into `staging` (which holds carried-over files, and image renditions
 * being written beside render),
 * in chunks, then writes the media `site` references and our assets (read once by the pipeline,
 * under their fingerprinted names). Eleventy does not start when `set` is empty.
 */
export async function renderSite(
  site: SiteData,
  set: RenderSet,
  staging: string,
  assets: SiteAssets,
  onProgress?: (done: number, total: number) => void,
  onWritten?: (files: readonly string[]) => void,
): Promise<{ files: number }> {
  const total = renderSetSize(set);
  const outputs: string[] = [];
  const chunks = chunkRenderSet(set, RENDER_CHUNK);
  for (const [i, chunk] of chunks.entries()) {
    // Note: loaded here, not at start-up: Eleventy's modules take ~0.4 s to load, and `check` or
    // a build with nothing to render never needs them.
    const { Eleventy } = await loadEleventy();
    // Templates and config run from the code that runs (compiled by bin/broadsheet.mjs, or the sources).
    const elev = new Eleventy(path.join(CODE_ROOT, "src/pages"), staging, {
      configPath: path.join(CODE_ROOT, `.eleventy${CODE_EXT}`),
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
    // Each chunk's files go on to be verified while the next chunk renders.
    onWritten?.(written.map((out) => relativeTo(staging, out)));
    // Between chunks only: after the last one (an edit's only one) a full collection at 10k cost
    // ~0.4 s of main thread and gave back nothing a later stage needed.
    if (i < chunks.length - 1) releaseGarbage();
  }
  for (const [file, bytes] of assets.bytes) await writeInside(staging, `assets/${file}`, bytes);
  return { files: outputs.length };
}

/**
 * Starts loading Eleventy's modules (~0.5 s of main thread at 10k, when render first needs them)
 * while the build waits on other threads (plan's page restore, a CI build's longest wait); render
 * then finds them loaded. A failure shows when render loads them.
 */
export function preloadEleventy(): void {
  loadEleventy().catch(() => undefined);
}

/** Eleventy's module (loaded once by Node, whoever asks first). */
function loadEleventy(): Promise<typeof import("@11ty/eleventy")> {
  return import("@11ty/eleventy");
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

/** Copies the file `from` to a new file below `root` (a kernel copy), refusing any path that would leave it (R17). */
export async function copyInside(root: string, rel: string, from: string): Promise<void> {
  const target = path.resolve(root, rel);
  assertInside(root, target);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.copyFile(from, target, fs.constants.COPYFILE_EXCL);
}

/** `target` as a path below `root`, with `/` separators (as verify names files). */
function relativeTo(root: string, target: string): string {
  return path.relative(path.resolve(root), path.resolve(target)).split(path.sep).join("/");
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
