// `npm run serve`: the real preview server on a free loopback port over a copy of the sample site.
// Runs a private copy of the code (so a code edit in the test, and nobody else's, restarts it).
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import { parse, type HTMLElement } from "node-html-parser";
import { copyApp, copyContent, ROOT, tempDir } from "../helpers/cli.ts";

const TSX = pathToFileURL(createRequire(path.join(ROOT, "package.json")).resolve("tsx")).href;
const REGATTA = "articles/en/2023/hong-kong-crews-jialing-river-regatta.md";
const REGATTA_URL = "/news/2023/05/hong-kong-crews-jialing-river-regatta/";
const HOSTILE_KEY = "<img src=x onerror=alert(1)>";

/** A running `serve` process and what it printed so far. */
interface Served {
  proc: ChildProcess;
  out: { stdout: string; stderr: string };
  exited: Promise<number | null>;
}

function startServe(app: string, cwd: string, args: readonly string[]): Served {
  const proc = spawn(
    process.execPath,
    ["--import", TSX, path.join(app, "src/serve/main.ts"), ...args],
    {
      cwd,
      env: {
        ...process.env,
        TZ: "UTC",
        INIT_CWD: cwd,
        TSX_TSCONFIG_PATH: path.join(app, "tsconfig.json"),
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const out = { stdout: "", stderr: "" };
  proc.stdout!.setEncoding("utf8").on("data", (c: string) => (out.stdout += c));
  proc.stderr!.setEncoding("utf8").on("data", (c: string) => (out.stderr += c));
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  return { proc, out, exited };
}

/** Polls `check` every 100 ms until it returns a value other than undefined, or fails after `ms`. */
async function until<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  ms = 120_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}\n${served?.out.stderr ?? ""}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A GET with the path exactly as given (no client-side normalization of `..` or escapes). */
function get(
  rawPath: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path: rawPath, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
  });
}

/** Processes whose command line names `needle` (the server and its build child run from the app copy). */
function processesOf(needle: string): number[] {
  return fs.readdirSync("/proc").flatMap((pid) => {
    if (!/^\d+$/.test(pid)) return [];
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(needle) ? [Number(pid)] : [];
    } catch {
      return [];
    }
  });
}

function overlayOf(html: string): HTMLElement | null {
  return parse(html).getElementById("broadsheet-errors");
}

let app = "";
let content = "";
let work = "";
let served: Served | undefined;
let port = 0;

before(async () => {
  app = copyApp("broadsheet-serve-app-");
  content = copyContent();
  work = path.dirname(content);
  served = startServe(app, work, ["--content", "content", "--port", "0"]);
  const first = await until("the URL", () =>
    served!.out.stdout.includes("\n") ? served!.out.stdout.split("\n")[0] : undefined,
  );
  port = Number(/^http:\/\/127\.0\.0\.1:(\d+)\/$/.exec(first)?.[1]);
  await until("the first build", () => (/^build 1: /m.test(served!.out.stderr) ? true : undefined));
});

after(async () => {
  served?.proc.kill("SIGKILL");
  for (const pid of processesOf(app)) process.kill(pid, "SIGKILL");
});

