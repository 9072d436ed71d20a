// Photos in Debian's Chromium: the image each srcset yields at 390 px (phone, 3×) and 1280 px
// (desktop, 1×), and the bytes an article with three photos downloads on the phone (≤ 400 KB).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { launchChromium } from "../helpers/chromium.ts";
import { runCli, tempDir, writeTree } from "../helpers/cli.ts";
import { texturedPhoto } from "../helpers/photos.ts";
import { serve } from "../helpers/serve.ts";
import { article, siteYaml } from "../helpers/site.ts";

const ARTICLE = "/news/2023/05/a-story/";
const PHONE_IMAGE_BUDGET = 400 * 1024;

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

before(async () => {
  const root = tempDir("broadsheet-images-browser-");
  const content = path.join(root, "content");
  writeTree(content, {
    "site.yaml": siteYaml(),
    "articles/a-story.md": article(
      { image: "{ src: ../media/one.jpg, alt: The first photo }" },
      `${"A paragraph of news.\n\n".repeat(3)}![The second photo](../media/two.jpg)\n\n${"More news.\n\n".repeat(3)}![The third photo](../media/three.jpg)\n`,
    ),
  });
  fs.mkdirSync(path.join(content, "media"));
  for (const [i, name] of ["one", "two", "three"].entries())
    fs.writeFileSync(path.join(content, `media/${name}.jpg`), await texturedPhoto(3000, 2000, i));
  const dist = path.join(root, "dist");
  const r = runCli([
    "build",
    "--content",
    content,
    "--out",
    dist,
    "--now",
    "2025-01-01",
    "--quiet",
  ]);
  assert.equal(r.status, 0, r.stderr);
  site = await serve(dist);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** Loads the article at `width` CSS px and `scale`, scrolled through; the images chosen and their bytes. */
async function load(width: number, scale: number) {
  const ctx = await browser.newContext({
    viewport: { width, height: 844 },
    deviceScaleFactor: scale,
  });
  const page = await ctx.newPage();
  const bytes = new Map<string, number>();
  const bodies: Promise<void>[] = [];
  page.on("response", (res) => {
    if (res.request().resourceType() !== "image") return;
    bodies.push(res.body().then((b) => void bytes.set(new URL(res.url()).pathname, b.length)));
  });
  await page.goto(site.origin + ARTICLE, { waitUntil: "networkidle" });
  for (let y = 0; y < 6000; y += 600) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(100);
  }
  await page.waitForLoadState("networkidle");
  const chosen = await page.$$eval("picture img", (imgs) =>
    imgs.map((i) => new URL((i as HTMLImageElement).currentSrc).pathname),
  );
  await Promise.all(bodies);
  await ctx.close();
  return { chosen, bytes };
}

describe("photos in the browser", () => {
  it("should pick AVIF at 1440 px on a 390 px 3× phone, and stay under 400 KB of images", async (t) => {
    const { chosen, bytes } = await load(390, 3);
    assert.equal(chosen.length, 3);
    for (const src of chosen) assert.match(src, /-1440\.avif$/);
    const total = [...bytes.values()].reduce((a, b) => a + b, 0);
    const list = [...bytes].map(([p, n]) => `${p} ${n}`).join("\n");
    t.diagnostic(`${total} bytes of images on the phone`);
    assert.ok(total <= PHONE_IMAGE_BUDGET, `${total} bytes of images:\n${list}`);
    assert.deepEqual([...bytes.keys()].sort(), [...chosen].sort(), "only the chosen files load");
  });

  it("should pick AVIF at 960 px for the 44rem column at 1280 px, 1×", async () => {
    const { chosen } = await load(1280, 1);
    assert.equal(chosen.length, 3);
    for (const src of chosen) assert.match(src, /-960\.avif$/);
  });
});
