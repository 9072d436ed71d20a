// A reader in a real browser (Debian's Chromium through playwright-core): keyboard, navigation,
// images, and axe-core's WCAG 2.2 AA rules on each kind of page.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { runCli, tempDir } from "../helpers/cli.ts";
import { serve } from "../helpers/serve.ts";
import { launchChromium } from "../helpers/chromium.ts";

const FLAGSHIP = "/news/2023/05/hong-kong-crews-jialing-river-regatta/";
const axeSource = fs.readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);
let browser: Browser;
let origin = "";
let missed: string[] = [];
let close: () => Promise<void> = async () => {};

before(async () => {
  const out = path.join(tempDir(), "dist");
  const r = runCli(["--out", out, "--now", "2025-01-01T00:00:00+08:00", "--quiet"]);
  assert.equal(r.status, 0, r.stderr);
  ({ origin, missed, close } = await serve(out));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await close();
});

async function open(
  url: string,
  opts: { colorScheme?: "light" | "dark" } = {},
): Promise<{ page: Page; failures: string[] }> {
  const page = await browser.newPage({ colorScheme: opts.colorScheme ?? "light" });
  const failures: string[] = [];
  page.on("requestfailed", (r) => {
    // Leaving a page cancels its lazy image loads; that is not a broken link.
    if (r.failure()?.errorText !== "net::ERR_ABORTED") failures.push(`failed ${r.url()}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  page.on("console", (m) => {
    if (m.type() === "error") failures.push(`console ${m.text()}`);
  });
  await page.goto(origin + url, { waitUntil: "load" });
  return { page, failures };
}

describe("reading the site in Chromium", () => {
  it("should make the skip link the first Tab stop and move focus to main", async () => {
    const { page } = await open(FLAGSHIP);
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim(),
      href: document.activeElement?.getAttribute("href"),
    }));
    assert.deepEqual(first, { text: "Skip to content", href: "#main" });
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => location.hash), "#main");
    await page.close();
  });

  it("should load every image of the flagship in its reserved shape, with no failed request", async () => {
    missed.length = 0;
    const { page, failures } = await open(FLAGSHIP);
    // Lazy images below the fold: ask for them now and wait until each is decoded.
    const images = await page.$$eval("img", async (imgs) => {
      for (const i of imgs) i.loading = "eager";
      await Promise.all(imgs.map((i) => i.decode().catch(() => undefined)));
      return imgs.map((i) => ({
        src: i.currentSrc,
        w: i.naturalWidth,
        h: i.naturalHeight,
        attrW: Number(i.getAttribute("width")),
        attrH: Number(i.getAttribute("height")),
      }));
    });
    // With srcset the natural size is density-corrected to the chosen slot, so compare shapes: each
    // image decoded, and its width/height attributes (which reserve its box) have its real aspect.
    for (const img of images) {
      assert.ok(img.w > 0 && img.h > 0, `not decoded: ${img.src}`);
      assert.ok(Math.abs(img.w / img.h - img.attrW / img.attrH) < 0.01, JSON.stringify(img));
    }
    // The browser's own requests (the favicon) raise no page event; the server saw them.
    assert.deepEqual({ failures, missed }, { failures: [], missed: [] });
    await page.close();
  });

  it("should walk from the home page to an article, its tag and the tag's second page", async () => {
    const { page, failures } = await open("/");
    await page.click(`main a[href="${FLAGSHIP}"]`);
    assert.equal(new URL(page.url()).pathname, FLAGSHIP);
    await page.click('ul.tags a[href="/tags/chongqing/"]');
    assert.equal(new URL(page.url()).pathname, "/tags/chongqing/");
    await page.click('.pager a[rel="next"]');
    assert.equal(new URL(page.url()).pathname, "/tags/chongqing/page/2/");
    assert.equal(
      await page.$eval('.pager [aria-current="page"]', (e) => e.textContent?.trim()),
      "2",
    );
    await page.click("nav.language-switch a");
    assert.equal(new URL(page.url()).pathname, "/zh/");
    assert.equal(await page.getAttribute("html", "lang"), "zh-CN");
    assert.deepEqual(failures, []);
    await page.close();
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`should pass axe-core WCAG 2.2 AA on each kind of page (${scheme})`, async () => {
      const urls = [
        FLAGSHIP,
        "/",
        "/zh/",
        "/news/",
        "/tags/chongqing/",
        "/tags/",
        "/authors/li-wei/",
        "/about/",
        "/404.html",
        "/zh/news/2023/05/jialing-jiang-chun-ji-long-zhou-sai/",
      ];
      const problems: string[] = [];
      for (const url of urls) {
        const { page } = await open(url, { colorScheme: scheme });
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run: (
                  ctx: Document,
                  opts: object,
                ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
              };
            }
          ).axe;
          const r = await axe.run(document, {
            runOnly: {
              type: "tag",
              values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
            },
          });
          return r.violations.map(
            (v) =>
              `${v.id}: ${v.nodes
                .map((n) => n.target.join(" "))
                .slice(0, 3)
                .join(", ")}`,
          );
        });
        problems.push(...violations.map((v) => `${url} ${v}`));
        await page.close();
      }
      assert.deepEqual(problems, []);
    });
  }
});
