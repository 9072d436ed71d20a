// Pagefind through its Node API: one index per bucket, fed the bucket's records (no HTML is read),
// its files taken in memory with getFiles(). The binary comes from Pagefind's npm package for this
// platform (an optional dependency); nothing is downloaded. Every call has a time limit.
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import type { PagefindRecord } from "./records.ts";
import { untilStalled } from "./stall-limit.ts";

/** One file of an index, relative to its bundle folder. */
export interface IndexFile {
  path: string;
  bytes: Uint8Array;
}

/** The version of the installed Pagefind (part of every cache key). */
export function pagefindVersion(): string {
  const pkg = new URL("../package.json", import.meta.resolve("pagefind"));
  return (JSON.parse(fs.readFileSync(fileURLToPath(pkg), "utf8")) as { version: string }).version;
}

/**
 * How long one Pagefind call may take, and how long a bucket's records may go without one of them
 * finishing (`BROADSHEET_SEARCH_TIMEOUT_MS`, default 120 s).
 */
function timeoutMs(): number {
  const n = Number(process.env.BROADSHEET_SEARCH_TIMEOUT_MS);
  return Number.isFinite(n) && n > 0 ? n : 120_000;
}

/** `p`, or a rejection naming `what` once the time limit passes (the service is then stopped). */
async function limited<T>(p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const ms = timeoutMs();
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Pagefind did not ${what} within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, late]);
  } catch (err) {
    await pagefind.close().catch(() => undefined);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/** Indexes `records` as one Pagefind bundle and returns all its files; throws on any Pagefind error. */
export async function indexRecords(records: readonly PagefindRecord[]): Promise<IndexFile[]> {
  const created = await limited(pagefind.createIndex({}), "start");
  if (!created.index) throw new Error(created.errors.join("; ") || "no index was created");
  const index = created.index;
  try {
    // Note: records go over one pipe and finish one by one; slow is fine, stalled is not.
    const added = await untilStalled(
      records.map(({ url, content, language, meta, filters, sort }) =>
        index.addCustomRecord({ url, content, language, meta, filters, sort }),
      ),
      timeoutMs(),
      "index the records",
      () => closeQuietly(),
    );
    const failed = added.flatMap((a) => a.errors);
    if (failed.length > 0) throw new Error(failed.join("; "));
    const got = await limited(index.getFiles(), "write the index");
    if (got.errors.length > 0) throw new Error(got.errors.join("; "));
    return got.files.map((f) => ({ path: f.path, bytes: f.content }));
  } finally {
    await index.deleteIndex().catch(() => undefined);
  }
}

/** Stops the Pagefind service (started on the first call; restarted by the next one). */
export async function closePagefind(): Promise<void> {
  await pagefind.close();
}

/** Stops the Pagefind service, ignoring a failure to (it is being given up on). */
async function closeQuietly(): Promise<void> {
  await pagefind.close().catch(() => undefined);
}
