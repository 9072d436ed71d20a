import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { deployModel } from "../../../src/deploy/deploy-model.ts";
import { literalSource, vercelJson } from "../../../src/deploy/vercel-json.ts";
import { deployInput } from "./inputs.ts";

interface VercelConfig {
  headers: { source: string; headers: { key: string; value: string }[] }[];
  redirects: { source: string; destination: string; permanent: boolean }[];
}

describe("vercel.json", () => {
  const text = vercelJson(deployModel(deployInput()));
  const config = JSON.parse(text) as VercelConfig;

  it("should send the same security headers on every path", () => {
    const all = config.headers[0]!;
    assert.equal(all.source, "/(.*)");
    assert.deepEqual(
      all.headers.map((h) => h.key),
      [
        "Content-Security-Policy",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Strict-Transport-Security",
        "Permissions-Policy",
        "X-Frame-Options",
      ],
    );
  });

  it("should cache the fingerprinted stylesheet and media for a year", () => {
    const cacheOf = (source: string) =>
      config.headers.find((h) => h.source === source)?.headers[0]?.value;
    assert.equal(cacheOf("/assets/site.0123456789ab.css"), "public, max-age=31536000, immutable");
    assert.equal(cacheOf("/media/(.*)"), "public, max-age=31536000, immutable");
    assert.equal(
      cacheOf("/pagefind/:lang/:bucket/fragment/(.*)"),
      "public, max-age=31536000, immutable",
      "placeholders stay parameters",
    );
  });

  it("should redirect each moved URL permanently (encoded), sorted", () => {
    assert.deepEqual(config.redirects, [
      {
        source: "/news/2023/05/old-slug/",
        destination: "/news/2023/05/new-slug/",
        permanent: true,
      },
      {
        source: "/zh/news/2023/05/%E6%B8%9D%E6%B8%AF/",
        destination: "/zh/news/2023/05/yu-gang/",
        permanent: true,
      },
    ]);
    assert.ok(text.endsWith("}\n"));
  });

  it("should escape path-to-regexp syntax in literal paths", () => {
    assert.equal(literalSource("/a(b)/c*:d/"), "/a\\(b\\)/c\\*\\:d/");
  });
});
