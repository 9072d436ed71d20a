// The page store: rendered output files kept in the cache by their input hash (the hash plan.ts
// computes), with their verify facts. A build restores from it any page whose inputs match, whatever
// the output folder holds, so a fresh clone with a restored cache renders only what changed.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { FileFacts } from "../publish/verify.ts";

/** One stored page: its bytes and what verify learned about them. */
export interface StoredPage {
  bytes: Buffer;
  facts: FileFacts;
}

const FORMAT = "broadsheet-page-1";
const HEX = /^[0-9a-f]{64}$/;

/** The store's folder in `cacheDir`. */
export function storeDir(cacheDir: string): string {
  return path.join(cacheDir, "store");
}

/** Where the entry of input hash `key` lives (two-level fan-out). */
export function entryPath(dir: string, key: string): string {
  return path.join(dir, key.slice(0, 2), `${key}.page`);
}

/**
 * The entry of `key`, or undefined when it is absent, unreadable, damaged (its checksum covers the
 * header and the bytes) or stored under another key. Never throws.
 */
export function readPage(dir: string, key: string): StoredPage | undefined {
  if (!HEX.test(key)) return undefined;
  let buf: Buffer;
  try {
    buf = fs.readFileSync(entryPath(dir, key));
  } catch {
    return undefined;
  }
  if (buf.length < 66 || buf[64] !== 0x0a) return undefined;
  const rest = buf.subarray(65);
  if (createHash("sha256").update(rest).digest("hex") !== buf.toString("latin1", 0, 64))
    return undefined;
  const nl = rest.indexOf(0x0a);
  if (nl < 0) return undefined;
  try {
    const head = JSON.parse(rest.toString("utf8", 0, nl)) as {
      format?: unknown;
      key?: unknown;
      facts?: unknown;
    };
    if (head.format !== FORMAT || head.key !== key || !head.facts || typeof head.facts !== "object")
      return undefined;
    return { bytes: rest.subarray(nl + 1), facts: head.facts as FileFacts };
  } catch {
    return undefined;
  }
}

/**
 * Stores `bytes` with their facts under `key`, atomically (temp file + rename), so a reader sees
 * the whole entry or none; two builds writing one key write the same bytes. Returns false when the
 * entry could not be written (the build goes on without it).
 */
export function writePage(dir: string, key: string, page: StoredPage): boolean {
  const head = Buffer.from(`${JSON.stringify({ format: FORMAT, key, facts: page.facts })}\n`);
  const sum = createHash("sha256").update(head).update(page.bytes).digest("hex");
  const file = entryPath(dir, key);
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(6).toString("hex")}`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${sum}\n`), head, page.bytes]));
    fs.renameSync(tmp, file);
    return true;
  } catch {
    fs.rmSync(tmp, { force: true });
    return false;
  }
}

/**
 * Marks the entry of `key` as used now (its mtime is the LRU clock); false when it is absent.
 * Never throws.
 */
export function touchPage(dir: string, key: string, now: Date): boolean {
  try {
    fs.utimesSync(entryPath(dir, key), now, now);
    return true;
  } catch {
    return false;
  }
}
