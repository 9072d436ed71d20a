// The page store in a build: before render, pages whose input hash is stored are written into
// staging from it; after publish, every page the build used is stored (or marked used) and the
// store is pruned to its cap (listed only when its ledger says it may have outgrown it).
import fs from "node:fs";
import path from "node:path";
import { assertInside } from "../render/render.ts";
import type { FileFacts } from "../publish/verify.ts";
import {
  copyPage,
  entryPath,
  FACTS_EXT,
  factsPath,
  restorePage,
  touchPage,
  writePage,
} from "./page-store.ts";
import { ledgerAllows, ledgerListed } from "./cache-ledger.ts";
import { PRUNE_TO, pruneStore, storeCap, type PruneResult } from "./store-prune.ts";

/** Writes stored pages into `staging` (see `restoreFrom`). */
export interface StoreRestore {
  /** Links the page of input hash `hash` to output `file` and returns its facts; undefined: not stored. */
  restore(file: string, hash: string): FileFacts | undefined;
  /** The same for a page whose facts, size and mtime the build holds; false: not stored. */
  copy(file: string, hash: string, recorded: { size: number; mtimeMs: number }): boolean;
}

/**
 * Restores stored pages into `staging` by output path: a miss (not stored, or damaged) leaves the
 * page to render. Both calls throw when the write fails.
 */
export function restoreFrom(dir: string, staging: string): StoreRestore {
  const made = new Set<string>();
  const target = (file: string): string => {
    const to = path.join(staging, file);
    assertInside(staging, to);
    const parent = path.dirname(to);
    if (!made.has(parent)) {
      fs.mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    return to;
  };
  return {
    restore: (file, hash) => restorePage(dir, hash, target(file)),
    copy: (file, hash, recorded) => copyPage(dir, hash, recorded, target(file)),
  };
}

/** One page of a build, as the store keeps it. */
export interface UsedPage {
  /** Its input hash. */
  hash: string;
  /** The file: staged, or published. */
  file: string;
  size: number;
  facts: FileFacts;
}

/** What `keepPages` did: the input hashes a build uses, their bytes, and the bytes it stored. */
export interface KeptPages {
  keep: Set<string>;
  used: number;
  added: number;
}

/**
 * Stores every page of a build that the store lacks (read back from `file`: staged or published),
 * and marks the others used now. Safe before the build publishes: an entry is only ever the page
 * of its input hash.
 */
export function keepPages(dir: string, pages: readonly UsedPage[]): KeptPages {
  const now = new Date();
  const kept: KeptPages = { keep: new Set(), used: 0, added: 0 };
  for (const p of pages) {
    kept.keep.add(p.hash);
    kept.used += p.size;
    if (touchPage(dir, p.hash, now)) continue;
    if (writePage(dir, p.hash, { file: p.file, facts: p.facts }))
      for (const f of [entryPath(dir, p.hash), factsPath(dir, p.hash)])
        kept.added += fs.statSync(f, { throwIfNoEntry: false })?.size ?? 0;
  }
  return kept;
}

/**
 * Prunes the store to its cap without evicting a page of the build that published (`kept`). The
 * store's ledger (its bytes after the last prune plus what builds added since) spares listing
 * every entry while it is under its cap; every `LEDGER_RUNS` builds, or when it is missing, the
 * store is listed. A store over its cap is pruned to `PRUNE_TO` of it, leaving room for the next
 * builds. Returns the prune, or undefined when the ledger showed the store under its cap.
 */
export function capStore(dir: string, { keep, used, added }: KeptPages): PruneResult | undefined {
  const cap = storeCap(used);
  if (ledgerAllows(dir, added, cap)) return undefined;
  const names = { companions: [FACTS_EXT], clock: FACTS_EXT };
  const pruned = pruneStore(dir, cap, keep, names, PRUNE_TO * cap);
  ledgerListed(dir, pruned.bytes);
  return pruned;
}
