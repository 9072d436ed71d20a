// `npm run serve` in a real browser (Debian's Chromium through playwright-core): an article edit
// appears without a manual reload, and a content error's overlay comes and goes live. Also measures
// save → reloaded page (median of 5; reported, never asserted).
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { copyApp, copyContent, ROOT } from "../helpers/cli.ts";
import { launchChromium } from "../helpers/chromium.ts";

const TSX = pathToFileURL(createRequire(path.join(ROOT, "package.json")).resolve("tsx")).href;
const REGATTA = "articles/en/2023/hong-kong-crews-jialing-river-regatta.md";
const REGATTA_URL = "/news/2023/05/hong-kong-crews-jialing-river-regatta/";

let browser: Browser;
let proc: ChildProcess | undefined;
let stderr = "";
let origin = "";
let app = "";
let content = "";

/** Polls `check` every 100 ms until it is not undefined, or fails after `ms`. */
async function until<T>(what: string, check: () => T | undefined, ms = 120_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Rewrites the regatta article's title. */
function setTitle(title: string): void {
  const file = path.join(content, REGATTA);
  const text = fs.readFileSync(file, "utf8");
  fs.writeFileSync(file, text.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`));
}

before(async () => {
  // A private copy of the code: edits elsewhere in the working tree must not restart this server.
  app = copyApp("broadsheet-serve-app-");
  content = copyContent();
  const cwd = path.dirname(content);
  proc = spawn(
    process.execPath,
    ["--import", TSX, path.join(app, "src/serve/main.ts"), "--content", "content", "--port", "0"],
    {
      cwd,
      env: { ...process.env, TZ: "UTC", TSX_TSCONFIG_PATH: path.join(app, "tsconfig.json") },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  proc.stdout!.setEncoding("utf8").on("data", (c: string) => (stdout += c));
  proc.stderr!.setEncoding("utf8").on("data", (c: string) => (stderr += c));
  origin = (await until("the URL", () => /^(http:\S+)\/\n/.exec(stdout)?.[1])) ?? "";
  await until("the first build", () => (/^build 1: /m.test(stderr) ? true : undefined));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  proc?.kill("SIGTERM");
  await new Promise((r) => (proc?.exitCode === null ? proc.once("exit", r) : r(null)));
});

/** Opens the regatta article and waits until its reload socket is connected. */
async function openArticle(): Promise<{ page: Page; loads: () => number }> {
  const page = await browser.newPage();
  let loads = 0;
  page.on("load", () => loads++);
  const connected = page.waitForEvent("console", {
    predicate: (m) => m.text().includes("Connected"),
    timeout: 30_000,
  });
  await page.goto(origin + REGATTA_URL, { waitUntil: "load" });
  await connected;
  return { page, loads: () => loads };
}

describe("npm run serve in Chromium", () => {
  it("should show an article edit without a manual reload", async () => {
    const { page, loads } = await openArticle();
    assert.notEqual(await page.textContent("h1"), "Edited while the page was open");
    setTitle("Edited while the page was open");
    await page.waitForFunction(
      () => document.querySelector("h1")?.textContent === "Edited while the page was open",
      undefined,
      { timeout: 60_000, polling: 50 },
    );
    // The server's reload message reloaded the page: we never called page.reload().
    assert.ok(loads() >= 2, `page loaded ${loads()} times`);
    await page.close();
  });

  it("should push the error overlay live, escaped, and take it away once the file is fixed", async () => {
    const { page } = await openArticle();
    const file = path.join(content, REGATTA);
    const good = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, good.replace(/^---\n/, '---\n"<img src=x onerror=alert(1)>": 1\n'));
    const box = await page.waitForSelector("#broadsheet-errors", { timeout: 60_000 });
    const text = await box.textContent();
    assert.match(
      text ?? "",
      /hong-kong-crews-jialing-river-regatta\.md:2:1 E_FM_UNKNOWN_KEY unknown key "<img src=x onerror=alert\(1\)>"/,
    );
    assert.equal(await page.locator("#broadsheet-errors img").count(), 0);
    fs.writeFileSync(file, good);
    await page.waitForSelector("#broadsheet-errors", { state: "detached", timeout: 60_000 });
    await page.close();
  });

  it("should measure save → reloaded page (median of 5)", async (t) => {
    const { page } = await openArticle();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const title = `Timed edit ${i}`;
      const t0 = performance.now();
      setTitle(title);
      await page.waitForFunction(
        (want) => document.querySelector("h1")?.textContent === want,
        title,
        {
          timeout: 60_000,
          polling: 10,
        },
      );
      times.push(performance.now() - t0);
      // Let the reload settle before the next save.
      await page.waitForLoadState("load");
      await new Promise((r) => setTimeout(r, 300));
    }
    times.sort((a, b) => a - b);
    const builds = [...stderr.matchAll(/^build \d+: .*; ([\d.]+) s$/gm)].slice(-5).map((m) => m[1]);
    t.diagnostic(
      `save → reloaded page: median ${Math.round(times[2]!)} ms (runs ${times.map((x) => Math.round(x)).join(", ")} ms; builds ${builds.join(", ")} s)`,
    );
    await page.close();
  });
});
