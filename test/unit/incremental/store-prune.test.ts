// Tests for src/incremental/store-prune.ts: the cap, least-recently-used eviction (by the entry's
// mtime, or a companion's), entries in use kept whatever the cap, stale temp files swept.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { entryPath, factsPath } from "../../../src/incremental/page-store.ts";
import { LEDGER_RUNS } from "../../../src/incremental/cache-ledger.ts";
import {
  CAP_FLOOR,
  capToUse,
  pruneStore,
  pruneToUse,
  storeCap,
} from "../../../src/incremental/store-prune.ts";
import { tempDir } from "../../helpers/cli.ts";
import { storeBytes, storedPage } from "../../helpers/page-store.ts";

const key = (c: string): string => c.repeat(64);

/** A store with one 1,000-byte page per key, used at the given seconds (mtime). */
function store(used: Record<string, number>): { dir: string; size: number } {
  const dir = tempDir();
  for (const [c, s] of Object.entries(used)) {
    storeBytes(dir, key(c), Buffer.alloc(1000, c));
    fs.utimesSync(entryPath(dir, key(c)), s, s);
  }
  return { dir, size: fs.statSync(entryPath(dir, key(Object.keys(used)[0]!))).size };
}

/** The keys whose entry is still there (an entry's mtime set by hand no longer matches its facts). */
const left = (dir: string, cs: string): string[] =>
  [...cs].filter((c) => fs.existsSync(entryPath(dir, key(c))));

