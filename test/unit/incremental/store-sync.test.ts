// Tests for src/incremental/store-sync.ts keepPages then capStore, as a build runs them (before
// and after its swap): pages stored or marked used, the store pruned
// to its cap, and its ledger sparing the listing while it shows the store under the cap (listed
// again when missing or every LEDGER_RUNS builds), and a store over its cap pruned with room to spare.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, it } from "node:test";
import { factsPath } from "../../../src/incremental/page-store.ts";
import { PRUNE_TO } from "../../../src/incremental/store-prune.ts";
import { LEDGER_RUNS } from "../../../src/incremental/cache-ledger.ts";
import { capStore, keepPages, type UsedPage } from "../../../src/incremental/store-sync.ts";
import { tempDir } from "../../helpers/cli.ts";
import { storeBytes, storedPage } from "../../helpers/page-store.ts";

const key = (c: string): string => c.repeat(64);

/** A build's pages kept in the store `dir`, then the store held to its cap. */
const savePages = (dir: string, pages: readonly UsedPage[]) => capStore(dir, keepPages(dir, pages));

/** One published page `c` of `n` bytes in `out`, as savePages is given it. */
function page(out: string, c: string, n = 1000) {
  const file = path.join(out, `${c}.html`);
  fs.writeFileSync(file, Buffer.alloc(n, c));
  return { hash: key(c), file, size: n, facts: {} };
}

describe("savePages", () => {
  const before = process.env.BROADSHEET_PAGE_STORE_MB;
  afterEach(() => {
    if (before === undefined) delete process.env.BROADSHEET_PAGE_STORE_MB;
    else process.env.BROADSHEET_PAGE_STORE_MB = before;
  });

  it("should store the pages, then trust its ledger until it may be over the cap", () => {
    const root = tempDir();
    const dir = path.join(root, "store");
    const pages = [page(root, "a"), page(root, "b")];
    // No ledger yet: the store is listed.
    assert.equal(savePages(dir, pages)?.entries, 2);
    assert.ok(storedPage(dir, key("a")) && storedPage(dir, key("b")));
    // An entry the ledger does not know of (another build, a restored cache): 3 MiB, over a 2 MiB cap.
    process.env.BROADSHEET_PAGE_STORE_MB = "2";
    storeBytes(dir, key("c"), Buffer.alloc(3 * 2 ** 20, 1));
    fs.utimesSync(factsPath(dir, key("c")), 1, 1);
    assert.equal(savePages(dir, pages), undefined, "the ledger says 2 KB: not listed");
    assert.ok(storedPage(dir, key("c")), "so the unknown entry stays");
    // Every LEDGER_RUNS builds the store is listed: the oldest unused entry goes.
    let pruned;
    for (let i = 0; i < LEDGER_RUNS && !pruned; i++) pruned = savePages(dir, pages);
    assert.equal(pruned?.removed, 1);
    assert.equal(storedPage(dir, key("c")), undefined);
    assert.ok(storedPage(dir, key("a")) && storedPage(dir, key("b")), "pages in use stay");
  });

  it("should list the store when a new page would take the ledger over the cap, or it is gone", () => {
    const root = tempDir();
    const dir = path.join(root, "store");
    savePages(dir, [page(root, "a")]);
    storeBytes(dir, key("c"), Buffer.alloc(2 * 2 ** 20, 1));
    fs.utimesSync(factsPath(dir, key("c")), 1, 1);
    process.env.BROADSHEET_PAGE_STORE_MB = "2";
    // 2.1 MiB new: ledger 1 KB + 2.1 MiB > 2 MiB, so the store is listed and "c" evicted.
    const big = page(root, "d", 2.1 * 2 ** 20);
    const r = savePages(dir, [page(root, "a"), big]);
    assert.ok(r, "listed");
    assert.equal(storedPage(dir, key("c")), undefined);
    fs.rmSync(path.join(dir, "ledger"));
    assert.ok(savePages(dir, [page(root, "a")]), "no ledger: listed");
  });

  it("should prune a store over its cap to PRUNE_TO of it, so the next builds are not listed", () => {
    const root = tempDir();
    const dir = path.join(root, "store");
    process.env.BROADSHEET_PAGE_STORE_MB = "1";
    const mib = 2 ** 20;
    // Ten old unused entries of 100 KiB (oldest first) and one page in use: 1,001 KiB, over 1 MiB
    // once a 100 KiB page is added.
    for (let i = 0; i < 10; i++) {
      storeBytes(dir, key(String(i)), Buffer.alloc(100 * 1024, i));
      fs.utimesSync(factsPath(dir, key(String(i))), 1 + i, 1 + i);
    }
    const r = savePages(dir, [page(root, "a", 1024), page(root, "b", 100 * 1024)]);
    assert.ok(r, "no ledger: listed");
    assert.ok(r.bytes <= PRUNE_TO * mib, `${r.bytes} bytes left`);
    assert.ok(r.bytes > PRUNE_TO * mib - 100 * 1024 - 1024, "no more removed than that");
    assert.equal(storedPage(dir, key("0")), undefined, "the oldest went first");
    assert.ok(storedPage(dir, key("9")) && storedPage(dir, key("b")));
    // The next build adds 150 KiB: the ledger still fits the cap, so the store is not listed.
    assert.equal(savePages(dir, [page(root, "a", 1024), page(root, "c", 150 * 1024)]), undefined);
  });
});
