// The search pages in Chromium, querying the built index through /pagefind/pagefind.js: `?q=` runs
// the search, both editions (never mixed, Chinese words inside longer text), filters, date order,
// the keyboard, axe-core with results showing, and the page without JavaScript.
import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { buildOk } from "../helpers/cli.ts";
import { launchChromium } from "../helpers/chromium.ts";
import { searchSite } from "../helpers/pagefind.ts";
import { serve } from "../helpers/serve.ts";

const axeSource = fs.readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

let origin: string;
let close: () => Promise<void>;
let browser: Browser;

before(async () => {
  const out = buildOk(searchSite(), "2024-06-01 12:00");
  ({ origin, close } = await serve(out));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await close?.();
});

/** What the page shows once a search has finished: the status and each result. */
interface Shown {
  status: string;
  results: { href: string; title: string; meta: string; marks: string[]; img?: string }[];
}

/** Waits for the status to settle (not empty, not "Searching…") and reads the results. */
async function shown(page: Page): Promise<Shown> {
  await page.waitForFunction(() => {
    const s = document.querySelector("[role=status]")?.textContent ?? "";
    return s !== "" && !s.endsWith("…");
  });
  return page.evaluate(() => ({
    status: document.querySelector("[role=status]")!.textContent!,
    results: Array.from(document.querySelectorAll(".search-result")).map((li) => ({
      href: li.querySelector("h2 a")!.getAttribute("href")!,
      title: li.querySelector("h2")!.textContent!,
      meta: li.querySelector(".meta")!.textContent!,
      marks: Array.from(li.querySelectorAll("mark")).map((m) =>
        m.textContent!.replace(/\u200b/g, ""),
      ),
      img: li.querySelector("img")?.getAttribute("src") ?? undefined,
    })),
  }));
}

/** Opens a search page with a query string and returns what it shows. */
async function search(path: string): Promise<Shown & { page: Page }> {
  const page = await browser.newPage();
  await page.goto(origin + path);
  return { ...(await shown(page)), page };
}

