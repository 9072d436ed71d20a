import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { deployModel } from "../../../src/deploy/deploy-model.ts";
import { headersFile } from "../../../src/deploy/headers-file.ts";
import { deployInput } from "./inputs.ts";

/** `_headers` parsed back as Netlify reads it: rules of a path pattern and its headers. */
function parse(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    if (!line.startsWith(" ")) rules.push({ pattern: line, headers: [] });
    else {
      const m = /^ {2}([A-Za-z-]+): (.+)$/.exec(line);
      assert.ok(m, `a header line: ${line}`);
      rules.at(-1)!.headers.push([m[1]!, m[2]!]);
    }
  }
  return rules;
}

/** A pattern as Netlify reads it: `*` any rest, `:name` one segment. */
function regexOf(pattern: string): RegExp {
  const body = pattern
    .split("/")
    .map((s) => (s === "*" ? ".*" : s.startsWith(":") ? "[^/]+" : s.replace(/[.]/g, "\\.")))
    .join("/");
  return new RegExp(`^${body}$`);
}

/** Every header a host sends for `path`: the headers of every matching rule. */
function headersFor(text: string, path: string): [string, string][] {
  return parse(text)
    .filter((r) => regexOf(r.pattern).test(path))
    .flatMap((r) => r.headers);
}

describe("_headers", () => {
  const text = headersFile(deployModel(deployInput()));

  it("should send the security headers on every path", () => {
    for (const p of ["/", "/zh/news/2023/05/yu-gang/", "/assets/site.0123456789ab.css"]) {
      const names = headersFor(text, p).map(([n]) => n);
      for (const h of ["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"])
        assert.equal(names.filter((n) => n === h).length, 1, `${p} ${h}`);
    }
    const csp = headersFor(text, "/").find(([n]) => n === "Content-Security-Policy")![1];
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]{43}='/);
  });

  it("should give a fingerprinted asset one long Cache-Control and a page none (the host's short default)", () => {
    const cache = (p: string) =>
      headersFor(text, p)
        .filter(([n]) => n === "Cache-Control")
        .map(([, v]) => v);
    assert.deepEqual(cache("/assets/site.0123456789ab.css"), [
      "public, max-age=31536000, immutable",
    ]);
    assert.deepEqual(cache("/media/a.3f2a9c1b7d4e.jpg"), ["public, max-age=31536000, immutable"]);
    assert.deepEqual(cache("/pagefind/en/2023/fragment/en_1a2b3c4.pf_fragment"), [
      "public, max-age=31536000, immutable",
    ]);
    assert.deepEqual(cache("/pagefind/pagefind.js"), []);
    assert.deepEqual(cache("/pagefind/en/2023/pagefind-entry.json"), []);
    assert.deepEqual(cache("/news/2023/05/new-slug/"), []);
    assert.deepEqual(cache("/assets/logo.png"), []);
  });

  it("should put the base path on every pattern", () => {
    const rules = parse(headersFile(deployModel(deployInput("https://example.org/news/"))));
    assert.ok(rules.every((r) => r.pattern.startsWith("/news/")));
    assert.equal(rules[0]!.pattern, "/news/*");
  });
});
