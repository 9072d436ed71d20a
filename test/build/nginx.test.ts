// Debian's nginx serving a built fixture with the generated nginx.conf on 127.0.0.1: moved URLs
// answer 301, gone ones 410, every response carries the policy, each edition its own 404 page.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { parse } from "node-html-parser";
import { buildDeployFixture, DEPLOY_FIXTURE, NGINX, startNginx } from "../helpers/nginx.ts";

let origin = "";
let out = "";
let stop = (): void => {};

before(async () => {
  assert.ok(fs.existsSync(NGINX), "Debian's nginx is installed (test/ensure-tools.sh)");
  const fixture = buildDeployFixture();
  assert.equal(fixture.status, 0, fixture.stderr);
  out = fixture.out;
  ({ origin, stop } = await startNginx(out));
});

after(() => stop());

/** One response, redirects not followed. */
async function get(p: string): Promise<{ status: number; headers: Headers; body: string }> {
  const r = await fetch(origin + p, { redirect: "manual" });
  return { status: r.status, headers: r.headers, body: await r.text() };
}

describe("nginx with the generated server directives", () => {
  it("should answer a moved URL 301 with the new one as Location", async () => {
    const r = await get(DEPLOY_FIXTURE.moved);
    assert.equal(r.status, 301);
    assert.equal(r.headers.get("location"), DEPLOY_FIXTURE.movedTo);
    const moved = await get(r.headers.get("location")!);
    assert.equal(moved.status, 200);
    assert.equal(parse(moved.body).querySelector("h1")?.textContent.trim(), "Regatta on the river");
  });

  it("should answer a gone URL 410 with its edition's 404 page", async () => {
    const r = await get(DEPLOY_FIXTURE.gone);
    assert.equal(r.status, 410);
    assert.equal(parse(r.body).querySelector("html")?.getAttribute("lang"), "zh-CN");
  });

  it("should carry the CSP, nosniff and a short cache on a page", async () => {
    const r = await get(DEPLOY_FIXTURE.article);
    assert.equal(r.status, 200);
    assert.match(r.headers.get("content-type")!, /^text\/html; charset=utf-8$/);
    const csp = r.headers.get("content-security-policy")!;
    assert.match(csp, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(csp, /'unsafe-inline'/);
    assert.equal(r.headers.get("x-content-type-options"), "nosniff");
    assert.equal(r.headers.get("referrer-policy"), "strict-origin-when-cross-origin");
    assert.match(r.headers.get("strict-transport-security")!, /^max-age=\d+/);
    assert.match(r.headers.get("permissions-policy")!, /camera=\(\)/);
    assert.equal(r.headers.get("cache-control"), "public, max-age=0, must-revalidate");
  });

  it("should give a missing zh URL the zh 404 page with status 404, and an en one the en page", async () => {
    const zh = await get("/zh/news/2099/01/nowhere/");
    assert.equal(zh.status, 404);
    assert.equal(parse(zh.body).querySelector("html")?.getAttribute("lang"), "zh-CN");
    assert.equal(zh.headers.get("x-content-type-options"), "nosniff", "headers on errors too");
    const en = await get("/news/2099/01/nowhere/");
    assert.equal(en.status, 404);
    assert.equal(parse(en.body).querySelector("html")?.getAttribute("lang"), "en");
  });

  it("should cache a fingerprinted asset for a year, the unhashed logo briefly", async () => {
    const css = parse((await get(DEPLOY_FIXTURE.article)).body)
      .querySelector('link[rel="stylesheet"]')!
      .getAttribute("href")!;
    const r = await get(css);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get("cache-control"), "public, max-age=31536000, immutable");
    assert.match(r.headers.get("content-type")!, /^text\/css/);
    assert.equal(r.body, fs.readFileSync(path.join(out, css), "utf8"));
    const logo = await get("/assets/logo.png");
    assert.equal(logo.status, 200);
    assert.equal(logo.headers.get("cache-control"), "public, max-age=0, must-revalidate");
  });

  it("should cache Pagefind's hashed chunks for a year and its entry files briefly", async (t) => {
    const pagefind = path.join(out, "pagefind");
    if (!fs.existsSync(pagefind)) return t.skip("this build has no search index");
    const all = (fs.readdirSync(pagefind, { recursive: true }) as string[]).map((f) =>
      f.split(path.sep).join("/"),
    );
    const chunk = all.find((f) => /(^|\/)fragment\/[^/]+\.pf_fragment$/.test(f));
    const entry = all.find((f) => f.endsWith("pagefind-entry.json"));
    assert.ok(chunk && entry, all.join(" "));
    const c = await get(`/pagefind/${chunk}`);
    assert.equal(c.status, 200);
    assert.equal(c.headers.get("cache-control"), "public, max-age=31536000, immutable");
    const e = await get(`/pagefind/${entry}`);
    assert.equal(e.status, 200);
    assert.equal(e.headers.get("cache-control"), "public, max-age=0, must-revalidate");
  });

  it("should not serve the recipes themselves", async () => {
    for (const f of ["/nginx.conf", "/_headers", "/_redirects", "/vercel.json"]) {
      assert.ok(fs.existsSync(path.join(out, f)), f);
      assert.equal((await get(f)).status, 404, f);
    }
  });
});
