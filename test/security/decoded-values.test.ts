// Characters no text may hold, arriving through YAML escapes after the byte check ("\uFFFE", "\e"),
// are refused at the field that holds them, with its line and column: never late, never as our bug.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { article } from "../helpers/site.ts";
import { assertRefused, displayPath, hostileBuild, type Expected } from "./harness.ts";

/** One hostile value: the file, the text, and where (line:col) and what the error must say. */
const CASES: { file: string; text: string; at: [number, number]; what: RegExp }[] = [
  {
    file: "articles/fffe.md",
    text: article({ summary: '"calm \\uFFFE seas"' }),
    at: [5, 10],
    what: /^summary contains the character U\+FFFE/,
  },
  {
    file: "articles/surrogate.md",
    text: article({ title: '"half \\uD800 a pair"' }),
    at: [2, 8],
    what: /^title contains the character U\+D800/,
  },
  {
    file: "articles/alt.md",
    text: article({ image: '{ src: ../media/x.jpg, alt: "next\\x85line" }' }),
    at: [5, 36],
    what: /^image\.alt contains a control character \(U\+0085\)/,
  },
  {
    file: "articles/key.md",
    text: article({ '"k\\e"': "1" }),
    at: [5, 1],
    what: /^key "k\p{Cc}" contains a control character \(U\+001B\)/u,
  },
  {
    file: "articles/cr.md",
    text: article({ summary: '"over\\rwrite"' }),
    at: [5, 10],
    what: /^summary contains a control character \(U\+000D\)/,
  },
  {
    file: "authors.yaml",
    text: 'li:\n  name: "Li"\n  bio: "x\\uFFFF"\n',
    at: [3, 8],
    what: /^li\.bio contains the character U\+FFFF/,
  },
  {
    file: "tags.yaml",
    text: 'Flood:\n  label: { en: "Fl\\eood", zh: 洪水 }\n',
    at: [2, 16],
    what: /^Flood\.label\.en contains a control character \(U\+001B\)/,
  },
];

describe("class 7: decoded values checked at the field", () => {
  const run = hostileBuild(Object.fromEntries(CASES.map((c) => [c.file, c.text])));

  it("should refuse each decoded forbidden character as E_FM_TYPE at its field", () => {
    const expected: Expected[] = CASES.map((c) => ({
      file: c.file,
      code: "E_FM_TYPE",
      line: c.at[0],
    }));
    assertRefused(run, expected);
    for (const c of CASES) {
      const errors = run.report!.errors.filter((e) => e.file === displayPath(run, c.file));
      assert.deepEqual(
        errors.map((e) => [e.line, e.col]),
        [c.at],
        `${c.file}: ${JSON.stringify(errors)}`,
      );
      assert.match(errors[0]!.message, c.what);
      assert.match(errors[0]!.hint, /escape/);
    }
  });

  it("should never fail late in the output or blame Broadsheet (a tree that is otherwise good)", () => {
    const alone = hostileBuild({ "articles/fffe.md": CASES[0]!.text });
    assertRefused(alone, [{ file: "articles/fffe.md", code: "E_FM_TYPE", line: 5 }]);
    assert.doesNotMatch(JSON.stringify(alone.report), /E_XML_INVALID|this is a bug/);
    assert.doesNotMatch(alone.stderr, /E_INTERNAL/);
  });
});
