import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { bucketKey, readEntry, writeEntry } from "../../../src/search/bucket-cache.ts";

const FILES = [
  { path: "pagefind-entry.json", bytes: new TextEncoder().encode('{"version":"1.6.0"}') },
  { path: "fragment/en_1.pf_fragment", bytes: new Uint8Array([31, 139, 8, 0, 1, 2, 3]) },
];

describe("bucket cache", () => {
  it("should read back what it wrote, byte for byte", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "search-cache-"));
    const bytes = writeEntry(dir, "k1", FILES);
    assert.equal(bytes, fs.statSync(path.join(dir, "search", "k1.bin")).size, "its bytes, told");
    const got = readEntry(dir, "k1")!;
    assert.deepEqual(
      got.map((f) => [f.path, Buffer.from(f.bytes).toString("hex")]),
      FILES.map((f) => [f.path, Buffer.from(f.bytes).toString("hex")]),
    );
    assert.equal(readEntry(dir, "missing"), undefined);
  });

  it("should refuse a damaged or truncated entry (it is indexed again)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "search-cache-"));
    writeEntry(dir, "k2", FILES);
    const file = path.join(dir, "search", "k2.bin");
    const bytes = fs.readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1);
    fs.writeFileSync(file, bytes);
    assert.equal(readEntry(dir, "k2"), undefined);
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 3));
    assert.equal(readEntry(dir, "k2"), undefined);
    fs.writeFileSync(file, "not json\n");
    assert.equal(readEntry(dir, "k2"), undefined);
  });

  it("should key a bucket by its records and the Pagefind version", () => {
    const a = bucketKey("1.6.0", [{ url: "/a/" }]);
    assert.equal(a, bucketKey("1.6.0", [{ url: "/a/" }]));
    assert.notEqual(a, bucketKey("1.6.1", [{ url: "/a/" }]));
    assert.notEqual(a, bucketKey("1.6.0", [{ url: "/b/" }]));
  });
});
