// The incremental plan of one build: every output file's input hash, the files carried over from
// the previous output, and the set Eleventy must render; saved as the next build's manifest.
import path from "node:path";
import { setImmediate } from "node:timers/promises";
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
  carriedFromOutput,
  linkCarried,
  planCarryOver,
  recordOf,
  unitHash,
  type CarryPlan,
} from "./carry-over.ts";
import {
  encodeManifest,
  loadManifest,
  newestOtherManifest,
  writeManifest,
  type EncodedManifest,
  type PageManifest,
  type PageRecord,
} from "./manifest.ts";
import { storeDir } from "./page-store.ts";
import { PageRestorer, type KnownPage } from "./page-restorer.ts";
import { capStore, keepPages, type KeptPages } from "./store-sync.ts";

/** Views hashed between two turns of the event loop. */
const YIELD_EVERY = 1000;

/** A build's plan: the carry-over split plus what the manifest records afterwards. */
export interface RenderPlan extends CarryPlan {
  units: RenderUnit[];
  /** Input hash of each output file. */
  hashes: Map<string, string>;
  /** The id the output's marker carries (derived from the hashes). */
  buildId: string;
  /** Files to render, files carried over, and of those the ones restored from the page store. */
  files: { rendered: number; carried: number; restored: number };
}

/**
 * Hashes every output file's inputs and hard-links the unchanged ones from `outDir` into `staging`;
 * the others whose input hash the cache's page store holds are written into `staging` from it (a
 * fresh clone with a restored cache and an empty output folder renders only what changed). Without a
 * cache folder nothing carries; without a matching manifest only the page store does.
 */
export async function planRender(
  site: SiteData,
  outDir: string,
  staging: string,
  cacheDir: string | false,
): Promise<RenderPlan> {
  const out = path.resolve(outDir);
  const units = renderUnits(fullRenderSet(site));
  const code = fingerprint(CODE_INPUTS);
  const manifest = cacheDir ? loadManifest(cacheDir, out) : undefined;
  const previous = manifest && manifest.buildId === readBuildId(out) ? manifest : undefined;
  // Facts by input hash, for pages restored from the store: this folder's manifest, or the newest
  // other one (a CI job's new output path), so the worker copies bytes and reads no facts file.
  const known = manifest ?? (cacheDir ? newestOtherManifest(cacheDir, out) : undefined);
  // Pages the output lacks are restored from the store on a worker thread while the rest hash.
  const restorer = cacheDir ? new PageRestorer(storeDir(cacheDir), staging) : undefined;
  const hashes = new Map<string, string>();
  const fromOutput = new Map<string, FileFacts>();
  try {
    for (const [i, u] of units.entries()) {
      // The photos' and search buckets' copies go on between batches (their I/O waits on this thread).
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await setImmediate();
      const hash = unitHash(code, u);
      hashes.set(u.file, hash);
      const facts = carriedFromOutput(u, hash, previous, out);
      if (facts) fromOutput.set(u.file, facts);
      else restorer?.add(u.file, hash, knownPage(known, u.file, hash));
    }
  } catch (err) {
    // The worker finishes what it was given before staging is removed, and lets the process go.
    await restorer?.finish().catch(() => undefined);
    throw err;
  }
  const carry = planCarryOver(units, fromOutput, (await restorer?.finish()) ?? new Map());
  linkCarried(out, staging, fromOutput.keys());
  return {
    ...carry,
    units,
    hashes,
    buildId: buildIdOf(hashes),
    files: {
      rendered: renderSetSize(carry.render),
      carried: carry.carried.size,
      restored: carry.restored.size,
    },
  };
}

/** What `manifest` recorded of `file` when it had input hash `hash` then too. */
function knownPage(
  manifest: PageManifest | undefined,
  file: string,
  hash: string,
): KnownPage | undefined {
  const rec = manifest?.files.get(file);
  return rec?.hash === hash ? rec : undefined;
}

/** The next build's manifest, encoded, and the pages this build kept in the page store. */
export interface PreparedRecord {
  manifest: EncodedManifest;
  kept: KeptPages;
}

/**
 * Made once the staged pages and their facts are final (verify's first part), while Pagefind
 * indexes: each page's manifest record (a staged file keeps its inode, size and mtime when staging
 * becomes the output), the manifest encoded, every page kept in the cache's page store. Nothing
 * here is the output's: `commitRecord` writes the manifest once it is published.
 */
export function prepareRecord(
  plan: RenderPlan,
  staging: string,
  outDir: string,
  cacheDir: string | false,
  facts: ReadonlyMap<string, FileFacts>,
): PreparedRecord | undefined {
  if (!cacheDir) return undefined;
  const files = new Map<string, PageRecord>();
  for (const u of plan.units) {
    files.set(
      u.file,
      recordOf(path.join(staging, u.file), plan.hashes.get(u.file)!, facts.get(u.file) ?? {}),
    );
  }
  const manifest = encodeManifest(outDir, { buildId: plan.buildId, files });
  const kept = keepPages(
    storeDir(cacheDir),
    [...files].map(([f, r]) => ({
      hash: r.hash,
      file: path.join(staging, f),
      size: r.size,
      facts: r.facts,
    })),
  );
  return { manifest, kept };
}

/**
 * After publishing: writes the manifest `prepareRecord` made and prunes the page store to its cap
 * (least recently used first, never a page of this build).
 */
export function commitRecord(record: PreparedRecord, cacheDir: string): void {
  writeManifest(cacheDir, record.manifest);
  capStore(storeDir(cacheDir), record.kept);
}
