// Tests for src/cli/github-annotations.ts: GitHub's escaping, so no file name or message can split
// an annotation line or forge another one.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotation, escapeData, escapeProperty } from "../../../src/cli/github-annotations.ts";
import type { ContentError } from "../../../src/content/errors.ts";

/** What the GitHub runner does to a property value (the reverse of `escapeProperty`). */
function unescapeProperty(v: string): string {
  return v
    .replace(/%0D/g, "\r")
    .replace(/%0A/g, "\n")
    .replace(/%3A/g, ":")
    .replace(/%2C/g, ",")
    .replace(/%25/g, "%");
}

const base: ContentError = {
  file: "content/articles/a.md",
  line: 3,
  col: 7,
  code: "E_DATE_INVALID",
  message: 'date "2023-02-30" is not a real day',
  hint: "use YYYY-MM-DD",
};

describe("github annotations", () => {
  it("should write one ::error line with file, line, col and the code as title", () => {
    assert.equal(
      annotation(base),
      '::error file=content/articles/a.md,line=3,col=7,title=E_DATE_INVALID::date "2023-02-30" is not a real day%0Ahint: use YYYY-MM-DD',
    );
  });

  it("should write ::warning for W_ codes", () => {
    assert.match(annotation({ ...base, code: "W_IGNORED" }), /^::warning file=/);
  });

  it("should escape %, CR and LF in messages as GitHub does", () => {
    assert.equal(escapeData("100%\r\n::warning::x"), "100%25%0D%0A::warning::x");
  });

  it("should also escape : and , in property values", () => {
    assert.equal(escapeProperty("a,b:c%"), "a%2Cb%3Ac%25");
  });

  it("should spell out other controls, line separators and bidi overrides", () => {
    assert.equal(
      escapeData("a\u001b[31mb\u0085c\u2028d\u202Ee\u0000"),
      "a\\u001b[31mb\\u0085c\\u2028d\\u202ee\\u0000",
    );
  });

  it("should keep a hostile file name and message on one line, its properties as written", () => {
    const file = "content/articles/x\n::error file=forged.md,line=1::y,title=Z.md";
    const line = annotation({
      ...base,
      file,
      message: "bad\r\n::warning::x\u2029::notice::y",
      code: "E_X,title=forged",
    });
    assert.equal(line.split(/[\n\r\u2028\u2029\u0085]/).length, 1);
    const m = /^::error ([^:]*)::(.*)$/.exec(line);
    assert.ok(m, line);
    const props = new Map(
      m[1]!.split(",").map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)]),
    );
    assert.deepEqual([...props.keys()], ["file", "line", "col", "title"]);
    assert.equal(unescapeProperty(props.get("file")!), file);
    assert.equal(unescapeProperty(props.get("title")!), "E_X,title=forged");
    assert.equal(m[2], "bad%0D%0A::warning::x\\u2029::notice::y%0Ahint: use YYYY-MM-DD");
  });
});
