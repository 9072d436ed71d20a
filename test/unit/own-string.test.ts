// Tests for src/own-string.ts and its callers: a front-matter value or an excerpt kept in the site
// model keeps only its own characters alive, never the whole file or body it was cut from.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runInNewContext } from "node:vm";
import v8 from "node:v8";
import { excerpt } from "../../src/collect/excerpt.ts";
import { parseYaml } from "../../src/content/yaml.ts";
import { ownString } from "../../src/own-string.ts";

v8.setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Heap bytes still held by what `make` returns, each of `count` results made from a ~200 KB string. */
function retained(count: number, make: (big: string, i: number) => unknown): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: unknown[] = [];
  for (let i = 0; i < count; i++) kept.push(make(`${i} ${"x ".repeat(100_000)}`, i));
  gc();
  const held = process.memoryUsage().heapUsed - before;
  assert.equal(kept.length, count);
  return held;
}

const MB = 1 << 20;

describe("ownString", () => {
  it("should keep the characters and drop the string a slice was cut from", () => {
    const big = `headline: ${"y".repeat(50)}${"z".repeat(1_000_000)}`;
    assert.equal(ownString(big.slice(10, 60)), "y".repeat(50));
    assert.equal(ownString("short"), "short");
    // 100 slices of 100 different ~200 KB strings: ~20 MB if the slices keep their parents.
    const held = retained(100, (s) => ownString(s.slice(2, 80)));
    assert.ok(held < 4 * MB, `held ${held} bytes`);
    const sliced = retained(100, (s) => s.slice(2, 80));
    assert.ok(
      sliced > 15 * MB,
      `a plain slice holds its parent (${sliced} bytes): the test can fail`,
    );
  });

  it("should leave front-matter values without their file", () => {
    const held = retained(100, (filler, i) => {
      const src = `title: A headline long enough to be sliced ${i}\nsummary: A summary of the story, also long enough\n# ${filler}\n`;
      const r = parseYaml(src, { file: `a${i}.md`, firstLine: 2, maxBytes: 1 << 20 });
      assert.ok(r.ok);
      return r.tree.data;
    });
    assert.ok(held < 4 * MB, `held ${held} bytes`);
  });

  it("should leave an excerpt without the body text it was cut from", () => {
    const held = retained(100, (filler) => [
      excerpt(`A first sentence, long enough to be the summary, ends right here. ${filler}`),
      excerpt(`A body shorter than a summary ${filler.slice(0, 60)}`),
      excerpt(`No sentence end at all ${filler}`),
    ]);
    assert.ok(held < 4 * MB, `held ${held} bytes`);
  });
});
