import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  ASSET_NAMES,
  FINGERPRINTED_ASSETS,
  fingerprintedName,
  PLAIN_ASSET_FILES,
} from "../../../src/collect/assets.ts";

describe("site assets", () => {
  it("should put the first 12 hex digits of the hash before the extension", () => {
    const hash = "943c6823c3b3d1e2f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7";
    assert.equal(fingerprintedName("site.css", hash), "site.943c6823c3b3.css");
    assert.equal(fingerprintedName("favicon.svg", hash), "favicon.943c6823c3b3.svg");
    assert.equal(fingerprintedName("LICENSE", hash), "LICENSE.943c6823c3b3");
  });

  it("should fingerprint only declared assets, and keep the JSON-LD logo's name", () => {
    assert.ok(FINGERPRINTED_ASSETS.every((n) => ASSET_NAMES.includes(n)));
    assert.ok(!FINGERPRINTED_ASSETS.includes("logo.png"));
    assert.equal(PLAIN_ASSET_FILES["site.css"], "site.css");
  });
});
