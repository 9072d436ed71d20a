// Date archives: /<yyyy>/ and /<yyyy>/<mm>/ per language, paginated, in the site zone.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { runCli, tempDir, writeTree } from "../helpers/cli.ts";
import { html, textOf } from "../helpers/output.ts";
import { article, siteYaml } from "../helpers/site.ts";

describe("date archives", () => {
  let out = "";
  before(() => {
    const content = path.join(tempDir(), "content");
    const files: Record<string, string> = {
      "site.yaml": siteYaml({ pageSize: 2 }),
      // 23:30 on 31 May in Asia/Shanghai is 15:30 UTC: May in the site zone, whatever TZ says.
      "articles/en/late-may.md": article({ title: '"Late May"', date: "2023-05-31 23:30" }),
      "articles/en/june.md": article({ title: '"June"', date: "2023-06-02 10:00" }),
      "articles/en/year-2024.md": article({ title: '"Next year"', date: "2024-01-05 10:00" }),
      "articles/zh/wu-yue.md": article({ title: '"五月"', lang: "zh", date: "2023-05-20 10:00" }),
    };
    for (let i = 1; i <= 3; i++)
      files[`articles/en/may-${i}.md`] = article({
        title: `"May ${i}"`,
        date: `2023-05-0${i} 10:00`,
      });
    writeTree(content, files);
    out = path.join(tempDir(), "dist");
    const r = runCli(
      ["build", "--content", content, "--out", out, "--now", "2024-06-01", "--quiet"],
      {
        env: { TZ: "America/Los_Angeles" },
      },
    );
    assert.equal(r.status, 0, r.stderr);
  });

  const titles = (rel: string) => html(out, rel).querySelectorAll("main .card-title").map(textOf);

  it("should count an article at 23:30 on 31 May (site zone) in May, paginated by pageSize", () => {
    const page1 = titles("2023/05/index.html");
    const page2 = titles("2023/05/page/2/index.html");
    assert.deepEqual([...page1, ...page2], ["Late May", "May 3", "May 2", "May 1"]);
    assert.equal(page1.length, 2);
    assert.ok(!fs.existsSync(path.join(out, "2023/05/page/3/index.html")));
    assert.deepEqual(titles("2023/06/index.html"), ["June"]);
  });

  it("should give each year a paginated page linking its months, newest first", () => {
    const year = html(out, "2023/index.html");
    assert.deepEqual(
      year.querySelectorAll("nav.archive-months a").map((a) => a.getAttribute("href")),
      ["/2023/06/", "/2023/05/"],
    );
    assert.ok(fs.existsSync(path.join(out, "2023/page/3/index.html")), "5 articles at 2 a page");
    assert.deepEqual(titles("2024/index.html"), ["Next year"]);
  });

  it("should build the archives per language: zh articles only under /zh/", () => {
    assert.deepEqual(titles("zh/2023/05/index.html"), ["五月"]);
    assert.ok(!titles("2023/05/index.html").includes("五月"));
    assert.ok(!fs.existsSync(path.join(out, "zh/2024/index.html")), "no zh article in 2024");
    const alt = html(out, "zh/2023/05/index.html")
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((l) => l.getAttribute("href"));
    assert.ok(alt.includes("https://news.example.org/2023/05/"), "hreflang to the en month");
  });
});
