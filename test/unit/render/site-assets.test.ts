import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { ASSET_NAMES, FINGERPRINTED_ASSETS } from "../../../src/collect/assets.ts";
import { readSiteAssets } from "../../../src/render/site-assets.ts";
import { tempDir, writeTree } from "../../helpers/cli.ts";

const sha12 = (b: Uint8Array | string) => createHash("sha256").update(b).digest("hex").slice(0, 12);

/** A code root whose `layouts/assets/` holds every declared asset (its text: its name). */
function tree(css: Record<string, string>, extra: Record<string, string> = {}): string {
  const root = tempDir();
  const assets = ASSET_NAMES.filter((n) => n !== "site.css").map((n) => [`layouts/assets/${n}`, n]);
  writeTree(root, {
    ...Object.fromEntries(assets),
    ...Object.fromEntries(Object.entries(css).map(([n, t]) => [`layouts/styles/${n}`, t])),
    ...extra,
  });
  return root;
}

/** `site.css` → `site.<hash>.css`. */
const hashed = (name: string, bytes: string) => name.replace(/(\.[a-z]+)$/, `.${sha12(bytes)}$1`);

describe("site assets", () => {
  it("should name the joined stylesheet and every fingerprinted asset by the sha256 of its bytes", async () => {
    const a = await readSiteAssets(tree({ "2-b.css": "b{}", "1-a.css": "a{}", "notes.txt": "x" }));
    for (const name of ASSET_NAMES) {
      const bytes = name === "site.css" ? "a{}b{}" : name;
      const file = FINGERPRINTED_ASSETS.includes(name) ? hashed(name, bytes) : name;
      assert.equal(a.files[name], file, name);
      assert.equal(Buffer.from(a.bytes.get(file)!).toString(), bytes, name);
    }
    assert.equal(a.files["logo.png"], "logo.png", "the JSON-LD logo keeps its URL");
    assert.deepEqual([...a.bytes.keys()].sort(), Object.values(a.files).sort());
  });

  it("should rename the stylesheet when one rule changes", async () => {
    const before = await readSiteAssets(tree({ "1-a.css": "a{}" }));
    const after = await readSiteAssets(tree({ "1-a.css": "a{color:red}" }));
    assert.notEqual(before.files["site.css"], after.files["site.css"]);
    assert.equal(before.files["favicon.svg"], after.files["favicon.svg"]);
  });

  it("should refuse an asset file the collision check never saw", async () => {
    const root = tree({ "1-a.css": "a{}" }, { "layouts/assets/evil.js": "x" });
    await assert.rejects(readSiteAssets(root), /evil\.js not in ASSET_NAMES/);
  });
});
