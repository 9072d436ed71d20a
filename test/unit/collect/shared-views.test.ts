// Tests for src/collect/shared-views.ts: a shared view stands in by its digest in JSON (once made,
// nested ones too) and is otherwise the plain object it was.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { sharedDigest, sharedView } from "../../../src/collect/shared-views.ts";

const card = (title: string) => sharedView({ href: "/a/", title, image: { src: "/m.jpg" } });

describe("sharedView", () => {
  it("should stand in by the digest of its own JSON in any JSON.stringify", () => {
    const c = card("Signal 8");
    const own = JSON.stringify({ href: "/a/", title: "Signal 8", image: { src: "/m.jpg" } });
    const digest = `\0view:${createHash("sha256").update(own).digest("hex")}`;
    assert.equal(sharedDigest(c), digest);
    assert.equal(JSON.stringify({ items: [c] }), JSON.stringify({ items: [digest] }));
  });

  it("should digest by content: the same fields the same, any change another", () => {
    assert.equal(JSON.stringify(card("Signal 8")), JSON.stringify(card("Signal 8")));
    assert.notEqual(JSON.stringify(card("Signal 8")), JSON.stringify(card("Signal 9")));
  });

  it("should digest a shared array, with the shared views in it by their digests", () => {
    const list = (title: string) => sharedView([card(title), { note: "plain" }]);
    const a = sharedDigest(list("Signal 8"));
    assert.match(a, /^\0view:[0-9a-f]{64}$/);
    assert.equal(sharedDigest(list("Signal 8")), a);
    assert.notEqual(sharedDigest(list("Signal 9")), a);
  });

  it("should leave the view as it was for templates, spreads and equality", () => {
    const c = card("Signal 8");
    assert.deepEqual(Object.keys(c), ["href", "title", "image"]);
    assert.deepEqual({ ...c }, { href: "/a/", title: "Signal 8", image: { src: "/m.jpg" } });
    assert.deepEqual(c, { href: "/a/", title: "Signal 8", image: { src: "/m.jpg" } });
  });
});
