// The page store's size cap: least-recently-used entries go first once the store outgrows it, and
// an entry the current build uses is never evicted.
import fs from "node:fs";
import path from "node:path";

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

/**
 * Removes least-recently-used entries (oldest mtime first, then by key) until the store holds at
 * most `cap` bytes, never one whose key is in `keep`; also sweeps stale temp files. Never throws:
 * an entry that cannot be removed stays.
 */
export function pruneStore(dir: string, cap: number, keep: ReadonlySet<string>): PruneResult {
  const found = listEntries(dir);
  let bytes = found.reduce((s, e) => s + e.size, 0);
  let removed = 0;
  if (bytes > cap) {
    const order = found
      .filter((e) => !keep.has(e.key))
      .sort((a, b) => a.mtimeMs - b.mtimeMs || (a.key < b.key ? -1 : 1));
    for (const e of order) {
      if (bytes <= cap) break;
      try {
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

/** Every entry of the store with its size and mtime; stale temp files are removed on the way. */
function listEntries(dir: string): Found[] {
  const out: Found[] = [];
  const now = Date.now();
  let fans: string[];
  try {
    fans = fs.readdirSync(dir);
  } catch {
    return out;
  }
  for (const fan of fans) {
    const sub = path.join(dir, fan);
    let names: string[];
    try {
      names = fs.readdirSync(sub);
    } catch {
      continue;
    }
    for (const name of names) {
      const file = path.join(sub, name);
      const st = fs.statSync(file, { throwIfNoEntry: false });
      if (!st?.isFile()) continue;
      if (name.endsWith(".page")) {
        out.push({ file, key: name.slice(0, -5), size: st.size, mtimeMs: st.mtimeMs });
      } else if (name.includes(".tmp-") && now - st.mtimeMs > STALE_TMP_MS) {
        fs.rmSync(file, { force: true });
      }
    }
  }
  return out;
}
