// Tests for src/publish/output-scan.ts: the facts verify reads from built XML files.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scanXml } from "../../../src/publish/output-scan.ts";

describe("scanXml", () => {
  it("should flag characters XML 1.0 forbids, which the validator lets through", () => {
    const feed = (title: string) =>
      `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title></feed>\n`;
    assert.deepEqual(scanXml(feed("Fine")).findings, []);
    for (const ch of ["\u001b", "\uffff"]) {
      const codes = scanXml(feed(`Bad${ch}`)).findings.map((f) => f.code);
      assert.deepEqual(codes, ["E_XML_INVALID"]);
    }
  });
});
