// The comments provider in Chromium: nothing from a third party before the reader clicks "Show
// comments"; the click loads the configured provider (giscus, mocked with route(): nothing leaves
// the machine). Without JavaScript the button stays hidden and the page is complete.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { buildOk, tempDir, writeTree } from "../helpers/cli.ts";
import { launchChromium } from "../helpers/chromium.ts";
import { article, siteYaml } from "../helpers/site.ts";
import { serveStatic } from "../../tools/static-server.ts";

const GISCUS = `comments:
  provider: giscus
  repo: mountain-city/comments
  repoId: R_kgDOabc123
  category: Announcements
  categoryId: DIC_kwDOabc123
`;
const PAGE = "/news/2023/05/ferries/";
let browser: Browser;
let origin = "";
let close: () => Promise<void> = async () => {};

before(async () => {
  const content = tempDir();
  writeTree(content, {
    "site.yaml": siteYaml() + GISCUS,
    "articles/ferries.md": article({ title: '"Night ferries return"', slug: "ferries" }),
  });
  const out = buildOk(content, "2024-01-01T00:00:00+08:00");
  ({ origin, close } = await serveStatic(path.resolve(out)));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await close();
});

/** Opens the article, recording every request and answering giscus.app with a stand-in script. */
async function open(javaScriptEnabled = true): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      const url = new URL(route.request().url());
      if (url.origin === "https://giscus.app" && url.pathname === "/client.js") {
        return route.fulfill({
          contentType: "text/javascript",
          headers: { "access-control-allow-origin": "*" },
          body: 'document.getElementById("comments-thread").setAttribute("data-loaded", document.currentScript.dataset.repo);',
        });
      }
      return route.abort();
    },
  );
  await page.goto(origin + PAGE, { waitUntil: "load" });
  return { page, requests };
}

describe("comments", () => {
  it("should load nothing from a third party before the click, and giscus on click", async () => {
    const { page, requests } = await open();
    await page.waitForTimeout(300);
    const foreign = () => requests.filter((u) => new URL(u).origin !== origin);
    assert.deepEqual(foreign(), [], "no third-party request before the click");
    const button = page.locator("button.comments-load");
    assert.equal(await button.isVisible(), true);
    assert.equal(await button.textContent(), "Show comments");
    await button.click();
    await page.waitForSelector("#comments-thread[data-loaded]", { state: "attached" });
    assert.deepEqual(foreign(), ["https://giscus.app/client.js"]);
    assert.equal(
      await page.getAttribute("#comments-thread", "data-loaded"),
      "mountain-city/comments",
    );
    const script = page.locator('#comments-thread script[src="https://giscus.app/client.js"]');
    assert.equal(await script.getAttribute("data-category-id"), "DIC_kwDOabc123");
    assert.equal(await script.getAttribute("data-mapping"), "url");
    await page.context().close();
  });

  it("should keep the button hidden without JavaScript, with the notice still there", async () => {
    const { page, requests } = await open(false);
    assert.equal(await page.locator("button.comments-load").isVisible(), false);
    assert.equal((await page.locator("#comments-title").textContent())?.trim(), "Comments");
    assert.match((await page.locator(".comments-note").textContent()) ?? "", /checked for spam/);
    assert.deepEqual(
      requests.filter((u) => new URL(u).origin !== origin),
      [],
    );
    await page.context().close();
  });
});
