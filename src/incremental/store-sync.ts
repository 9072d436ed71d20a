// The page store in a build: before render, pages whose input hash is stored are written into
// staging from it; after publish, every page the build used is stored (or marked used) and the
// store is pruned to its cap.
import fs from "node:fs";
import path from "node:path";
import { assertInside } from "../render/render.ts";
import type { FileFacts } from "../publish/verify.ts";
import { readPage, touchPage, writePage } from "./page-store.ts";
import { pruneStore, storeCap, type PruneResult } from "./store-prune.ts";

/**
 * Writes the stored page of input hash `hash` into `staging` as output `file` and returns its
 * facts; undefined when the store lacks it (or it is damaged). Throws when the write fails.
 */
export function restoreFrom(
  dir: string,
  staging: string,
): (file: string, hash: string) => FileFacts | undefined {
  const made = new Set<string>();
  return (file, hash) => {
    const page = readPage(dir, hash);
    if (!page) return undefined;
    const to = path.join(staging, file);
    assertInside(staging, to);
    const parent = path.dirname(to);
    if (!made.has(parent)) {
      fs.mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    fs.writeFileSync(to, page.bytes, { flag: "wx" });
    return page.facts;
  };
}

/** One page of a published build, as the store keeps it. */
export interface UsedPage {
  /** Its input hash. */
  hash: string;
  /** The published file. */
  file: string;
  size: number;
  facts: FileFacts;
}

/**
 * Stores every page of a published build that the store lacks (read back from the output), marks
 * the others used now, then prunes the store to its cap without evicting any of them.
 */
export function savePages(dir: string, pages: readonly UsedPage[]): PruneResult {
  const now = new Date();
  const keep = new Set<string>();
  let used = 0;
  for (const p of pages) {
    keep.add(p.hash);
    used += p.size;
    if (touchPage(dir, p.hash, now)) continue;
    writePage(dir, p.hash, { bytes: fs.readFileSync(p.file), facts: p.facts });
  }
  return pruneStore(dir, storeCap(used), keep);
}
