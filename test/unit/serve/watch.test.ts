// Tests for src/serve/watch.ts: one callback per burst, with the kinds of change it held.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { codeTargets, watchTargets, type ChangeKind } from "../../../src/serve/watch.ts";
import { tempDir, writeTree } from "../../helpers/cli.ts";

/** Resolves with the first burst's kinds, or rejects after `ms`. */
function nextBurst(
  start: (onChange: (k: ReadonlySet<ChangeKind>) => void) => () => void,
  ms = 5000,
): Promise<{ kinds: ReadonlySet<ChangeKind>; count: () => number }> {
  return new Promise((resolve, reject) => {
    let count = 0;
    let stop: () => void = () => {};
    const timer = setTimeout(() => {
      stop();
      reject(new Error("no change seen"));
    }, ms);
    stop = start((kinds) => {
      count++;
      if (count > 1) return;
      clearTimeout(timer);
      // Wait a little to see whether the same burst fires twice.
      setTimeout(() => {
        stop();
        resolve({ kinds, count: () => count });
      }, 300);
    });
  });
}

describe("watchTargets", () => {
  it("should report a burst of edits deep in the content tree once, as content", async () => {
    const dir = tempDir("broadsheet-watch-");
    writeTree(dir, { "content/articles/2023/a.md": "a" });
    const burst = nextBurst((cb) => {
      const w = watchTargets([{ kind: "content", dir: path.join(dir, "content") }], cb, 60);
      for (let i = 0; i < 5; i++)
        fs.writeFileSync(path.join(dir, "content/articles/2023/a.md"), `v${i}`);
      return () => w.close();
    });
    const { kinds, count } = await burst;
    assert.deepEqual([...kinds], ["content"]);
    assert.equal(count(), 1);
  });

  it("should watch only the named files of a folder, as code", async () => {
    const dir = tempDir("broadsheet-watch-");
    writeTree(dir, { ".eleventy.ts": "x", "notes.txt": "x", "src/a.ts": "x" });
    const ignored = nextBurst((cb) => {
      const w = watchTargets(codeTargets(dir).slice(2), cb, 30);
      fs.writeFileSync(path.join(dir, "notes.txt"), "y");
      return () => w.close();
    }, 600);
    await assert.rejects(ignored, /no change seen/);
    const seen = await nextBurst((cb) => {
      const w = watchTargets(codeTargets(dir), cb, 30);
      fs.writeFileSync(path.join(dir, ".eleventy.ts"), "y");
      return () => w.close();
    });
    assert.deepEqual([...seen.kinds], ["code"]);
  });

  it("should skip targets that do not exist", () => {
    const w = watchTargets([{ kind: "content", dir: "/nonexistent/broadsheet" }], () => {});
    w.close();
  });
});
