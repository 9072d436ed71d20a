// The host recipes through the real CLI: `_headers`, `vercel.json` and `nginx.conf` written into the
// output from redirects.lock and the site, fingerprinted assets, and the one registry of inline
// scripts the CSP hashes. nginx serving them is test/build/nginx.test.ts.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { INLINE_SCRIPTS } from "../../layouts/inline-scripts.ts";
import { scriptHash } from "../../src/deploy/header-policy.ts";
import { runCli, tempDir } from "../helpers/cli.ts";
import { buildDeployFixture, DEPLOY_FIXTURE } from "../helpers/nginx.ts";
import { html } from "../helpers/output.ts";

const sha12 = (file: string) =>
  createHash("sha256").update(fs.readFileSync(file)).digest("hex").slice(0, 12);

/** Every file below `dir`, relative, sorted. */
function files(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join("/"))
    .sort();
}

/** Script types a browser runs (an absent or empty type, JavaScript MIME types, module). */
const EXECUTABLE = /^(|text\/javascript|application\/javascript|module|text\/ecmascript)$/i;

describe("deploy recipes in a build", () => {
  const fixture = buildDeployFixture();

  it("should write _headers, vercel.json and nginx.conf with the moved and gone URLs", () => {
    assert.equal(fixture.status, 0, fixture.stderr);
    const { out } = fixture;
    const headers = fs.readFileSync(path.join(out, "_headers"), "utf8");
    assert.match(headers, /^\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src/m);
    const vercel = JSON.parse(fs.readFileSync(path.join(out, "vercel.json"), "utf8")) as {
      redirects: unknown[];
      headers: { source: string }[];
    };
    assert.deepEqual(vercel.redirects, [
      { source: DEPLOY_FIXTURE.moved, destination: DEPLOY_FIXTURE.movedTo, permanent: true },
    ]);
    assert.equal(vercel.headers[0]!.source, "/(.*)");
    const nginx = fs.readFileSync(path.join(out, "nginx.conf"), "utf8");
    assert.match(
      nginx,
      /location = "\/news\/2023\/05\/old-slug\/" \{[^}]*return 301 "\/news\/2023\/05\/new-slug\/";/,
    );
    assert.match(
      nginx,
      /location = "\/zh\/news\/2022\/01\/removed\/" \{\n {2}error_page 410 "\/zh\/404.html";[^}]*return 410;/,
    );
    assert.match(
      fs.readFileSync(path.join(out, "_redirects"), "utf8"),
      /^\/zh\/news\/2022\/01\/removed\/ \/404\.html 410$/m,
    );
  });

  it("should link the stylesheet and icon by the hash of their bytes, and name every asset and medium by it", () => {
    const { out } = fixture;
    const head = html(out, "news/2023/05/new-slug/index.html");
    const css = head.querySelector('link[rel="stylesheet"]')!.getAttribute("href")!;
    const icon = head.querySelector('link[rel="icon"]')!.getAttribute("href")!;
    assert.match(css, /^\/assets\/site\.[0-9a-f]{12}\.css$/);
    assert.equal(css, `/assets/site.${sha12(path.join(out, css))}.css`);
    assert.equal(icon, `/assets/favicon.${sha12(path.join(out, icon))}.svg`);
    for (const f of files(path.join(out, "assets"))) {
      if (f === "logo.png") continue; // the JSON-LD publisher logo keeps a stable URL
      const m = /\.([0-9a-f]{12})\.[a-z0-9]+$/.exec(f);
      assert.ok(m, `${f} carries its hash`);
      assert.equal(m[1], sha12(path.join(out, "assets", f)), f);
    }
    assert.ok(!fs.existsSync(path.join(out, "assets/site.css")), "no unhashed copy");
  });

  it("should write the same recipes in an incremental build as in a clean one", () => {
    const again = runCli(
      [
        "build",
        "--content",
        fixture.content,
        "--out",
        fixture.out,
        "--now",
        "2024-06-01",
        "--quiet",
      ],
      { env: { CI: "" } },
    );
    assert.equal(again.status, 0, again.stderr);
    const clean = path.join(tempDir(), "dist");
    const cache = path.join(tempDir(), "cache");
    const args = ["build", "--content", fixture.content, "--out", clean, "--cache", cache];
    const r = runCli([...args, "--now", "2024-06-01", "--quiet"], { env: { CI: "" } });
    assert.equal(r.status, 0, r.stderr);
    for (const f of [
      "_headers",
      "vercel.json",
      "nginx.conf",
      ...files(path.join(clean, "assets")).map((a) => `assets/${a}`),
    ])
      assert.ok(
        fs.readFileSync(path.join(fixture.out, f)).equals(fs.readFileSync(path.join(clean, f))),
        f,
      );
  });

  it("should list every inline script of the sample site in the registry, and its hash in the CSP", () => {
    const out = path.join(tempDir(), "dist");
    const r = runCli(["build", "--out", out, "--now", "2025-01-01T00:00:00+08:00", "--quiet"]);
    assert.equal(r.status, 0, r.stderr);
    const registered = new Set(Object.values(INLINE_SCRIPTS));
    const pages = files(out).filter((f) => f.endsWith(".html"));
    assert.ok(pages.length > 20, `${pages.length} pages`);
    let data = 0;
    for (const f of pages)
      for (const s of html(out, f).querySelectorAll("script")) {
        if (s.hasAttribute("src")) continue;
        const type = (s.getAttribute("type") ?? "").trim();
        if (!EXECUTABLE.test(type)) {
          data++;
          continue;
        }
        assert.ok(
          registered.has(s.rawText),
          `${f}: an inline script not in layouts/inline-scripts.ts`,
        );
      }
    assert.ok(data > 0, "the sample's JSON-LD blocks were seen (and need no hash)");
    const headers = fs.readFileSync(path.join(out, "_headers"), "utf8");
    for (const text of registered) assert.ok(headers.includes(scriptHash(text)), text);
  });
});
