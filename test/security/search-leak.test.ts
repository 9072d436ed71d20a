// The search index leaks nothing (issue 11, with the embargo rule of SECURITY.md): drafts, pending
// (embargoed) and expired articles are absent from it. Pagefind's files are gzip-compressed, so a
// byte grep of the output proves nothing; every index file is decompressed and searched, and the
// built index is queried in Chromium through /pagefind/pagefind.js.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { buildOk, listTree, tempDir, writeTree } from "../helpers/cli.ts";
import { launchChromium } from "../helpers/chromium.ts";
import { filesContaining } from "../helpers/output.ts";
import { fragments, indexFilesContaining } from "../helpers/pagefind.ts";
import { serve } from "../helpers/serve.ts";
import { article, siteYaml } from "../helpers/site.ts";

const NOW = "2024-06-01 12:00";
/** One word per article, in its title, summary and body; none is a word Pagefind would stem. */
const SHOWN = "qqpublishedzz";
const SECRET = { draft: "qqdraftzz", pending: "qqembargozz", expired: "qqexpiredzz" };
const ZH_SECRET = "禁发渝港独家";

function leakSite(): string {
  const content = path.join(tempDir(), "content");
  const fm = (word: string, extra: Record<string, string>) => ({
    title: JSON.stringify(`Story ${word}`),
    summary: JSON.stringify(`Summary ${word}`),
    date: "2024-05-01 09:00",
    ...extra,
  });
  writeTree(content, {
    "site.yaml": siteYaml(),
    "articles/en/shown.md": article(fm(SHOWN, {}), `Body ${SHOWN}.\n`),
    "articles/en/draft.md": article(fm(SECRET.draft, { draft: "true" }), `Body ${SECRET.draft}.\n`),
    "articles/en/pending.md": article(
      fm(SECRET.pending, { publishAt: "2024-06-01 18:00" }),
      `Body ${SECRET.pending}.\n`,
    ),
    "articles/en/expired.md": article(
      fm(SECRET.expired, { expires: "2024-05-20 00:00" }),
      `Body ${SECRET.expired}.\n`,
    ),
    "articles/zh/shown.md": article({ title: '"渝港快讯"', lang: "zh" }, "今日渝港航线恢复。\n"),
    "articles/zh/pending.md": article(
      { title: JSON.stringify(ZH_SECRET), lang: "zh", date: "2024-07-01 08:00" },
      `${ZH_SECRET}的内容。\n`,
    ),
  });
  fs.mkdirSync(path.join(content, "media"));
  return content;
}

/** Runs `query` through the built index of an edition (its buckets merged) in Chromium. */
async function query(browser: Browser, origin: string, lang: "en" | "zh", q: string) {
  const page = await browser.newPage();
  await page.goto(`${origin}${lang === "en" ? "" : "/zh"}/search/`);
  const urls = await page.evaluate(
    async ([term, buckets]) => {
      const module = "/pagefind/pagefind.js";
      const pf = (await import(module)) as {
        options(o: object): Promise<void>;
        mergeIndex(p: string): Promise<void>;
        search(
          t: string,
        ): Promise<{ results: { data(): Promise<{ url: string; content: string }> }[] }>;
      };
      await pf.options({ basePath: buckets[0] });
      for (const b of buckets.slice(1)) await pf.mergeIndex(b);
      const r = await pf.search(term);
      return Promise.all(r.results.map(async (x) => (await x.data()).url));
    },
    [q, (await page.getAttribute("#search", "data-buckets"))!.split(" ")] as const,
  );
  await page.close();
  return urls;
}

describe("search index leaks nothing unpublished", () => {
  let out: string;
  let content: string;
  let browser: Browser;
  let origin: string;
  let close: () => Promise<void>;
  before(async () => {
    content = leakSite();
    out = buildOk(content, NOW);
    ({ origin, close } = await serve(out));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await close?.();
  });

  it("should hide the index from a byte grep, which is why it is decompressed here", () => {
    assert.deepEqual(filesContaining(path.join(out, "pagefind"), SHOWN), []);
    assert.ok(indexFilesContaining(out, SHOWN).length >= 2, "fragment and word index hold it");
  });

  it("should keep drafts, pending and expired articles out of every decompressed index file", () => {
    for (const word of [...Object.values(SECRET), ZH_SECRET, "禁发"])
      assert.deepEqual(indexFilesContaining(out, word), [], word);
    const urls = fragments(out).map((f) => f.url);
    assert.deepEqual(urls, ["/news/2024/05/shown/", "/zh/news/2023/05/shown/"]);
    assert.deepEqual(
      listTree(path.join(out, "pagefind")).filter((f) => /^zh\/2024\//.test(f)),
      [],
      "no bucket for a year with only a pending article",
    );
  });

  it("should find nothing unpublished when the built index is queried in Chromium", async () => {
    assert.deepEqual(await query(browser, origin, "en", SHOWN), ["/news/2024/05/shown/"]);
    for (const word of Object.values(SECRET))
      assert.deepEqual(await query(browser, origin, "en", word), [], word);
    assert.deepEqual(await query(browser, origin, "zh", "渝港"), ["/zh/news/2023/05/shown/"]);
    assert.deepEqual(await query(browser, origin, "zh", "独家"), []);
  });

  it("should index nothing unpublished in a preview build either", () => {
    const preview = buildOk(content, NOW, ["--preview"]);
    for (const word of [...Object.values(SECRET).slice(0, 2), ZH_SECRET])
      assert.deepEqual(indexFilesContaining(preview, word), [], word);
    assert.ok(indexFilesContaining(preview, SHOWN).length > 0);
  });

  it("should index a pending article once its embargo lifts", () => {
    const later = buildOk(content, "2024-07-02 00:00");
    assert.ok(indexFilesContaining(later, SECRET.pending).length > 0);
    assert.ok(fragments(later).some((f) => f.content.includes(ZH_SECRET)));
  });
});
