// Tests for src/collect/robots.ts: robots.txt with both sitemaps, or a full disallow in preview.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { robotsTxt } from "../../../src/collect/robots.ts";
import { siteContext } from "../../helpers/collect.ts";

describe("robotsTxt", () => {
  it("should allow everything and name both sitemaps by absolute URL under the base path", () => {
    assert.equal(
      robotsTxt(siteContext()),
      [
        "User-agent: *",
        "Allow: /",
        "",
        "Sitemap: https://example.org/news/sitemap.xml",
        "Sitemap: https://example.org/news/news-sitemap.xml",
        "",
      ].join("\n"),
    );
  });

  it("should disallow everything in a preview build", () => {
    const text = robotsTxt(siteContext({}, { preview: true }));
    assert.deepEqual(text.split("\n").slice(0, 3), ["User-agent: *", "Disallow: /", ""]);
    assert.doesNotMatch(text, /^Allow/m);
  });

  it("should name the sitemaps at the root for a site without a base path", () => {
    const text = robotsTxt(siteContext({ baseUrl: "https://news.example.org/" }));
    assert.match(text, /^Sitemap: https:\/\/news\.example\.org\/sitemap\.xml$/m);
    assert.match(text, /^Sitemap: https:\/\/news\.example\.org\/news-sitemap\.xml$/m);
  });
});
