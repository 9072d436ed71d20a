// Tests for src/search/bucket-lanes.ts: the buckets the cache lacks reach Pagefind before any cached
// bucket is copied, a damaged cached entry is indexed again (even after the lanes ran out of work),
// and every bucket is written once with its records counted.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { heldBody } from "../../../src/content/body.ts";
import { bucketKey, writeEntry } from "../../../src/search/bucket-cache.ts";
import { indexBuckets, type BucketWork } from "../../../src/search/bucket-lanes.ts";
import type { IndexFile } from "../../../src/search/pagefind-run.ts";
import type { PagefindThread } from "../../../src/search/pagefind-thread.ts";
import type { SearchRecord } from "../../../src/search/records.ts";
import { emptySearchResult } from "../../../src/search/search-result.ts";
import { tempDir } from "../../helpers/cli.ts";

const VERSION = "test";

/** `n` records of `bucket`. */
function records(bucket: string, n: number): SearchRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    bucket,
    url: `/${bucket}story-${i}/`,
    language: "en",
    content: { summary: `S${i}`, body: heldBody(`<p>w${i}</p>`, `w${i}`) },
    meta: { title: `T${i}`, card: "" },
    filters: { section: ["news"], tag: [], author: [], year: [] },
    sort: { date: String(i) },
  }));
}

/** The files a bucket's index is made of, marked with how they were made. */
const filesOf = (bucket: string, how: string): IndexFile[] => [
  { path: "pagefind-entry.json", bytes: Buffer.from(`{"${bucket}":"${how}"}`) },
  { path: "index/a.pf_index", bytes: Buffer.from(`${bucket} ${how}`) },
];

/**
 * A stand-in Pagefind lane that logs each bundle it is asked for and answers on a later tick, not
 * before `until` (a test's event) when given.
 */
function fakeLane(log: string[], until?: Promise<void>): PagefindThread {
  return {
    index: async (recs: readonly { url: string }[]) => {
      const bucket = recs[0]!.url.replace(/^\//, "").replace(/story-\d+\/$/, "");
      log.push(`index ${bucket}`);
      await until;
      await new Promise((r) => setTimeout(r, 5));
      return filesOf(bucket, "indexed");
    },
  } as unknown as PagefindThread;
}

/** A work order over `byBucket` logging each write; the cache in `cacheDir`. */
function work(byBucket: Map<string, SearchRecord[]>, cacheDir: string, log: string[]) {
  const progress: [number, number][] = [];
  const w: BucketWork = {
    byBucket,
    version: VERSION,
    cacheDir,
    runtime: new Map(),
    result: emptySearchResult(),
    write: async (bucket, files) => {
      for (const f of files) log.push(`write ${bucket}${f.path}`);
      await new Promise((r) => setImmediate(r));
    },
    entries: new Map(),
    progress: (d, t) => progress.push([d, t]),
  };
  return { w, progress };
}

describe("indexBuckets", () => {
  it("should send the uncached bucket to Pagefind before copying the cached ones", async () => {
    const cacheDir = tempDir();
    const byBucket = new Map(
      ["en/2021/", "en/2022/", "en/2023/", "en/2024/"].map((b) => [b, records(b, 3)]),
    );
    for (const b of ["en/2021/", "en/2022/", "en/2024/"])
      writeEntry(cacheDir, bucketKey(VERSION, byBucket.get(b)!), filesOf(b, "cached"));
    const log: string[] = [];
    const { w, progress } = work(byBucket, cacheDir, log);
    await indexBuckets([fakeLane(log)], w);
    assert.equal(log[0], "index en/2023/", "Pagefind gets its bucket first");
    assert.equal(log.filter((l) => l.startsWith("index")).length, 1);
    assert.deepEqual([w.result.indexed, w.result.carried, w.result.errors], [1, 3, []]);
    for (const b of byBucket.keys())
      assert.equal(log.filter((l) => l === `write ${b}pagefind-entry.json`).length, 1, b);
    assert.deepEqual(progress[0], [0, 12]);
    assert.deepEqual(progress.at(-1), [12, 12]);
    assert.deepEqual([...w.entries.keys()].sort(), [...byBucket.keys()]);
    assert.equal(w.result.keys.length, 4);
  });

  it("should index a bucket whose cached entry is damaged, after the lanes ran out of work", async () => {
    const cacheDir = tempDir();
    const byBucket = new Map(["en/2023/", "en/2024/"].map((b) => [b, records(b, 2)]));
    for (const b of byBucket.keys())
      writeEntry(cacheDir, bucketKey(VERSION, byBucket.get(b)!), filesOf(b, "cached"));
    // The 2024 entry loses its last byte: its checks fail on read.
    const damaged = path.join(
      cacheDir,
      "search",
      `${bucketKey(VERSION, byBucket.get("en/2024/")!)}.bin`,
    );
    fs.truncateSync(damaged, fs.statSync(damaged).size - 1);
    const log: string[] = [];
    const { w } = work(byBucket, cacheDir, log);
    await indexBuckets([fakeLane(log), fakeLane(log)], w);
    assert.deepEqual(
      log.filter((l) => l.startsWith("index")),
      ["index en/2024/"],
    );
    assert.deepEqual([w.result.indexed, w.result.carried], [1, 1]);
    assert.equal(
      Buffer.from(w.entries.get("en/2024/")!.bytes).toString(),
      '{"en/2024/":"indexed"}',
    );
  });

  it("should throw a copy's file-system fault once the lanes have stopped", async () => {
    const cacheDir = tempDir();
    const byBucket = new Map(["en/2022/", "en/2023/", "en/2024/"].map((b) => [b, records(b, 2)]));
    writeEntry(cacheDir, bucketKey(VERSION, byBucket.get("en/2022/")!), filesOf("en/2022/", "c"));
    const log: string[] = [];
    const { w } = work(byBucket, cacheDir, log);
    // Pagefind answers for 2023 only after the copy of 2022 failed (the copy's read runs on Node's
    // I/O threads: on a loaded machine it can take longer than a bundle).
    let fault!: () => void;
    const failed = new Promise<void>((resolve) => (fault = resolve));
    w.write = async (bucket) => {
      await new Promise((r) => setImmediate(r));
      if (bucket === "en/2022/") {
        fault();
        throw new Error("ENOSPC: no space left on device");
      }
      log.push(`write ${bucket}`);
    };
    await assert.rejects(indexBuckets([fakeLane(log, failed)], w), /ENOSPC/);
    assert.deepEqual(
      log.filter((l) => l.startsWith("index")),
      ["index en/2023/"],
      "the lane took no bucket after the fault",
    );
    assert.ok(!w.entries.has("en/2022/"));
  });
});