describe("npm run serve", () => {
  it("should print the URL first and nothing before it", () => {
    assert.match(served!.out.stdout.split("\n")[0]!, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.ok(port > 0);
    assert.doesNotMatch(served!.out.stderr, /^warning:/m);
  });

  it("should serve a preview build from .broadsheet/serve: drafts and scheduled articles with banners, noindex", async () => {
    const out = path.join(work, ".broadsheet/serve");
    assert.ok(fs.existsSync(path.join(out, "index.html")));
    assert.ok(!fs.existsSync(path.join(work, "dist")));
    const pages = fs
      .readdirSync(out, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith("index.html"));
    const withBanner = (kind: string): string => {
      const f = pages.find((p) =>
        fs.readFileSync(path.join(out, p), "utf8").includes(`banner-${kind}`),
      );
      assert.ok(f, `no page with a ${kind} banner`);
      return `/${f
        .split(path.sep)
        .join("/")
        .replace(/index\.html$/, "")}`;
    };
    for (const kind of ["draft", "pending"]) {
      const r = await get(withBanner(kind));
      assert.equal(r.status, 200);
      const doc = parse(r.body);
      assert.ok(doc.querySelector(`.banner-${kind}`), kind);
      assert.ok(doc.querySelector(".banner-preview"), kind);
      assert.match(
        doc.querySelector('meta[name="robots"]')?.getAttribute("content") ?? "",
        /noindex/,
      );
      // The live-reload client is in every HTML page the server sends.
      assert.ok(doc.querySelector('script[src^="/.11ty/reload-client.js"]'));
    }
    assert.equal(overlayOf((await get("/")).body), null);
  });

  it("should show an edited article without a restart", async () => {
    const file = path.join(content, REGATTA);
    const text = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, text.replace(/^title: .*$/m, 'title: "Regatta edited live"'));
    const h1 = await until("the edited title", async () => {
      const t = parse((await get(REGATTA_URL)).body).querySelector("h1")?.textContent;
      return t === "Regatta edited live" ? t : undefined;
    });
    assert.equal(h1, "Regatta edited live");
  });

  it("should survive a content error, list it escaped in every HTML response and the terminal, and drop it once fixed", async () => {
    const file = path.join(content, REGATTA);
    const good = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, good.replace(/^---\n/, `---\n"${HOSTILE_KEY}": 1\n`));
    const want = `content/${REGATTA}:2:1 E_FM_UNKNOWN_KEY unknown key "${HOSTILE_KEY}"`;
    const overlay = await until(
      "the overlay",
      async () => overlayOf((await get("/")).body) ?? undefined,
    );
    const items = overlay.querySelectorAll("li");
    assert.equal(items.length, 1);
    assert.equal(items[0]!.querySelector("code")?.textContent, want);
    assert.match(items[0]!.textContent, /hint: allowed: title, date/);
    // Escaped: the key is text, never an element.
    assert.equal(overlay.querySelectorAll("img").length, 0);
    assert.ok(served!.out.stderr.includes(`${want}\n  hint: allowed: title`));
    // Every HTML response: another page (the last good build of it) and the 404 page.
    for (const url of ["/zh/", "/no/such/page/"]) {
      const r = await get(url);
      assert.equal(r.status, url === "/zh/" ? 200 : 404, url);
      assert.equal(overlayOf(r.body)?.querySelector("code")?.textContent, want, url);
    }
    // Non-HTML files are left alone.
    assert.doesNotMatch((await get("/feed.xml")).body, /broadsheet-errors/);
    assert.equal(served!.proc.exitCode, null);
    fs.writeFileSync(file, good);
    await until("the overlay to go", async () =>
      overlayOf((await get("/")).body) ? undefined : true,
    );
    assert.equal(overlayOf((await get(REGATTA_URL)).body), null);
  });

  it("should answer 403 or 404 to paths leading out of the output folder, and never serve the file", async () => {
    const out = path.join(work, ".broadsheet/serve");
    fs.writeFileSync(path.join(work, "secret.txt"), "SECRET-OUTSIDE");
    fs.mkdirSync(path.join(work, ".broadsheet/serve-secret"), { recursive: true });
    fs.writeFileSync(path.join(work, ".broadsheet/serve-secret/key.txt"), "SECRET-SIBLING");
    fs.symlinkSync(path.join(work, "secret.txt"), path.join(out, "leak.txt"));
    for (const p of [
      "/../../secret.txt",
      "/news/../../../secret.txt",
      "/%2e%2e/%2e%2e/secret.txt",
      "/%2E%2E/serve-secret/key.txt",
      "/..%2f..%2fsecret.txt",
      "/%2e%2e%2fserve-secret%2fkey.txt",
      "/../serve-secret/key.txt",
      "/..%5c..%5csecret.txt",
      "/leak.txt",
    ]) {
      const r = await get(p);
      assert.ok(r.status === 403 || r.status === 404, `${p} answered ${r.status}`);
      assert.doesNotMatch(r.body, /SECRET-/, p);
    }
    fs.rmSync(path.join(out, "leak.txt"));
  });

  it("should reload the code, not just the content, when src/ changes", async () => {
    const strings = path.join(app, "src/strings.ts");
    const text = fs.readFileSync(strings, "utf8");
    const edited = text.replace(
      "Preview build: not for publication.",
      "Preview build (new code): not for publication.",
    );
    assert.notEqual(edited, text);
    fs.writeFileSync(strings, edited);
    const banner = await until("the new banner", async () => {
      const t = parse((await get("/")).body).querySelector(".banner-preview")?.textContent;
      return t?.includes("new code") ? t : undefined;
    });
    assert.equal(banner, "Preview build (new code): not for publication.");
    assert.match(served!.out.stderr, /code changed: starting a fresh build process/);
  });

  it("should refuse a port in use with exit 1, and unknown flags with the usage and exit 2", async () => {
    const busy = startServe(app, tempDir(), ["--content", content, "--port", String(port)]);
    assert.equal(await busy.exited, 1);
    assert.match(busy.out.stderr, /cannot listen on 127\.0\.0\.1:\d+: EADDRINUSE/);
    assert.equal(busy.out.stdout, "");
    for (const args of [["--out", "dist"], ["--port", "eighty"], ["--preview"]]) {
      const r = spawnSync(
        process.execPath,
        ["--import", TSX, path.join(app, "src/serve/main.ts"), ...args],
        {
          cwd: tempDir(),
          encoding: "utf8",
          timeout: 60_000,
        },
      );
      assert.equal(r.status, 2, args.join(" "));
      assert.match(
        r.stderr,
        /usage:\n {2}npm run serve -- \[--content DIR\] \[--port N\] \[--host ADDR\]/,
      );
      assert.equal(r.stdout, "");
    }
  });

  it("should warn when listening on a non-loopback address", async () => {
    const wide = startServe(app, tempDir(), [
      "--content",
      content,
      "--port",
      "0",
      "--host",
      "0.0.0.0",
    ]);
    try {
      // The warning comes right after the URL, before the "previewing" line.
      await until("the start lines", () =>
        /^previewing /m.test(wide.out.stderr) ? true : undefined,
      );
      assert.match(wide.out.stderr, /^warning: listening on 0\.0\.0\.0, not a loopback address/m);
      assert.match(wide.out.stdout.split("\n")[0]!, /^http:\/\/0\.0\.0\.0:\d+\/$/);
    } finally {
      wide.proc.kill("SIGTERM");
    }
    assert.equal(await wide.exited, 0);
  });

  it("should shut down cleanly on SIGTERM, its build process included", async () => {
    served!.proc.kill("SIGTERM");
    assert.equal(await served!.exited, 0);
    assert.match(served!.out.stderr, /SIGTERM: preview server stopped/);
    await until(
      "the build process to exit",
      () => (processesOf(app).length === 0 ? true : undefined),
      10_000,
    );
  });
});
