// Redirects on slug change through the real CLI; the logic itself is covered in
// test/unit/collect/redirects.test.ts.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { runCli, tempDir, writeTree } from "../helpers/cli.ts";
import { html } from "../helpers/output.ts";
import { article, siteYaml } from "../helpers/site.ts";

const ID = "01HZX3K8T9Q2M4N6P8R0S2T4V6";

describe("redirects.lock in builds", () => {
  it("should record URLs, then redirect the old URL after a slug change", () => {
    const content = path.join(tempDir(), "content");
    writeTree(content, {
      "site.yaml": siteYaml(),
      "redirects.lock": '{ "articles": {} }\n',
      "articles/en/a.md": article({ id: ID, slug: "old-slug" }),
    });
    const out = path.join(tempDir(), "dist");
    const build = (env: Record<string, string> = {}) =>
      runCli(["build", "--content", content, "--out", out, "--now", "2024-06-01", "--quiet"], {
        env: { CI: "", ...env },
      });
    assert.equal(build().status, 0);
    const lock = JSON.parse(fs.readFileSync(path.join(content, "redirects.lock"), "utf8"));
    assert.deepEqual(lock.articles[ID].urls, ["/news/2023/05/old-slug/"]);

    // A first publication (e.g. an embargo lifting during the scheduled CI build) adds an entry:
    // CI publishes it without touching the lock.
    writeTree(content, { "articles/en/b.md": article({ title: '"Second"', date: "2024-05-01" }) });
    assert.equal(build({ CI: "true" }).status, 0);
    assert.ok(fs.existsSync(path.join(out, "news/2024/05/b/index.html")));
    assert.equal(
      JSON.parse(fs.readFileSync(path.join(content, "redirects.lock"), "utf8")).articles[
        "articles/en/b.md"
      ],
      undefined,
    );

    writeTree(content, { "articles/en/a.md": article({ id: ID, slug: "new-slug" }) });
    const ci = build({ CI: "true" });
    assert.equal(ci.status, 1);
    assert.match(ci.stderr, /redirects\.lock:1:1 E_LOCK_STALE/);
    assert.equal(build().status, 0);
    const redirects = fs.readFileSync(path.join(out, "_redirects"), "utf8");
    assert.match(redirects, /^\/news\/2023\/05\/old-slug\/ \/news\/2023\/05\/new-slug\/ 301$/m);
    const old = html(out, "news/2023/05/old-slug/index.html");
    assert.equal(
      old.querySelector('link[rel="canonical"]')?.getAttribute("href"),
      "https://news.example.org/news/2023/05/new-slug/",
    );
    assert.match(
      old.querySelector('meta[http-equiv="refresh"]')!.getAttribute("content")!,
      /new-slug/,
    );

    fs.rmSync(path.join(content, "articles/en/a.md"));
    const removed = build();
    assert.equal(removed.status, 1);
    assert.match(removed.stderr, /E_GONE_UNDECLARED/);
    assert.equal(runCli(["gone", ID, "--content", content]).status, 0);
    assert.equal(build().status, 0);
    assert.match(
      fs.readFileSync(path.join(out, "_redirects"), "utf8"),
      /new-slug\/ \/404\.html 410$/m,
    );
  });
});
