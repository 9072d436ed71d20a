import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  contentSecurityPolicy,
  scriptHash,
  securityHeaders,
} from "../../../src/deploy/header-policy.ts";

/** A CSP parsed back: directive name → its sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(";").map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe("header policy", () => {
  it("should allow our own files, Pagefind's WebAssembly and each inline script by hash, never unsafe-inline", () => {
    const csp = contentSecurityPolicy({ inlineScripts: ["toggle()", ""], https: true });
    const d = directives(csp);
    assert.deepEqual(d.get("default-src"), ["'self'"]);
    assert.deepEqual(d.get("script-src"), [
      "'self'",
      "'wasm-unsafe-eval'",
      // sha256("") is the well-known 47DEQpj8…; both hashes sorted.
      "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
      scriptHash("toggle()"),
    ]);
    assert.deepEqual(d.get("style-src"), ["'self'"]);
    assert.deepEqual(d.get("img-src"), ["'self'", "data:"]);
    assert.deepEqual(d.get("object-src"), ["'none'"]);
    assert.deepEqual(d.get("frame-src"), ["'none'"]);
    assert.deepEqual(d.get("base-uri"), ["'self'"]);
    assert.deepEqual(d.get("form-action"), ["'self'"]);
    assert.deepEqual(d.get("frame-ancestors"), ["'self'"]);
    assert.deepEqual(d.get("upgrade-insecure-requests"), []);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  });

  it("should hash the UTF-8 bytes of a script as base64 sha256", () => {
    assert.equal(scriptHash("é"), "'sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw='");
  });

  it("should add a comments provider's origins to the directives it needs", () => {
    const d = directives(
      contentSecurityPolicy({
        inlineScripts: [],
        https: false,
        origins: { script: ["https://giscus.app"], frame: ["https://giscus.app"] },
      }),
    );
    assert.deepEqual(d.get("script-src"), ["'self'", "'wasm-unsafe-eval'", "https://giscus.app"]);
    assert.deepEqual(d.get("frame-src"), ["https://giscus.app"]);
    assert.deepEqual(d.get("connect-src"), ["'self'"]);
    assert.equal(d.has("upgrade-insecure-requests"), false, "not for an http site");
  });

  it("should refuse an origin that is not a plain https origin (no header can be smuggled in)", () => {
    for (const bad of [
      "ftp://giscus.app",
      "https://GISCUS.app",
      "https://giscus.app; script-src *",
      "https://giscus.app\nX-Evil: 1",
      "'unsafe-inline'",
      "https://giscus.app/path",
      "*",
    ]) {
      assert.throws(
        () => contentSecurityPolicy({ inlineScripts: [], https: true, origins: { script: [bad] } }),
        /https|Invalid/i,
        bad,
      );
    }
  });

  it("should name every security header once, in a fixed order", () => {
    const names = securityHeaders({ inlineScripts: [], https: true }).map((h) => h.name);
    assert.deepEqual(names, [
      "Content-Security-Policy",
      "X-Content-Type-Options",
      "Referrer-Policy",
      "Strict-Transport-Security",
      "Permissions-Policy",
      "X-Frame-Options",
    ]);
    const byName = new Map(
      securityHeaders({ inlineScripts: [], https: true }).map((h) => [h.name, h.value]),
    );
    assert.equal(byName.get("X-Content-Type-Options"), "nosniff");
    assert.match(byName.get("Strict-Transport-Security")!, /^max-age=\d{8}$/);
  });
});
