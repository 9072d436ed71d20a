// Editors' workflow: scheduling against the build clock, drafts, preview builds, deletions.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { listTree, runCli, tempDir, writeTree } from "../helpers/cli.ts";
import { filesContaining, html } from "../helpers/output.ts";
import { article, siteYaml } from "../helpers/site.ts";

function tree(): { content: string; out: string } {
  const root = tempDir();
  const content = path.join(root, "content");
  writeTree(content, {
    "site.yaml": siteYaml(),
    "articles/now.md": article({ title: '"Visible story"', date: "2024-06-01 09:00" }),
    "articles/soon.md": article({
      title: '"Embargoed story"',
      date: "2024-06-01 11:00",
      tags: '["Secret"]',
    }),
    "articles/draft.md": article({ title: '"Draft story"', draft: "true", date: "2024-05-01" }),
  });
  return { content, out: path.join(root, "dist") };
}

describe("scheduling and drafts", () => {
  it("should publish an article only once the build clock reaches its date", () => {
    const { content, out } = tree();
    const before = runCli(["--content", content, "--out", out, "--now", "2024-06-01 10:00"]);
    assert.equal(before.status, 0, before.stderr);
    assert.match(before.stdout, /from 1 article in [\d.]+ s — 1 draft, 1 scheduled, 0 warnings/);
    assert.deepEqual(filesContaining(out, "Embargoed"), []);
    assert.deepEqual(filesContaining(out, "soon"), []);
    assert.ok(!listTree(out).some((f) => f.includes("secret")));
    const after = runCli(["--content", content, "--out", out, "--now", "2024-06-01 11:00:01"]);
    assert.equal(after.status, 0, after.stderr);
    assert.ok(fs.existsSync(path.join(out, "news/2024/06/soon/index.html")));
    assert.ok(fs.existsSync(path.join(out, "tags/secret/index.html")));
  });

  it("should show drafts and pending articles only in a preview build, with a banner and noindex", () => {
    const { content } = tree();
    const out = path.join(path.dirname(content), "dist-preview");
    const r = runCli([
      "--content",
      content,
      "--out",
      out,
      "--now",
      "2024-06-01 10:00",
      "--preview",
    ]);
    assert.equal(r.status, 0, r.stderr);
    const draft = html(out, "news/2024/05/draft/index.html");
    assert.equal(draft.querySelector('meta[name="robots"]')?.getAttribute("content"), "noindex");
    assert.match(draft.querySelector("body")!.textContent, /Draft|Preview/);
    assert.ok(fs.existsSync(path.join(out, "news/2024/06/soon/index.html")));
    assert.match(fs.readFileSync(path.join(out, "robots.txt"), "utf8"), /^Disallow: \/$/m);
  });

  it("should drop a deleted article's page and tag entries on the next build", () => {
    const { content, out } = tree();
    const now = "2024-07-01";
    assert.equal(runCli(["--content", content, "--out", out, "--now", now]).status, 0);
    assert.ok(fs.existsSync(path.join(out, "tags/secret/index.html")));
    fs.rmSync(path.join(content, "articles/soon.md"));
    assert.equal(runCli(["--content", content, "--out", out, "--now", now]).status, 0);
    assert.deepEqual(filesContaining(out, "Embargoed"), []);
    assert.ok(!fs.existsSync(path.join(out, "tags/secret")));
  });

  it("should refuse a published article's link to an embargoed one instead of leaking its URL", () => {
    const { content, out } = tree();
    writeTree(content, {
      "articles/teaser.md": article(
        { title: '"Teaser"', date: "2024-05-30" },
        "Read [the scoop](./soon.md).\n",
      ),
    });
    const r = runCli(["--content", content, "--out", out, "--now", "2024-06-01 10:00"]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /teaser\.md:6:\d+ E_LINK_BROKEN/);
    assert.equal(fs.existsSync(out), false);
    const later = runCli(["--content", content, "--out", out, "--now", "2024-06-01 12:00"]);
    assert.equal(later.status, 0, later.stderr);
    const link = html(out, "news/2024/05/teaser/index.html").querySelector(".article-body a");
    assert.equal(link?.getAttribute("href"), "/news/2024/06/soon/");
  });
});
