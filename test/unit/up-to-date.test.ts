// Tests for src/up-to-date.ts: the stamp is written only for the output this build published (its
// marker's id), and the report of a build with nothing to do is the stamped build's.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { readStamp } from "../../src/incremental/build-stamp.ts";
import { BuildRun } from "../../src/report.ts";
import { terminalProgress } from "../../src/progress.ts";
import { lastStamp, stampOutput, upToDateReport } from "../../src/up-to-date.ts";
import { tempDir } from "../helpers/cli.ts";

/** An output folder whose marker names build `id`, and a stamp site for it. */
function published(id: string) {
  const root = tempDir("up-to-date-");
  const outDir = path.join(root, "dist");
  fs.mkdirSync(outDir);
  fs.writeFileSync(path.join(outDir, "index.html"), "<p>home</p>");
  fs.writeFileSync(path.join(outDir, ".broadsheet-build"), `broadsheet ${id}\n`);
  return { cacheDir: path.join(root, "cache"), outDir, key: "k" };
}

function report() {
  const r = new BuildRun(terminalProgress({ quiet: true })).report;
  Object.assign(r, {
    articles: { published: 3, drafts: 1, pending: 0, expired: 0 },
    pages: { article: 3, media: 4 },
    pagesBuilt: 9,
    bodies: { cached: 2, rendered: 1 },
    files: { rendered: 5, carried: 7, restored: 2, search: 11 },
  });
  return r;
}

describe("stampOutput", () => {
  it("should stamp the output whose marker holds this build's id", () => {
    const site = published("aa11");
    stampOutput(site, { from: 1, until: 2 }, report(), "aa11");
    assert.equal(readStamp(site.cacheDir, site.outDir)?.key, "k");
  });

  it("should not stamp when another build's output is in the folder", () => {
    const site = published("bb22");
    stampOutput(site, { from: 1, until: 2 }, report(), "aa11");
    assert.equal(lastStamp(site), undefined);
  });
});

describe("upToDateReport", () => {
  it("should repeat the stamped counts with every file carried and every body cached", () => {
    const site = published("aa11");
    stampOutput(site, { from: 1, until: 2 }, report(), "aa11");
    const next = new BuildRun(terminalProgress({ quiet: true })).report;
    upToDateReport(lastStamp(site)!, next);
    assert.equal(next.upToDate, true);
    assert.deepEqual(next.articles, report().articles);
    assert.deepEqual(next.files, { rendered: 0, carried: 12, restored: 0, search: 11 });
    assert.deepEqual(next.bodies, { cached: 3, rendered: 0 });
  });
});
