// Accessibility gates of the reader design in Debian's Chromium: axe-core WCAG 2.2 A/AA on every page
// kind of both editions at 390 and 1280 px in light and dark, 24×24 px targets for the small
// controls, and no focused element hidden under a sticky header while tabbing an article.
import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../helpers/chromium.ts";
import { serveSample, type ServedSample } from "../helpers/static-server.ts";
import { builtKinds, PAGE_KINDS } from "../../tools/sample-site.ts";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const WIDTHS = [390, 1280] as const;
const ARTICLE = PAGE_KINDS.find((k) => k.kind === "article")!;
const axeSource = fs.readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** The small controls the issue names, each with the pages where it appears. */
const TARGETS: { name: string; selector: string; paths: string[] }[] = [
  { name: "tag chip", selector: "ul.tags a, .chips a, a.chip", paths: [ARTICLE.en, ARTICLE.zh] },
  { name: "pager", selector: ".pager a, .pager [aria-current]", paths: ["/", "/tags/chongqing/"] },
  { name: "language switch", selector: "nav.language-switch a", paths: ["/", ARTICLE.en] },
  { name: "share button", selector: ".share a, .share button", paths: [ARTICLE.en, ARTICLE.zh] },
  {
    name: "search button",
    selector: 'a[href$="/search/"], form[role="search"] button, form[role="search"] input',
    paths: ["/", "/search/", "/zh/search/"],
  },
];

let site: ServedSample;
let browser: Browser;

before(async () => {
  site = await serveSample();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

async function context(width: number, scheme: "light" | "dark"): Promise<BrowserContext> {
  // axe-core is injected as an inline script, which the site's CSP (served from _headers) forbids.
  return browser.newContext({
    viewport: { width, height: 844 },
    colorScheme: scheme,
    bypassCSP: true,
  });
}

/** axe-core's WCAG 2.2 A/AA violations on the loaded page, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<Result> } })
      .axe;
    const r = await axe.run(document, { runOnly: { type: "tag", values: tags } });
    return r.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
  }, AXE_TAGS);
}

describe("axe-core WCAG 2.2 A/AA on every page kind", () => {
  for (const width of WIDTHS) {
    for (const scheme of ["light", "dark"] as const) {
      it(`should find no violation at ${width} px, ${scheme}`, async () => {
        const kinds = builtKinds(site.out);
        assert.ok(kinds.length >= PAGE_KINDS.length - 1, "every page kind (search may be absent)");
        const ctx = await context(width, scheme);
        const page = await ctx.newPage();
        const problems: string[] = [];
        for (const kind of kinds) {
          for (const url of [kind.en, kind.zh]) {
            await page.goto(site.origin + url, { waitUntil: "load" });
            problems.push(...(await axeViolations(page)).map((v) => `${url} ${v}`));
          }
        }
        await ctx.close();
        assert.deepEqual(problems, []);
      });
    }
  }
});

describe("target size of the small controls", () => {
  for (const width of WIDTHS) {
    it(`should give every chip, pager link, language switch, share and search control 24×24 px at ${width} px`, async () => {
      const ctx = await context(width, "light");
      const page = await ctx.newPage();
      const small: string[] = [];
      const missing: string[] = [];
      for (const target of TARGETS) {
        let found = 0;
        for (const url of target.paths) {
          await page.goto(site.origin + url, { waitUntil: "load" });
          const boxes = await page.$$eval(target.selector, (els) =>
            els
              .map((e) => ({ r: e.getBoundingClientRect(), text: (e.textContent ?? "").trim() }))
              .filter(({ r }) => r.width > 0 && r.height > 0)
              .map(({ r, text }) => ({ w: r.width, h: r.height, text: text.slice(0, 30) })),
          );
          found += boxes.length;
          for (const b of boxes)
            if (b.w < 24 || b.h < 24)
              small.push(`${url} ${target.name} "${b.text}" ${b.w.toFixed(1)}×${b.h.toFixed(1)}`);
        }
        if (found === 0) missing.push(target.name);
      }
      await ctx.close();
      assert.deepEqual({ small, missing }, { small: [], missing: [] });
    });
  }
});

/** Where the focused element and every stuck header are, after one Tab. */
async function focusOverlap(page: Page): Promise<{ what: string; hidden: number } | undefined> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return undefined;
    const r = el.getBoundingClientRect();
    if (r.height === 0) return undefined;
    let hidden = 0;
    for (const bar of Array.from(document.querySelectorAll("body *"))) {
      const pos = getComputedStyle(bar).position;
      if ((pos !== "sticky" && pos !== "fixed") || bar.contains(el)) continue;
      const b = bar.getBoundingClientRect();
      const w = Math.min(r.right, b.right) - Math.max(r.left, b.left);
      const h = Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top);
      if (w > 0 && h > 0) hidden = Math.max(hidden, h / r.height);
    }
    const text = (el.textContent ?? "").trim().slice(0, 40);
    return { what: `${el.tagName.toLowerCase()} "${text}"`, hidden };
  });
}

/** Tabs through `url` to the end and back; returns each focused element a sticky bar covers. */
async function hiddenWhileTabbing(page: Page, url: string, extraCss?: string): Promise<string[]> {
  await page.goto(site.origin + url, { waitUntil: "load" });
  if (extraCss !== undefined) await page.addStyleTag({ content: extraCss });
  const hidden: string[] = [];
  const stops = await page.$$eval(
    "a[href], button, input, select, textarea, [tabindex]",
    (e) => e.length,
  );
  // Forward to the end, then back up: going back brings each element in under the header.
  for (const [key, n] of [
    ["Tab", stops + 2],
    ["Shift+Tab", stops],
  ] as const) {
    for (let i = 0; i < n; i++) {
      await page.keyboard.press(key);
      const o = await focusOverlap(page);
      if (o && o.hidden > 0)
        hidden.push(`${url} ${key} ${o.what} ${(o.hidden * 100).toFixed(0)}% hidden`);
    }
  }
  return hidden;
}

describe("focus not hidden under a sticky header", () => {
  for (const width of WIDTHS) {
    it(`should keep every focused element of an article clear of sticky bars at ${width} px`, async () => {
      const ctx = await context(width, "light");
      const page = await ctx.newPage();
      const hidden: string[] = [];
      for (const url of [ARTICLE.en, ARTICLE.zh])
        hidden.push(...(await hiddenWhileTabbing(page, url)));
      await ctx.close();
      assert.deepEqual(hidden, []);
    });
  }

  it("should notice focus under a sticky header without scroll padding (the check really works)", async () => {
    const ctx = await context(390, "light");
    const page = await ctx.newPage();
    const css =
      "html{scroll-padding-top:0!important}.site-header{position:sticky!important;top:0;z-index:99;min-height:140px;background:#fff}";
    assert.ok((await hiddenWhileTabbing(page, ARTICLE.en, css)).length > 0);
    await ctx.close();
  });
});
