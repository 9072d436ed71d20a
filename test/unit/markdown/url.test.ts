// Tests for src/markdown/url.ts: the kind of each link or image URL.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classifyUrl } from "../../../src/markdown/url.ts";

describe("classifyUrl", () => {
  const table: [string, string][] = [
    ["https://example.com/", "external"],
    ["HTTP://example.com/", "external"],
    ["mailto:desk@example.com", "external"],
    ["javascript:alert(1)", "unsafe"],
    ["JaVaScRiPt:alert(1)", "unsafe"],
    ["java\tscript:alert(1)", "unsafe"],
    ["java\nscript:alert(1)", "unsafe"],
    ["\u0001 javascript:alert(1)", "unsafe"],
    ["data:text/html,x", "unsafe"],
    ["vbscript:x", "unsafe"],
    ["file:///etc/passwd", "unsafe"],
    ["C:\\Windows", "unsafe"],
    ["#section", "fragment"],
    ["//evil.example/x.png", "network"],
    ["\\\\evil.example/x.png", "network"],
    ["../media/x.jpg", "local"],
    ["/articles/a.md", "local"],
    ["other.md?x=1#y", "local"],
    ["%6Aavascript:x", "unsafe"],
    ["%6A%61vascript:alert(1)", "unsafe"],
    ["%256A%2561vascript:alert(1)", "unsafe"],
    ["java%09script:alert(1)", "unsafe"],
    ["%68ttps://example.com/", "local"],
    ["a%20b.md", "local"],
    ["%zz", "local"],
    ["", "local"],
  ];
  for (const [url, kind] of table) {
    it(`should classify ${JSON.stringify(url)} as ${kind}`, () => {
      assert.equal(classifyUrl(url).kind, kind);
    });
  }
});
