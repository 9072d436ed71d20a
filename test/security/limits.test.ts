// Output that could grow with the square of an article's tags or authors: at most 50 tags and 20
// authors per article (located errors with hints), no direction-flipping characters in tags, and
// a total output budget whose error names the largest contributors.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { article } from "../helpers/site.ts";
import { assertBuilt, assertRefused, assertUntouched, hostileBuild } from "./harness.ts";

const list = (n: number, name: (i: number) => string): string =>
  `[${Array.from({ length: n }, (_, i) => JSON.stringify(name(i))).join(", ")}]`;

describe("limits on what one article adds to the output", () => {
  it("should refuse 51 tags (E_TAG_LIMIT at the 51st, with a hint) and build 50", () => {
    const run = hostileBuild({
      "articles/many-tags.md": article({ tags: list(51, (i) => `Topic ${i}`) }),
    });
    assertRefused(run, [
      { file: "articles/many-tags.md", code: "E_TAG_LIMIT", line: 5, message: /51 tags.*50/ },
    ]);
    const err = run.report!.errors[0]!;
    assert.ok(err.col > 400, `located at the 51st tag, not the key: col ${err.col}`);
    assert.match(err.hint, /every tag adds a page and a feed/);
    assertBuilt(hostileBuild({ "articles/fifty.md": article({ tags: list(50, (i) => `T${i}`) }) }));
  });

  it("should refuse 21 authors (E_AUTHOR_LIMIT, with a hint); 5,000 tags fail fast, nothing written", () => {
    const run = hostileBuild({
      "articles/many-authors.md": article({ authors: list(21, (i) => `Writer ${i}`) }),
      "articles/huge.md": article({ tags: list(5000, (i) => `Tag ${i}`) }),
    });
    assertRefused(run, [
      { file: "articles/many-authors.md", code: "E_AUTHOR_LIMIT", line: 5, message: /21 authors/ },
      { file: "articles/huge.md", code: "E_TAG_LIMIT", line: 5, message: /5000 tags/ },
    ]);
  });

  it("should refuse bidirectional override and isolate characters in a tag (E_TAG_INVALID)", () => {
    const run = hostileBuild({
      "articles/rlo.md": article({ tags: '["safe", "evil\\u202Etxt.exe"]' }),
      "articles/isolate.md": article({ tags: '["\\u2066flipped\\u2069"]' }),
    });
    assertRefused(run, [
      { file: "articles/rlo.md", code: "E_TAG_INVALID", line: 5, message: /bidirectional/ },
      { file: "articles/isolate.md", code: "E_TAG_INVALID", line: 5, message: /bidirectional/ },
    ]);
  });

  it("should refuse an output over its budget (E_OUTPUT_BUDGET) naming the largest contributors", () => {
    const tags = list(50, (i) => `Subject ${i}`);
    const files = {
      "articles/wide.md": article({ title: '"Wide"', tags }, "A long body. ".repeat(2000) + "\n"),
      "articles/small.md": article({ title: '"Small"', tags: '["One"]' }),
    };
    const env = {
      BROADSHEET_OUTPUT_BUDGET_MB: "0.25",
      BROADSHEET_OUTPUT_BUDGET_PER_ARTICLE_KB: "10",
    };
    const run = hostileBuild(files, { env });
    assertRefused(run, [{ file: "articles/wide.md", code: "E_OUTPUT_BUDGET" }]);
    const err = run.report!.errors[0]!;
    assert.match(err.message, /over its budget of 276\.0 KB \(10\.0 KB per published article/);
    assert.match(err.message, /largest: .*articles\/wide\.md \d/);
    assert.match(err.message, /tag lists and feeds \d/);
    assert.match(err.hint, /BROADSHEET_OUTPUT_BUDGET_MB/);
    assertUntouched(run);
    // The default budget (200 KB per article + 50 MB) takes the same tree.
    assertBuilt(hostileBuild(files));
  });
});
