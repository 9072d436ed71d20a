// The incremental plan of one build: every output file's input hash, the files carried over from
// the previous output, and the set Eleventy must render; saved as the next build's manifest.
import path from "node:path";
import type { SiteData } from "../collect/site.ts";
import { CODE_INPUTS, fingerprint } from "../fingerprint.ts";
import type { FileFacts } from "../publish/verify.ts";
import { readBuildId } from "../publish/swap.ts";
import {
  fullRenderSet,
  renderSetSize,
  renderUnits,
  type RenderUnit,
} from "../render/render-set.ts";
import {
  buildIdOf,
  linkCarried,
  planCarryOver,
  recordOf,
  unitHash,
  type CarryPlan,
} from "./carry-over.ts";
import { loadManifest, saveManifest, type PageRecord } from "./manifest.ts";

/** A build's plan: the carry-over split plus what the manifest records afterwards. */
export interface RenderPlan extends CarryPlan {
  units: RenderUnit[];
  /** Input hash of each output file. */
  hashes: Map<string, string>;
  /** The id the output's marker carries (derived from the hashes). */
  buildId: string;
  /** Files to render and files carried over. */
  files: { rendered: number; carried: number };
}

/**
 * Hashes every output file's inputs and hard-links the unchanged ones from `outDir` into `staging`.
 * Without a cache folder, or when the output is not the one the manifest describes, nothing carries.
 */
export function planRender(
  site: SiteData,
  outDir: string,
  staging: string,
  cacheDir: string | false,
): RenderPlan {
  const out = path.resolve(outDir);
  const units = renderUnits(fullRenderSet(site));
  const code = fingerprint(CODE_INPUTS);
  const hashes = new Map(units.map((u) => [u.file, unitHash(code, u)]));
  const manifest = cacheDir ? loadManifest(cacheDir, out) : undefined;
  const previous = manifest && manifest.buildId === readBuildId(out) ? manifest : undefined;
  const carry = planCarryOver(units, hashes, previous, out);
  linkCarried(out, staging, carry.carried.keys());
  return {
    ...carry,
    units,
    hashes,
    buildId: buildIdOf(hashes),
    files: { rendered: renderSetSize(carry.render), carried: carry.carried.size },
  };
}

/** Saves the manifest of the output just published, with each file's verify facts. */
export function recordRender(
  plan: RenderPlan,
  outDir: string,
  cacheDir: string | false,
  facts: ReadonlyMap<string, FileFacts>,
): void {
  if (!cacheDir) return;
  const out = path.resolve(outDir);
  const files = new Map<string, PageRecord>();
  for (const u of plan.units) {
    files.set(
      u.file,
      recordOf(path.join(out, u.file), plan.hashes.get(u.file)!, facts.get(u.file) ?? {}),
    );
  }
  saveManifest(cacheDir, out, { buildId: plan.buildId, files });
}
