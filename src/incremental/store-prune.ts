// Size caps of the cache's keyed folders (the page store, the body cache, the search cache):
// least-recently-used entries go first once a folder outgrows its cap, and an entry the current
// build uses is never evicted.
import fs from "node:fs";
import path from "node:path";
import { ledgerAllows, ledgerListed } from "./cache-ledger.ts";

/** What a prune found and removed. */
export interface PruneResult {
  /** Entries and bytes left in the store. */
  entries: number;
  bytes: number;
  /** Entries removed (least recently used first). */
  removed: number;
}

/** The default cap is this many times the bytes the current build uses (room for older versions). */
export const CAP_MULTIPLE = 3;
/** The default cap is never below this (small sites keep a generous history). */
export const CAP_FLOOR = 64 * 2 ** 20;
/**
 * A store found over its cap is pruned down to this share of it: the builds after a prune add pages
 * (a code or content change) without each one listing the whole store again.
 */
export const PRUNE_TO = 0.8;
/** Temp files older than this are leftovers of a dead build. */
const STALE_TMP_MS = 60 * 60 * 1000;

/**
 * The store's cap in bytes: `BROADSHEET_PAGE_STORE_MB` when set (a whole number of MiB), else
 * `CAP_MULTIPLE` × the bytes of the pages the current build uses, at least `CAP_FLOOR`.
 */
export function storeCap(usedBytes: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.BROADSHEET_PAGE_STORE_MB;
  if (raw !== undefined && /^\d+$/.test(raw.trim())) return Number(raw.trim()) * 2 ** 20;
  return Math.max(CAP_MULTIPLE * usedBytes, CAP_FLOOR);
}

interface Found {
  file: string;
  key: string;
  size: number;
  mtimeMs: number;
}

/** How a folder's entries are named. */
export interface EntryNames {
  /** The extension of an entry's file (its size counts, and its mtime is the LRU clock). */
  ext?: string;
  /** Extensions of files beside an entry that go with it (removed first; their sizes count). */
  companions?: readonly string[];
  /** The companion whose mtime is the LRU clock instead (an entry without it: its own mtime). */
  clock?: string;
}

/**
 * Removes least-recently-used entries (oldest mtime first, then by key) once the folder holds more
 * than `cap` bytes, until it holds at most `target` (default: `cap`), never one whose key is in
 * `keep`; also sweeps stale temp files. Entries are `<key><ext>` files in `dir` or one folder below
 * it. Never throws: an entry that cannot be removed stays.
 */
export function pruneStore(
  dir: string,
  cap: number,
  keep: ReadonlySet<string>,
  { ext = ".page", companions = [], clock }: EntryNames = {},
  target = cap,
): PruneResult {
  const found = listEntries(dir, ext, companions, clock);
  return pruneFound(found, ext, { cap, target }, keep, companions);
}

/**
 * Over `cap` bytes, removes entries of `found` (least recently used first, none `keep` names) down
 * to `target` bytes.
 */
function pruneFound(
  found: readonly Found[],
  ext: string,
  { cap, target }: { cap: number; target: number },
  keep: ReadonlySet<string>,
  companions: readonly string[],
): PruneResult {
  let bytes = found.reduce((s, e) => s + e.size, 0);
  let removed = 0;
  if (bytes > cap) {
    const order = found
      .filter((e) => !keep.has(e.key))
      .sort((a, b) => a.mtimeMs - b.mtimeMs || (a.key < b.key ? -1 : 1));
    for (const e of order) {
      if (bytes <= target) break;
      try {
        for (const c of companions) fs.rmSync(e.file.slice(0, -ext.length) + c, { force: true });
        fs.rmSync(e.file);
        bytes -= e.size;
        removed++;
      } catch {
        // Another build removed it, or it cannot be removed: it no longer counts or stays.
      }
    }
  }
  return { entries: found.length - removed, bytes, removed };
}

/**
 * A keyed cache folder pruned to `CAP_MULTIPLE` × the bytes of the entries `keep` names (at least
 * `floor`): the body cache and the search cache after each build, which grow by a version of
 * every body or bucket with each renderer or content change.
 */
export function pruneToUse(
  dir: string,
  ext: string,
  keep: ReadonlySet<string>,
  floor = CAP_FLOOR,
  share = 1,
): PruneResult & { cap: number } {
  // Listed once: the bytes in use set the cap, and the same listing is pruned to `share` of it.
  const found = listEntries(dir, ext);
  const used = found.reduce((s, e) => s + (keep.has(e.key) ? e.size : 0), 0);
  const cap = Math.max(CAP_MULTIPLE * used, floor);
  return { ...pruneFound(found, ext, { cap, target: share * cap }, keep, []), cap };
}

/**
 * `pruneToUse` behind the folder's ledger (`cache-ledger.ts`): while it shows the folder within the
 * cap its last listing found, with the `added` bytes of this build, nothing is listed (undefined).
 * A folder over its cap is pruned to `PRUNE_TO` of it, leaving the next builds room to add.
 */
export function capToUse(
  dir: string,
  ext: string,
  keep: ReadonlySet<string>,
  added: number,
  floor = CAP_FLOOR,
): (PruneResult & { cap: number }) | undefined {
  if (ledgerAllows(dir, added)) return undefined;
  const pruned = pruneToUse(dir, ext, keep, floor, PRUNE_TO);
  ledgerListed(dir, pruned.bytes, pruned.cap);
  return pruned;
}

/**
 * Every `<key><ext>` entry in `dir` or one folder below, with its size (its companions' included)
 * and mtime (the `clock` companion's, when there is one); stale temp files, and companions whose
 * entry is gone, are removed on the way.
 */
function listEntries(
  dir: string,
  ext: string,
  companions: readonly string[] = [],
  clock?: string,
): Found[] {
  const out: Found[] = [];
  /** Companion files by their entry's path without extension: size, mtime, whether stale. */
  const besides = new Map<
    string,
    { file: string; size: number; mtimeMs: number; stale: boolean }[]
  >();
  const now = Date.now();
  const visit = (folder: string, depth: number): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const d of entries) {
      const file = path.join(folder, d.name);
      if (d.isDirectory()) {
        if (depth === 0) visit(file, 1);
        continue;
      }
      if (!d.isFile()) continue;
      const st = fs.statSync(file, { throwIfNoEntry: false });
      if (!st) continue;
      const stale = now - st.mtimeMs > STALE_TMP_MS;
      const companion = companions.find((c) => d.name.endsWith(c));
      if (d.name.endsWith(ext)) {
        out.push({ file, key: d.name.slice(0, -ext.length), size: st.size, mtimeMs: st.mtimeMs });
      } else if (/\.tmp\b/.test(d.name) && stale) {
        fs.rmSync(file, { force: true });
      } else if (companion) {
        const base = file.slice(0, -companion.length);
        const found = { file, size: st.size, mtimeMs: st.mtimeMs, stale };
        besides.set(base, [...(besides.get(base) ?? []), found]);
      }
    }
  };
  visit(dir, 0);
  for (const e of out) {
    const base = e.file.slice(0, -ext.length);
    for (const c of besides.get(base) ?? []) {
      e.size += c.size;
      if (clock !== undefined && c.file.endsWith(clock)) e.mtimeMs = c.mtimeMs;
    }
    besides.delete(base);
  }
  // What is left has no entry: removed once old (a writer renames the entry before its companions).
  for (const c of [...besides.values()].flat()) if (c.stale) fs.rmSync(c.file, { force: true });
  return out;
}
