// `npm run screenshots`: builds the sample, serves it on 127.0.0.1 and writes PNGs of every page kind
// at 390 and 1280 px, light, dark and print, in both editions (Debian's Chromium, never a download).
// Options: --out DIR (default /tmp/broadsheet-screenshots), --site DIR (an already built site),
// --only KIND[,KIND] (page kinds from tools/sample-site.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "../test/helpers/chromium.ts";
import { buildSample, builtKinds, type PageKind } from "./sample-site.ts";
import { serveStatic } from "./static-server.ts";

/** The widths every page is shot at: a phone and a laptop. */
export const WIDTHS = [390, 1280] as const;

/** The ways a page is looked at: light, dark (prefers-color-scheme) and print (media print). */
export const MODES = ["light", "dark", "print"] as const;

type Options = { out: string; site: string | undefined; only: string[] | undefined };

function parseArgs(argv: string[]): Options {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = value("--only");
  const site = value("--site");
  return {
    out: path.resolve(value("--out") ?? "/tmp/broadsheet-screenshots"),
    site: site === undefined ? undefined : path.resolve(site),
    only: only?.split(","),
  };
}

/** Writes the PNGs of one page kind in one edition; returns the files written. */
async function shootKind(
  browser: Browser,
  origin: string,
  kind: PageKind,
  lang: "en" | "zh",
  out: string,
): Promise<string[]> {
  const written: string[] = [];
  for (const width of WIDTHS) {
    for (const mode of MODES) {
      const context = await browser.newContext({
        viewport: { width, height: width < 600 ? 844 : 900 },
        deviceScaleFactor: 1,
        colorScheme: mode === "dark" ? "dark" : "light",
      });
      const page = await context.newPage();
      if (mode === "print") await page.emulateMedia({ media: "print" });
      await page.goto(origin + kind[lang], { waitUntil: "load" });
      await page.evaluate(async () => {
        for (const img of Array.from(document.images)) img.loading = "eager";
        await Promise.all(
          Array.from(document.images).map((i) => i.decode().catch(() => undefined)),
        );
        await document.fonts.ready;
      });
      const file = path.join(out, `${kind.kind}-${lang}-${width}-${mode}.png`);
      await page.screenshot({ path: file, fullPage: true });
      written.push(file);
      await context.close();
    }
  }
  return written;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  let site = opts.site;
  if (site === undefined) {
    site = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "broadsheet-shots-")), "dist");
    console.log(`building the sample into ${site}`);
    buildSample(site);
  }
  const kinds = builtKinds(site).filter(
    (k) => opts.only === undefined || opts.only.includes(k.kind),
  );
  fs.mkdirSync(opts.out, { recursive: true });
  const server = await serveStatic(site);
  const browser = await launchChromium();
  try {
    let count = 0;
    for (const kind of kinds) {
      for (const lang of ["en", "zh"] as const) {
        count += (await shootKind(browser, server.origin, kind, lang, opts.out)).length;
      }
      console.log(`${kind.kind}: ${kind.en} ${kind.zh}`);
    }
    console.log(`wrote ${count} screenshots to ${opts.out}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
