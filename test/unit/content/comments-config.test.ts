// Tests for src/content/comments-config.ts: the comments provider block of site.yaml and its origins.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { commentsScript } from "../../../src/collect/comments-embed.ts";
import { commentsOrigins, cspOrigins } from "../../../src/content/comments-config.ts";
import type { ContentError } from "../../../src/content/errors.ts";
import { parseSiteConfig } from "../../../src/content/site-config.ts";
import { MINIMAL_SITE_YAML, sourceFile } from "../../helpers/content.ts";

function parse(extra: string) {
  return parseSiteConfig(sourceFile("site.yaml", `${MINIMAL_SITE_YAML}\n${extra}`));
}

function errors(extra: string): string[] {
  const r = parse(extra);
  assert.equal(r.ok, false, "expected site.yaml to fail");
  return r.ok ? [] : r.errors.map((e: ContentError) => `${e.line}:${e.col} ${e.code} ${e.message}`);
}

const GISCUS = [
  "comments:",
  "  provider: giscus",
  "  repo: mountain-city/comments",
  "  repoId: R_kgDOabc123",
  "  category: Announcements",
  "  categoryId: DIC_kwDOabc123",
].join("\n");

describe("comments in site.yaml", () => {
  it("should read a giscus block and give its origins for the CSP", () => {
    const r = parse(GISCUS);
    assert.ok(r.ok, JSON.stringify(r));
    const c = r.config.comments!;
    assert.deepEqual(c, {
      provider: "giscus",
      repo: "mountain-city/comments",
      repoId: "R_kgDOabc123",
      category: "Announcements",
      categoryId: "DIC_kwDOabc123",
    });
    assert.deepEqual(commentsOrigins(c), {
      name: "giscus",
      scriptSrc: ["https://giscus.app"],
      frameSrc: ["https://giscus.app"],
      connectSrc: [],
    });
    assert.equal(commentsScript(c), "https://giscus.app/client.js");
    assert.deepEqual(cspOrigins(c), {
      script: ["https://giscus.app"],
      frame: ["https://giscus.app"],
      connect: [],
    });
  });

  it("should read Remark42 and Coral on their own hosts", () => {
    const remark = parse(
      "comments: { provider: remark42, host: https://comments.example.org/x, siteId: remark }",
    );
    assert.ok(remark.ok);
    assert.deepEqual(commentsOrigins(remark.config.comments!), {
      name: "Remark42",
      scriptSrc: ["https://comments.example.org"],
      frameSrc: ["https://comments.example.org"],
      connectSrc: ["https://comments.example.org"],
    });
    assert.equal(
      commentsScript(remark.config.comments!),
      "https://comments.example.org/web/embed.js",
    );
    const coral = parse("comments: { provider: coral, host: https://coral.example.org }");
    assert.ok(coral.ok);
    assert.equal(commentsOrigins(coral.config.comments!).name, "Coral");
  });

  it("should leave comments out when the block is absent", () => {
    const r = parse("");
    assert.ok(r.ok);
    assert.equal(r.config.comments, undefined);
  });

  it("should locate a bad provider, a bad repo, a missing id and an unknown key", () => {
    assert.match(errors("comments: { provider: disqus }").join("\n"), /^7:\d+ E_/m);
    assert.deepEqual(errors(GISCUS.replace("mountain-city/comments", "not a repo")), [
      '9:9 E_FM_TYPE comments.repo "not a repo" is not a GitHub repository',
    ]);
    assert.match(errors(GISCUS.replace(/\n {2}categoryId.*$/, "")).join("\n"), /categoryId/);
    assert.match(errors(`${GISCUS}\n  theme: dark`).join("\n"), /^13:3 .*theme/m);
    assert.match(
      errors("comments: { provider: coral, host: javascript:alert(1) }").join("\n"),
      /^7:\d+ E_/m,
    );
  });

  it("should read featuredHours as a whole number of hours", () => {
    const r = parse("featuredHours: 24");
    assert.ok(r.ok);
    assert.equal(r.config.featuredHours, 24);
    assert.deepEqual(errors("featuredHours: 0"), [
      '7:16 E_FM_TYPE featuredHours "0" is not a whole number from 1 to 8760',
    ]);
  });
});
