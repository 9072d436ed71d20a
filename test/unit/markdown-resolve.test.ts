// URL kinds, target resolution, caption splitting and the nesting pre-scan of the Markdown stage.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitCaption } from "../../src/markdown/figure.ts";
import { findDeepLine } from "../../src/markdown/nesting-prescan.ts";
import { resolveTarget } from "../../src/markdown/resolve.ts";
import { classifyUrl } from "../../src/markdown/url.ts";

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
    ["%6Aavascript:x", "local"],
    ["", "local"],
  ];
  for (const [url, kind] of table) {
    it(`should classify ${JSON.stringify(url)} as ${kind}`, () => {
      assert.equal(classifyUrl(url).kind, kind);
    });
  }
});

describe("resolveTarget", () => {
  const table: [string, string, ReturnType<typeof resolveTarget>][] = [
    [
      "articles/2023/a.md",
      "../media/x.jpg",
      { ok: true, path: "articles/media/x.jpg", query: "", fragment: "" },
    ],
    [
      "articles/2023/a.md",
      "other.md#sec",
      { ok: true, path: "articles/2023/other.md", query: "", fragment: "#sec" },
    ],
    [
      "articles/2023/a.md",
      "./b.md?x=1#y",
      { ok: true, path: "articles/2023/b.md", query: "?x=1", fragment: "#y" },
    ],
    [
      "articles/2023/a.md",
      "/media/x.jpg",
      { ok: true, path: "media/x.jpg", query: "", fragment: "" },
    ],
    [
      "articles/2023/a.md",
      "caf%C3%A9%20noir.md",
      { ok: true, path: "articles/2023/café noir.md", query: "", fragment: "" },
    ],
    ["a.md", "x.md", { ok: true, path: "x.md", query: "", fragment: "" }],
    ["articles/2023/a.md", "../../../x.md", { ok: false, reason: "escape" }],
    ["articles/2023/a.md", "/../x.md", { ok: false, reason: "escape" }],
    ["articles/2023/a.md", "%2e%2e/%2e%2e/%2E%2E/x.md", { ok: false, reason: "escape" }],
    ["articles/2023/a.md", "a%5Cb.md", { ok: false, reason: "escape" }],
    ["articles/2023/a.md", "a%00.md", { ok: false, reason: "escape" }],
    ["articles/2023/a.md", "%E0%A4%A.md", { ok: false, reason: "malformed" }],
  ];
  for (const [source, target, expected] of table) {
    it(`should resolve ${JSON.stringify(target)} from ${source}`, () => {
      assert.deepEqual(resolveTarget(source, target), expected);
    });
  }
});

describe("splitCaption", () => {
  it("should split a caption and a credit at ` © `", () => {
    assert.deepEqual(splitCaption("Delegates arrive © Wang Fang"), {
      caption: "Delegates arrive",
      credit: "Wang Fang",
    });
  });
  it("should keep a title without ` © ` as the caption", () => {
    assert.deepEqual(splitCaption(" The river ©2023 "), { caption: "The river ©2023", credit: "" });
  });
  it("should read a title that starts with `© ` as a credit only", () => {
    assert.deepEqual(splitCaption("© Li Ming"), { caption: "", credit: "Li Ming" });
  });
});

describe("findDeepLine", () => {
  it("should find the first line opening with more than 128 markers", () => {
    assert.deepEqual(findDeepLine("ok\n\n" + "> ".repeat(129) + "x\n" + ">".repeat(500)), {
      line: 3,
      markers: 129,
    });
  });
  it("should count list markers before text", () => {
    assert.deepEqual(findDeepLine("- ".repeat(200) + "x"), { line: 1, markers: 200 });
  });
  it("should pass 128 markers, thematic breaks, fenced and indented code", () => {
    assert.equal(findDeepLine("> ".repeat(128) + "x"), undefined);
    assert.equal(findDeepLine("- ".repeat(1000)), undefined);
    assert.equal(findDeepLine("~~~\n" + ">".repeat(500) + "\n~~~"), undefined);
    assert.equal(findDeepLine("    " + ">".repeat(500)), undefined);
  });
  it("should scan again after a fence closes", () => {
    assert.deepEqual(findDeepLine("```\nx\n```\n" + ">".repeat(200)), { line: 4, markers: 200 });
  });
});
