// The warnings editors need, through the real CLI: W_TAG_VARIANT keeps exit 0 and its hint's tags.yaml
// line merges the tags; a section written `News` fails with "did you mean".
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { runCli, tempDir, writeTree } from "../helpers/cli.ts";
import { html, textOf } from "../helpers/output.ts";
import { article, siteYaml } from "../helpers/site.ts";

const NOW = "2025-01-01T00:00:00+08:00";

/** A site with `files` below `content/`, built from its own folder (errors name `content/…`). */
function build(files: Record<string, string>) {
  const root = tempDir();
  writeTree(path.join(root, "content"), { "site.yaml": siteYaml(), ...files });
  const dist = path.join(root, "dist");
  const args = ["build", "--content", path.join(root, "content"), "--out", dist, "--now", NOW];
  const r = runCli([...args, "--quiet"], { env: { INIT_CWD: root } });
  return { ...r, dist };
}

/** The located problem lines (`file:line:col CODE message`) of a run's stderr, with their hints. */
function problems(stderr: string): { line: string; hint: string }[] {
  const lines = stderr.split("\n");
  return lines.flatMap((l, i) =>
    /^\S+:\d+:\d+ [EW]_/.test(l)
      ? [{ line: l, hint: lines[i + 1]?.replace(/^ {2}hint: /, "") ?? "" }]
      : [],
  );
}

const CABLE = {
  "articles/a.md": article({ tags: '["Cable car", Metro]' }),
  "articles/b.md": article({ title: '"B"', date: "2023-05-14 09:00", tags: '["CableCar"]' }),
};

describe("W_TAG_VARIANT", () => {
  it("should warn at the variant's tag item with the tags.yaml line, and still build", () => {
    const r = build(CABLE);
    assert.equal(r.status, 0, r.stderr);
    const found = problems(r.stderr);
    assert.equal(found.length, 1, r.stderr);
    assert.equal(
      found[0]!.line,
      'content/articles/b.md:5:8 W_TAG_VARIANT tag "CableCar" differs from "Cable car" ' +
        "(content/articles/a.md:5:8) only by case, spacing or punctuation, so each gets its own tag page",
    );
    assert.equal(
      found[0]!.hint,
      'use one spelling, or merge them in tags.yaml: "Cable car": { synonyms: ["CableCar"] }',
    );
    assert.ok(fs.existsSync(path.join(r.dist, "tags/cablecar/index.html")));
  });

  it("should be gone once the hint's line is in tags.yaml, with one tag page for both", () => {
    const r = build({ ...CABLE, "tags.yaml": '"Cable car": { synonyms: ["CableCar"] }\n' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(problems(r.stderr), []);
    assert.ok(!fs.existsSync(path.join(r.dist, "tags/cablecar")));
    const page = html(r.dist, "tags/cable-car/index.html");
    assert.equal(textOf(page.querySelector("h1")), "Cable car");
    assert.equal(page.querySelectorAll("main article").length, 2);
  });
});

describe("a section written News", () => {
  it("should fail, located at the value, with did you mean", () => {
    const r = build({ "articles/a.md": article({ section: "News" }) });
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(problems(r.stderr), [
      {
        line: 'content/articles/a.md:4:10 E_FM_TYPE section "News" is not a section of site.yaml',
        hint: 'did you mean "news"?',
      },
    ]);
  });
});
