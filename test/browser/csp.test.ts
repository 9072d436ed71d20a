// The sample site in Chromium under the generated headers, served by Debian's nginx with the
// generated nginx.conf: each page below (and what a reader does there) raises 0 CSP violations.
// Add a page (or an action on one) to PAGES when a feature adds scripts, styles or frames.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../helpers/chromium.ts";
import { runCli, tempDir } from "../helpers/cli.ts";
import { startNginx } from "../helpers/nginx.ts";

const FLAGSHIP = "/news/2023/05/hong-kong-crews-jialing-river-regatta/";

/** A page to load, and what a reader does there before the violations are counted. */
interface CspPage {
  name: string;
  path: string;
  act?: (page: Page) => Promise<void>;
}

/** Opens the comments when the article offers a control for them (a provider loads on demand). */
async function openComments(page: Page): Promise<void> {
  const open = page.locator(".comments summary, .comments button, [data-comments-open]").first();
  if ((await open.count()) > 0) await open.click();
}

/** Waits until the search results name the flagship article. */
async function searchResults(page: Page): Promise<void> {
  await page.waitForFunction(
    () => /regatta/i.test(document.querySelector("main")?.textContent ?? ""),
    undefined,
    { timeout: 15_000 },
  );
}

const PAGES: CspPage[] = [
  { name: "home", path: "/" },
  { name: "article with comments", path: FLAGSHIP, act: openComments },
  { name: "zh home", path: "/zh/" },
  { name: "tag index", path: "/tags/" },
  { name: "404", path: "/news/2099/01/nowhere/" },
];

let browser: Browser;
let origin = "";
let stop = (): void => {};

before(async () => {
  const out = path.join(tempDir(), "dist");
  const r = runCli(["--out", out, "--now", "2025-01-01T00:00:00+08:00", "--quiet"]);
  assert.equal(r.status, 0, r.stderr);
  // The search page joins the list once the build has one (Pagefind's WebAssembly and worker).
  if (fs.existsSync(path.join(out, "search/index.html")))
    PAGES.push({ name: "search with results", path: "/search/?q=regatta", act: searchResults });
  ({ origin, stop } = await startNginx(out));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  stop();
});

/** Loads `p` and returns every CSP violation: `securitypolicyviolation` events and console reports. */
async function violations(p: CspPage): Promise<string[]> {
  const page = await browser.newPage();
  const found: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text()))
      found.push(`console: ${m.text()}`);
  });
  await page.exposeFunction("__cspViolation", (v: string) => found.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation;
      report(
        `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  const response = await page.goto(origin + p.path);
  assert.ok(response?.headers()["content-security-policy"], `${p.name} carries the CSP`);
  await p.act?.(page);
  await page.waitForLoadState("networkidle");
  await page.close();
  return found;
}

describe("the site under its Content-Security-Policy", () => {
  it("should raise no CSP violation on any page", async () => {
    for (const p of PAGES) assert.deepEqual(await violations(p), [], p.name);
  });
});
