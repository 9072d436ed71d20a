// The search index of several buckets (src/search/index-search.ts): each bucket is indexed once by
// the one Pagefind process, the stage's advance reaches the last record, and a second run writes
// the /pagefind/ folder byte for byte again.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { heldBody } from "../../src/content/body.ts";
import { indexSearch } from "../../src/search/index-search.ts";
import type { SearchRecord } from "../../src/search/records.ts";
import { listTree, tempDir, treeHash } from "../helpers/cli.ts";

/** Record `i` of the bucket of `lang` and `year`, with words of its own. */
function record(lang: "en" | "zh", year: string, i: number): SearchRecord {
  const words = lang === "en" ? `harbour ferry ${year} story${i} tide` : `港口渡轮${i}潮水`;
  return {
    bucket: `${lang}/${year}/`,
    url: `/${lang}/news/${year}/story-${i}/`,
    language: lang,
    content: { summary: `Summary ${i}`, body: heldBody(`<p>${words}</p>`, words) },
    meta: { title: `Story ${i} of ${year}`, card: "" },
    filters: { section: ["news"], tag: [`tag${i % 3}`], author: ["desk"], year: [year] },
    sort: { date: String(Date.UTC(Number(year), 0, i + 1)).padStart(15, "0") },
  };
}

describe("search buckets", () => {
  it("should index each bucket once, count to the last record and write the same index twice", async () => {
    const records: SearchRecord[] = [];
    for (const year of ["2022", "2023", "2024"])
      for (let i = 0; i < 12; i++) records.push(record("en", year, i));
    for (let i = 0; i < 5; i++) records.push(record("zh", "2024", i));
    const dir = tempDir();
    const runs = [];
    for (const run of [1, 2]) {
      const staging = path.join(dir, `run-${run}`);
      const seen: [number, number][] = [];
      const r = await indexSearch(records, staging, false, (d, t) => seen.push([d, t]));
      assert.deepEqual(r.errors, []);
      assert.deepEqual([r.buckets, r.indexed, r.carried], [4, 4, 0]);
      assert.deepEqual(seen[0], [0, records.length], "a count from zero before the first bucket");
      assert.equal(seen.length, 5, "then one report a bucket");
      assert.deepEqual(seen.at(-1), [records.length, records.length]);
      runs.push({ r, root: path.join(staging, "pagefind") });
    }
    const [one, two] = runs;
    assert.deepEqual(listTree(two!.root), listTree(one!.root));
    assert.equal(treeHash(two!.root), treeHash(one!.root));
    assert.deepEqual([two!.r.files, two!.r.bytes], [one!.r.files, one!.r.bytes]);
    assert.deepEqual(two!.r.keys, one!.r.keys);
    assert.ok(listTree(one!.root).includes("zh/2024/pagefind-entry.json"));
  });
});
