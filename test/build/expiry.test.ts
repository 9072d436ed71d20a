// Expiry: once `expires` passes, the article's page, feed entries, sitemap URL and tag
// entries are gone, and the tree equals a build without it.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { runCli, tempDir, treeHash, writeTree } from "../helpers/cli.ts";
import { filesContaining } from "../helpers/output.ts";
import { article, siteYaml } from "../helpers/site.ts";

function build(files: Record<string, string>, now: string): string {
  const content = path.join(tempDir(), "content");
  writeTree(content, { "site.yaml": siteYaml(), ...files });
  const out = path.join(tempDir(), "dist");
  const r = runCli(["build", "--content", content, "--out", out, "--now", now, "--quiet"]);
  assert.equal(r.status, 0, r.stderr);
  return out;
}

describe("expiry", () => {
  it("should unpublish an article after `expires`: no page, feed, sitemap or tag entry", () => {
    const keep = { "articles/en/a.md": article({ title: '"Stays"', tags: '["Roads"]' }) };
    const offer = {
      "articles/en/offer.md": article({
        title: '"Limited ferry offer"',
        slug: "limited-ferry-offer",
        tags: '["Roads", "Ferries"]',
        expires: "2023-06-01 00:00",
      }),
    };
    const before = build({ ...keep, ...offer }, "2023-05-31 23:59");
    assert.ok(filesContaining(before, "limited-ferry-offer").length > 0, "published before expiry");
    const after = build({ ...keep, ...offer }, "2023-06-01 00:00");
    assert.deepEqual(filesContaining(after, "limited-ferry-offer"), []);
    assert.deepEqual(filesContaining(after, "Limited ferry offer"), []);
    assert.equal(treeHash(after), treeHash(build(keep, "2023-06-01 00:00")));
  });
});
