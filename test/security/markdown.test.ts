// Hostile Markdown bodies through the real CLI: size, nesting, raw HTML and URLs (SECURITY.md rows
// R22, R23, R25, R26). Body line numbers count from the top of the file.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { article } from "../helpers/site.ts";
import {
  assertRefused,
  prepareTree,
  runIn,
  sharedBuild,
  type Expected,
  type Tree,
} from "./harness.ts";

/** The body starts on line 6 of `article()` files (5 front-matter lines + the fence). */
const L = 6;

const URLS: Record<string, string> = {
  plain: "[x](javascript:alert(1))",
  mixed: "[x](JaVaScRiPt:alert(1))",
  entity: "[x](jav&#x61;script:alert(1))",
  colon: "[x](javascript&colon;alert(1))",
  autolink: "<javascript:alert(1)>",
  reference: "[x][r]\n\n[r]: javascript:alert(1)",
  data: "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "data-image": "![x](data:image/svg+xml,<svg/onload=alert(1)>)",
  vbscript: "[x](vbscript:msgbox(1))",
  file: "[x](file:///etc/passwd)",
  "tab-entity": "[x](java&#9;script:alert(1))",
  "newline-entity": "[x](java&#10;script:alert(1))",
  "leading-space": "[x](&#32;javascript:alert(1))",
};

const rows: Record<string, { files: Tree; expected: Expected[] }> = {
  R22: {
    files: { "articles/big.md": article({}, "word ".repeat(130 * 1024) + "\n") },
    expected: [{ file: "articles/big.md", code: "E_TOO_LARGE", line: 1 }],
  },
  R23: {
    files: {
      "articles/quotes.md": article({}, `${"> ".repeat(2000)}deep\n`),
      "articles/lists.md": article({}, `${"- ".repeat(1000)}deep\n`),
      "articles/emphasis.md": article({}, `${"*".repeat(5000)}a${"*".repeat(5000)}\n`),
      "articles/mixed.md": article({}, `Intro.\n\n${"> - ".repeat(600)}deep\n`),
    },
    expected: [
      { file: "articles/quotes.md", code: "E_NESTING", line: L, message: /depth/ },
      { file: "articles/lists.md", code: "E_NESTING", line: L, message: /depth/ },
      // Note: emphasis nests only after parsing, and remark's emphasis pass is slow on 10 KB of `*`:
      // on a loaded machine the render budget (R24) may expire first, so E_TIMEOUT is accepted.
      { file: "articles/emphasis.md", code: ["E_NESTING", "E_TIMEOUT"], line: L },
      { file: "articles/mixed.md", code: "E_NESTING", line: L + 2 },
    ],
  },
  R25: {
    files: {
      "articles/raw.md": article(
        {},
        [
          "<script>alert(1)</script>",
          "",
          '<iframe src="https://evil.example/"></iframe>',
          "",
          "<div>text</div>",
          "",
          'Inline <span onclick="x">html</span> too.',
          "",
          "<!--",
        ].join("\n") + "\n",
      ),
      "articles/comments.md": article({}, "<!--".repeat(20000) + "\n"),
    },
    expected: [
      { file: "articles/raw.md", code: "E_RAW_HTML", line: L },
      { file: "articles/comments.md", code: "E_RAW_HTML", line: L },
    ],
  },
  R26: {
    files: Object.fromEntries(
      Object.entries(URLS).map(([k, md]) => [`articles/url-${k}.md`, article({}, `${md}\n`)]),
    ),
    // A reference definition is reported where it is defined (two lines below the use).
    expected: Object.keys(URLS).map((k) => ({
      file: `articles/url-${k}.md`,
      code: "E_UNSAFE_URL",
      line: k === "reference" ? L + 2 : L,
    })),
  },
};

describe("hostile Markdown bodies", () => {
  const shared = sharedBuild(rows);
  it("R22: should refuse an article over the size cap (E_TOO_LARGE)", () =>
    shared.assertRow("R22"));
  it("R23: should refuse deep nesting from the depth check, never a RangeError or truncation (E_NESTING at its line)", () =>
    shared.assertRow("R23"));
  it("R25: should refuse raw HTML at every occurrence, never drop it silently (E_RAW_HTML)", () => {
    shared.assertRow("R25");
    const lines = shared
      .run()
      .report!.errors.filter((e) => e.file.endsWith("articles/raw.md"))
      .map((e) => e.line);
    for (const l of [L, L + 2, L + 4, L + 6, L + 8])
      assert.ok(lines.includes(l), `line ${l} in ${lines.join(",")}`);
  });
  it("R26: should refuse javascript:, data:, vbscript: and file: URLs in every spelling and form (E_UNSAFE_URL)", () =>
    shared.assertRow("R26"));

  it("R22: should refuse a 50 MB article before parsing, within a small heap (E_TOO_LARGE)", () => {
    const { root } = prepareTree({});
    const big = path.join(root, "content/articles/huge.md");
    fs.mkdirSync(path.dirname(big), { recursive: true });
    const fd = fs.openSync(big, "w");
    const chunk = Buffer.from(article({}, "").padEnd(1024 * 1024, "lorem ipsum "));
    for (let i = 0; i < 50; i++) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    const run = runIn(root, { nodeArgs: ["--max-old-space-size=96"] });
    assertRefused(run, [{ file: "articles/huge.md", code: "E_TOO_LARGE", line: 1 }]);
  });
});
