// Hostile front matter through the real CLI (SECURITY.md rows R1–R9). The rows share
// one content tree and one build (each row's files and codes are its own); site.yaml gets its own.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, describe, it } from "node:test";
import { article } from "../helpers/site.ts";
import { assertRefused, hostileBuild, sharedBuild, type Expected, type Tree } from "./harness.ts";

const BODY = "A paragraph of news.\n";
const fm = (lines: string): string =>
  `---\ntitle: "x"\ndate: 2023-05-13\nsection: news\n${lines}\n---\n${BODY}`;

const OPENERS = [
  "---js",
  "---javascript",
  "---JS",
  "--- js",
  "---json",
  "---coffee",
  "---constructor",
  "---toString",
];
const markerDir = fs.mkdtempSync(path.join(fs.realpathSync("/tmp"), "broadsheet-marker-"));
const markers = OPENERS.map((_, i) => path.join(markerDir, `pwned-${i}`));

function r1(): Tree {
  return Object.fromEntries(
    OPENERS.map((opener, i) => {
      const payload = `require("fs").writeFileSync(${JSON.stringify(markers[i])}, "x")`;
      const text = opener.includes("json")
        ? `${opener}\n{"title": "x", "date": "2023-05-13", "section": "news"}\n---\n${BODY}`
        : `${opener}\nmodule.exports = { title: ${payload}, date: ${payload}, section: "news" }\n---\n${BODY}`;
      return [`articles/lang-${i}.md`, text];
    }),
  );
}

const LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
  "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
  "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
  "e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
].join("\n");
const DEEP =
  "image:\n" +
  Array.from({ length: 10 }, (_, i) => `${"  ".repeat(i + 1)}k${i}:`).join("\n") +
  " v";
const UNKNOWN = [
  "tittle",
  "permalink",
  "layout",
  "templateEngineOverride",
  "eleventyComputed",
  "pagination",
];
const TITLES = {
  mapping: "{ a: 1 }",
  list: "[a, b]",
  empty: '""',
  long: `"${"x".repeat(301)}"`,
  control: '"bell \\u0007 here"',
};
const BROKEN_YAML = `---\ntitle: "x"\ndate: 2023-05-13\nsection: news\ntags: [a, b\n---\n${BODY}`;

const rows: Record<string, { files: Tree; expected: Expected[] }> = {
  R1: {
    files: r1(),
    expected: OPENERS.map((_, i) => ({
      file: `articles/lang-${i}.md`,
      code: "E_FM_LANG",
      line: 1,
      message: /not allowed \(YAML only\)/,
    })),
  },
  R2: {
    files: { "articles/same-1.md": BROKEN_YAML, "articles/same-2.md": BROKEN_YAML },
    expected: [
      { file: "articles/same-1.md", code: "E_YAML_SYNTAX" },
      { file: "articles/same-2.md", code: "E_YAML_SYNTAX" },
    ],
  },
  R3: {
    files: {
      "articles/one-line.md": "---\ntitle: x\n",
      "articles/blank-lines.md": "---\ntitle: x\ndate: 2023-05-13\n\nsection: news\n\nBody text\n",
    },
    expected: [
      { file: "articles/one-line.md", code: "E_FM_UNCLOSED", line: 1 },
      { file: "articles/blank-lines.md", code: "E_FM_UNCLOSED", line: 1 },
    ],
  },
  R4: {
    files: {
      "articles/four-dashes.md": `----\ntitle: x\n----\n${BODY}`,
      "articles/none.md": `# Just a heading\n\n${BODY}`,
      "articles/empty.md": "",
      "articles/word.md": `--- x\ntitle: x\n---\n${BODY}`,
    },
    expected: [
      { file: "articles/four-dashes.md", code: "E_FM_MISSING", line: 1 },
      { file: "articles/none.md", code: "E_FM_MISSING", line: 1 },
      { file: "articles/empty.md", code: "E_FM_MISSING", line: 1 },
      { file: "articles/word.md", code: "E_FM_LANG", line: 1 },
    ],
  },
  R5: {
    files: {
      "articles/scalar.md": `---\njust a string\n---\n${BODY}`,
      "articles/list.md": `---\n- title\n- date\n---\n${BODY}`,
      "articles/empty-fm.md": `---\n---\n${BODY}`,
    },
    expected: [
      { file: "articles/scalar.md", code: "E_FM_NOT_MAPPING", line: 2 },
      { file: "articles/list.md", code: "E_FM_NOT_MAPPING", line: 2 },
      // All field errors of a file come together: title and date are both missing.
      {
        file: "articles/empty-fm.md",
        code: ["E_FM_REQUIRED", "E_DATE_REQUIRED"],
        message: /title/,
      },
    ],
  },
  R6: {
    files: {
      "articles/dup.md": fm('title: "again"'),
      "articles/tab.md": fm("image:\n\tsrc: x.jpg"),
      "articles/laughs.md": fm(LAUGHS),
      "articles/deep.md": fm(DEEP),
      "articles/big.md": fm(`summary: "${"x".repeat(70 * 1024)}"`),
    },
    expected: [
      { file: "articles/dup.md", code: "E_YAML_DUP_KEY", line: 5 },
      { file: "articles/tab.md", code: "E_YAML_TAB", line: 6 },
      { file: "articles/laughs.md", code: "E_YAML_ALIAS", line: 5 },
      { file: "articles/deep.md", code: "E_YAML_DEPTH" },
      { file: "articles/big.md", code: "E_YAML_SIZE", line: 2 },
    ],
  },
  R7: {
    files: {
      "articles/proto.md": fm("__proto__: { polluted: yes }"),
      "articles/nested-proto.md": fm("image: { src: x.jpg, __proto__: { polluted: yes } }"),
      "articles/constructor.md": fm("constructor: { prototype: { polluted: yes } }"),
      "articles/prototype.md": fm("corrections: [{ prototype: { polluted: yes } }]"),
      "articles/quoted.md": fm('"__proto__": { polluted: yes }'),
      "authors.yaml": "li-wei: { name: Li Wei }\n__proto__: { polluted: yes }\n",
    },
    expected: [
      { file: "articles/proto.md", code: "E_FM_FORBIDDEN_KEY", line: 5 },
      { file: "articles/nested-proto.md", code: "E_FM_FORBIDDEN_KEY", line: 5 },
      { file: "articles/constructor.md", code: "E_FM_FORBIDDEN_KEY", line: 5 },
      { file: "articles/prototype.md", code: "E_FM_FORBIDDEN_KEY", line: 5 },
      { file: "articles/quoted.md", code: "E_FM_FORBIDDEN_KEY", line: 5 },
      { file: "authors.yaml", code: "E_FM_FORBIDDEN_KEY", line: 2 },
    ],
  },
  R8: {
    files: Object.fromEntries(
      UNKNOWN.map((k) => [`articles/key-${k.toLowerCase()}.md`, article({ [k]: "../../../x" })]),
    ),
    expected: UNKNOWN.map((k) => ({
      file: `articles/key-${k.toLowerCase()}.md`,
      code: "E_FM_UNKNOWN_KEY",
      line: 5,
      message: k === "tittle" ? /did you mean "title"/ : new RegExp(k),
    })),
  },
  R9: {
    files: Object.fromEntries(
      Object.entries(TITLES).map(([k, t]) => [`articles/title-${k}.md`, article({ title: t })]),
    ),
    expected: Object.keys(TITLES).map((k) => ({
      file: `articles/title-${k}.md`,
      code: "E_FM_TYPE",
      line: 2,
      message: /title/,
    })),
  },
};