describe("search page (Chromium, /pagefind/pagefind.js)", () => {
  it("should fill the box from ?q= and show results with image, date and section", async () => {
    const r = await search("/search/?q=pontoons");
    assert.equal(await r.page.inputValue("#search-q"), "pontoons");
    assert.equal(r.status, "1 result");
    assert.equal(r.results.length, 1);
    const [hit] = r.results;
    assert.equal(hit!.href, "/news/2024/03/pier/");
    assert.equal(hit!.title, "Ferry pier reopens at Chaotianmen");
    assert.match(hit!.meta, /^News · 2 March 2024/);
    assert.ok(hit!.img?.startsWith("/media/"), hit!.img);
    assert.ok(
      hit!.marks.some((m) => /pontoons/i.test(m)),
      JSON.stringify(hit),
    );
    await r.page.close();
  });

  it("should show a result's picture beside its text, as wide as a list card's, at 390 and 1280 px", async () => {
    for (const width of [390, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${origin}/search/?q=pontoons`);
      await shown(page);
      // Note: no named function inside evaluate (tsx would wrap it in a helper the page lacks).
      const box = await page.evaluate(() => {
        const li = document.querySelector(".search-result")!;
        const [img, h2, summary] = ["img", "h2", ".summary"].map(
          (sel) => li.querySelector(sel)!.getBoundingClientRect().toJSON() as DOMRect,
        );
        return { li: li.getBoundingClientRect().width, img: img!, h2: h2!, summary: summary! };
      });
      const at = `at ${width} px: ${JSON.stringify(box)}`;
      assert.ok(box.img.width > 0 && box.img.width <= box.li * 0.35, `a thumbnail ${at}`);
      assert.ok(box.h2.top < box.img.bottom, `the headline beside the picture ${at}`);
      assert.ok(box.h2.right <= box.img.left, `the text left of the picture ${at}`);
      assert.ok(box.summary.right <= box.img.left, `the excerpt left of the picture ${at}`);
      // One column rule (--thumb) for results and list cards.
      await page.goto(`${origin}/tags/river/`);
      const card = await page.evaluate(
        () =>
          document.querySelector(".list-cards .has-image picture")!.getBoundingClientRect().width,
      );
      // 7.5rem on a phone, 10rem from 40rem up (16 px a rem).
      assert.equal(Math.round(card), width < 640 ? 120 : 160, `the card's picture at ${width} px`);
      assert.equal(Math.round(box.img.width), Math.round(card), `the result's thumbnail ${at}`);
      await page.close();
    }
  });

  it("should keep the editions apart and find two-character Chinese words in longer text", async () => {
    const typhoon = "/zh/news/2024/05/typhoon/";
    for (const q of ["台风", "渝港", "轮渡"]) {
      const r = await search(`/zh/search/?q=${encodeURIComponent(q)}`);
      assert.deepEqual(
        r.results.map((x) => x.href),
        [typhoon],
        q,
      );
      assert.equal(r.status, "找到 1 篇文章");
      await r.page.close();
    }
    const en = await search(`/search/?q=${encodeURIComponent("台风")}`);
    assert.equal(en.status, "No articles match “台风”.");
    await en.page.close();
    const zh = await search("/zh/search/?q=pontoons");
    assert.deepEqual(zh.results, []);
    await zh.page.close();
  });

  it("should leave drafts, navigation and the comments notice out of the results", async () => {
    for (const q of ["xylophone", "comments", "Technology"]) {
      const r = await search(`/search/?q=${q}`);
      assert.deepEqual(r.results, [], q);
      await r.page.close();
    }
  });

  it("should filter by section and sort by date across year buckets", async () => {
    const all = await search("/search/?q=river");
    assert.equal(all.status, "2 results");
    await all.page.close();
    const tech = await search("/search/?q=river&section=Technology");
    assert.deepEqual(
      tech.results.map((x) => x.href),
      ["/tech/2023/11/cable/"],
    );
    assert.equal(await tech.page.inputValue("#search-section"), "Technology");
    await tech.page.close();
    const years = await search("/search/?q=the&sort=date");
    const hrefs = years.results.map((x) => x.href);
    assert.deepEqual(hrefs, [
      "/news/2024/03/pier/",
      "/news/2024/02/bridge/",
      "/tech/2023/11/cable/",
    ]);
    await years.page.close();
  });

  it("should be operable from the keyboard and update the address", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/search/`);
    for (let i = 0; i < 40; i++) {
      if ((await page.evaluate(() => document.activeElement?.id)) === "search-q") break;
      await page.keyboard.press("Tab");
    }
    assert.equal(await page.evaluate(() => document.activeElement?.id), "search-q");
    await page.keyboard.type("barges");
    await page.keyboard.press("Enter");
    const r = await shown(page);
    assert.equal(r.status, "1 result");
    assert.equal(new URL(page.url()).search, "?q=barges");
    await page.close();
  });

  it("should pass axe-core WCAG 2.2 AA with results showing, in both editions", async () => {
    const problems: string[] = [];
    for (const url of ["/search/?q=river", `/zh/search/?q=${encodeURIComponent("台风")}`]) {
      const r = await search(url);
      assert.ok(r.results.length > 0, url);
      await r.page.addScriptTag({ content: axeSource });
      const violations = await r.page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (c: Document, o: object) => Promise<{ violations: { id: string }[] }>;
            };
          }
        ).axe;
        const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
        const res = await axe.run(document, { runOnly: { type: "tag", values: tags } });
        return res.violations.map((v) => v.id);
      });
      problems.push(...violations.map((v) => `${url} ${v}`));
      await r.page.close();
    }
    assert.deepEqual(problems, []);
  });

  it("should say so without JavaScript and link to the archives and tags", async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${origin}/zh/search/?q=${encodeURIComponent("台风")}`);
    assert.ok(await page.isVisible(".search-nojs"));
    assert.match((await page.textContent(".search-nojs p")) ?? "", /JavaScript/);
    const links = await page.$$eval(".search-nojs a", (as) =>
      as.map((a) => a.getAttribute("href")),
    );
    assert.deepEqual(links, ["/zh/tags/", "/zh/2024/", "/zh/2023/"]);
    assert.ok(!(await page.isVisible(".search-filters")));
    await ctx.close();
  });
});
