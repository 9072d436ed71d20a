// Tests for src/progress.ts: a live line on a TTY, plain periodic lines otherwise, stage lines only
// when verbose, nothing when quiet.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatCount, formatSeconds, terminalProgress } from "../../src/progress.ts";

/** A reporter with a hand-driven clock that records what it wrote and redrew. */
function recorder(live: boolean, quiet = false, verbose = true) {
  const lines: string[] = [];
  const redraws: string[] = [];
  let now = 0;
  const p = terminalProgress({
    quiet,
    verbose,
    live,
    everyMs: 5000,
    write: (l) => lines.push(l),
    redraw: (l) => redraws.push(l),
    clock: () => now,
  });
  return { p, lines, redraws, at: (ms: number) => (now = ms) };
}

describe("progress", () => {
  it("should format stage, done/total, rate and ETA", () => {
    assert.equal(formatCount("markdown", 500, 1500, 1000), "markdown 500/1500 500/s ETA 2 s");
    assert.equal(formatCount("markdown", 0, 10, 0), "markdown 0/10 0/s");
  });

  it("should redraw one live line on a TTY and clear it when the stage ends", () => {
    const r = recorder(true);
    r.p.count!("markdown", 0, 100);
    r.at(50);
    r.p.count!("markdown", 10, 100);
    r.at(200);
    r.p.count!("markdown", 50, 100);
    r.p.stage("parse", "100 articles", 0.2);
    assert.deepEqual(r.redraws, ["markdown 0/100 0/s", "markdown 50/100 250/s ETA 1 s", ""]);
    assert.equal(r.lines.length, 1);
    assert.match(r.lines[0]!, /^parse +100 articles +0\.20 s$/);
  });

  it("should print plain lines only every few seconds without a TTY", () => {
    const r = recorder(false);
    for (let ms = 0; ms <= 12_000; ms += 1000) {
      r.at(ms);
      r.p.count!("markdown", ms / 100, 200);
    }
    assert.deepEqual(r.lines, ["markdown 50/200 10/s ETA 15 s", "markdown 100/200 10/s ETA 10 s"]);
    assert.deepEqual(r.redraws, []);
  });

  it("should keep stage lines behind verbose but still show a long stage's advance and end", () => {
    const r = recorder(false, false, false);
    r.p.stage("load", "3 files", 0.1);
    r.p.count!("bodies", 0, 100);
    r.at(6000);
    r.p.count!("bodies", 60, 100);
    r.at(6500);
    r.p.stage("bodies", "100 rendered", 6.5);
    r.p.note("written to dist");
    assert.deepEqual(r.lines, [
      "bodies   60/100 10/s ETA 4 s",
      "bodies   done in 6.5 s (6.5 s into the build)",
      "written to dist",
    ]);
  });

  it("should give long times and ETAs in minutes", () => {
    assert.equal(
      formatCount("render", 1000, 100_000, 10_000),
      "render   1000/100000 100/s ETA 16 min 30 s",
    );
    assert.equal(formatSeconds(59.94), "59.9 s");
    assert.equal(formatSeconds(125.4), "2 min 05 s");
  });

  it("should print nothing when quiet", () => {
    const r = recorder(true, true);
    r.p.count!("markdown", 1, 2);
    r.p.stage("load", "3 files", 0.1);
    assert.deepEqual([r.lines, r.redraws], [[], []]);
  });
});