describe("hostile front matter (one tree, one real build)", () => {
  const shared = sharedBuild(rows);
  after(() => fs.rmSync(markerDir, { recursive: true, force: true }));

  it("R1: should refuse every non-YAML front-matter language with E_FM_LANG and run no payload", () => {
    shared.assertRow("R1");
    for (const m of markers) assert.equal(fs.existsSync(m), false, `${m}: a payload ran`);
  });
  it("R2: should fail both of two identical invalid files (no cached or shared parse)", () =>
    shared.assertRow("R2"));
  it("R3: should refuse an opening --- with no closing one (E_FM_UNCLOSED), never an empty page", () =>
    shared.assertRow("R3"));
  it("R4: should refuse ----, no front matter and an empty file (E_FM_MISSING), and --- x (E_FM_LANG)", () =>
    shared.assertRow("R4"));
  it("R5: should refuse front matter that is a scalar or a list (E_FM_NOT_MAPPING) or empty (E_FM_REQUIRED)", () =>
    shared.assertRow("R5"));
  it("R6: should refuse duplicate keys, tabs, aliases, deep nesting and huge front matter (E_YAML_*)", () =>
    shared.assertRow("R6"));
  it("R7: should refuse __proto__, constructor and prototype at any depth (E_FM_FORBIDDEN_KEY), prototypes clean", () =>
    shared.assertRow("R7"));
  it("R8: should refuse unknown keys, Eleventy's included (E_FM_UNKNOWN_KEY, did-you-mean hint)", () =>
    shared.assertRow("R8"));
  it("R9: should refuse a mapping, list, empty, over-long or control-char title (E_FM_TYPE title)", () =>
    shared.assertRow("R9"));

  it("R7: should refuse __proto__ in site.yaml (E_FM_FORBIDDEN_KEY) and leave Object.prototype clean", () => {
    const run = hostileBuild(
      {},
      {
        site: `title: "T"\nbaseUrl: https://news.example.org/\ntimeZone: Asia/Shanghai\nlanguages: [en]\nsections:\n  - { id: news, title: News, __proto__: { polluted: yes } }\n`,
      },
    );
    assertRefused(run, [{ file: "site.yaml", code: "E_FM_FORBIDDEN_KEY", line: 6 }]);
  });
});