describe("page store pruning", () => {
  it("should remove nothing while the store is within its cap", () => {
    const { dir, size } = store({ a: 1, b: 2, c: 3 });
    const r = pruneStore(dir, 3 * size, new Set());
    assert.deepEqual(r, { entries: 3, bytes: 3 * size, removed: 0 });
    assert.deepEqual(left(dir, "abc"), ["a", "b", "c"]);
  });

  it("should remove the least recently used entries first, down to the cap", () => {
    const { dir, size } = store({ a: 30, b: 10, c: 20, d: 40 });
    const facts = fs.statSync(factsPath(dir, key("a"))).size;
    const r = pruneStore(dir, 2 * (size + facts), new Set(), { companions: [".facts"] });
    assert.deepEqual(r, { entries: 2, bytes: 2 * (size + facts), removed: 2 }, "facts count");
    assert.deepEqual(left(dir, "abcd"), ["a", "d"]);
    assert.equal(fs.existsSync(factsPath(dir, key("b"))), false, "an entry's facts go with it");
    assert.equal(fs.existsSync(factsPath(dir, key("a"))), true);
  });

  it("should take the LRU clock from a companion's mtime when told, and leave the entries' own", () => {
    const dir = tempDir();
    // Stored in the order a, b, c, d; used (facts touched) in the order d, c, b, a.
    for (const [i, c] of [..."abcd"].entries()) {
      storeBytes(dir, key(c), Buffer.alloc(1000, c));
      fs.utimesSync(factsPath(dir, key(c)), 40 - 10 * i, 40 - 10 * i);
    }
    const each =
      fs.statSync(entryPath(dir, key("a"))).size + fs.statSync(factsPath(dir, key("a"))).size;
    const names = { companions: [".facts"], clock: ".facts" };
    assert.equal(pruneStore(dir, 2 * each, new Set(), names).removed, 2);
    assert.deepEqual(left(dir, "abcd"), ["a", "b"], "the least recently used by their facts went");
    assert.ok(storedPage(dir, key("a")) && storedPage(dir, key("b")), "the rest still serve");
  });

  it("should never evict an entry the current build uses, even over the cap", () => {
    const { dir, size } = store({ a: 1, b: 2, c: 3 });
    const r = pruneStore(dir, size, new Set([key("a"), key("b")]));
    assert.deepEqual(r, { entries: 2, bytes: 2 * size, removed: 1 });
    assert.deepEqual(left(dir, "abc"), ["a", "b"]);
  });

  it("should sweep facts whose page is gone once they are old, never an entry's", () => {
    const { dir } = store({ a: 1, b: 2 });
    fs.rmSync(entryPath(dir, key("b")));
    fs.utimesSync(factsPath(dir, key("b")), 1, 1);
    fs.utimesSync(factsPath(dir, key("a")), 1, 1);
    pruneStore(dir, 1e9, new Set(), { companions: [".facts"] });
    assert.equal(fs.existsSync(factsPath(dir, key("b"))), false);
    assert.equal(fs.existsSync(factsPath(dir, key("a"))), true);
  });

  it("should sweep temp files of dead builds and keep fresh ones", () => {
    const { dir } = store({ a: 1 });
    const fan = path.dirname(entryPath(dir, key("a")));
    const old = path.join(fan, `${key("e")}.page.tmp-1-abc`);
    const fresh = path.join(fan, `${key("f")}.page.tmp-2-abc`);
    fs.writeFileSync(old, "x");
    fs.utimesSync(old, 1, 1);
    fs.writeFileSync(fresh, "x");
    pruneStore(dir, 1e9, new Set());
    assert.equal(fs.existsSync(old), false);
    assert.equal(fs.existsSync(fresh), true);
  });

  it("should cap at a multiple of the used bytes, a floor, or BROADSHEET_PAGE_STORE_MB", () => {
    assert.equal(storeCap(1000, {}), CAP_FLOOR);
    assert.equal(storeCap(1e9, {}), 3e9);
    assert.equal(storeCap(1e9, { BROADSHEET_PAGE_STORE_MB: "10" }), 10 * 2 ** 20);
    assert.equal(storeCap(1e9, { BROADSHEET_PAGE_STORE_MB: "ten" }), 3e9);
  });

  it("should cap a keyed cache at 3x what the build uses, flat or fanned out, oldest first", () => {
    for (const fanned of [false, true]) {
      const dir = tempDir();
      const put = (k: string, s: number): void => {
        const file = path.join(dir, fanned ? k.slice(0, 2) : "", `${k}.json`);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, Buffer.alloc(1000));
        fs.utimesSync(file, s, s);
      };
      // Two entries in use (written long ago), eight older versions of other entries.
      put(key("a"), 1);
      put(key("b"), 1);
      for (const [i, c] of [..."cdefghij"].entries()) put(key(c), 10 + i);
      const r = pruneToUse(dir, ".json", new Set([key("a"), key("b")]), 0);
      const want = { entries: 6, bytes: 6000, removed: 4, cap: 6000 };
      assert.deepEqual(r, want, `fanned: ${fanned}`);
      const names = fs.readdirSync(dir, { recursive: true }).map(String);
      const kept = [..."abcdefghij"].filter((c) => names.some((n) => n.endsWith(`${key(c)}.json`)));
      assert.deepEqual(kept, ["a", "b", "g", "h", "i", "j"], `fanned: ${fanned}`);
    }
  });

  it("should list a cache folder only when its ledger may show it over the cap", () => {
    const dir = tempDir();
    const put = (c: string, s: number, bytes = 1000): void => {
      const file = path.join(dir, `${key(c)}.json`);
      fs.writeFileSync(file, Buffer.alloc(bytes));
      fs.utimesSync(file, s, s);
    };
    const names = (): string[] => fs.readdirSync(dir).filter((n) => n.endsWith(".json"));
    const keep = new Set([key("a"), key("b")]);
    put("a", 1);
    put("b", 1);
    for (const [i, c] of [..."cdefgh"].entries()) put(c, 10 + i);
    // No ledger: listed; over its cap (3 × the 2,000 bytes in use), pruned to 80% of it.
    assert.deepEqual(capToUse(dir, ".json", keep, 0, 0), {
      entries: 4,
      bytes: 4000,
      removed: 4,
      cap: 6000,
    });
    // An entry the ledger does not know of (another build's): not listed while the ledger holds.
    put("x", 100, 5000);
    assert.equal(capToUse(dir, ".json", keep, 0, 0), undefined, "the ledger says 4,000 bytes");
    assert.equal(names().length, 5);
    // Builds that wrote up to the cap are counted; one byte more and it is listed, the oldest unused go.
    assert.equal(capToUse(dir, ".json", keep, 2000, 0), undefined, "4,000 + 2,000: at the cap");
    const over = capToUse(dir, ".json", keep, 1, 0);
    assert.ok(over && over.bytes <= 4800 && over.removed > 0, JSON.stringify(over));
    // Every LEDGER_RUNS builds it is listed even when nothing was added.
    put("y", 200, 5000);
    let listed = 0;
    for (let i = 0; i <= LEDGER_RUNS; i++) if (capToUse(dir, ".json", keep, 0, 0)) listed++;
    assert.equal(listed, 1);
    // A missing ledger: listed.
    fs.rmSync(path.join(dir, "ledger"));
    assert.ok(capToUse(dir, ".json", keep, 0, 0), "no ledger: listed");
  });
});
