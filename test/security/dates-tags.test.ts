// Hostile dates, tags and slugs through the real CLI (SECURITY.md rows R10–R15).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { treeHash } from "../helpers/cli.ts";
import { html, textOf } from "../helpers/output.ts";
import { article, siteYaml } from "../helpers/site.ts";
import {
  assertBuilt,
  assertUntouched,
  displayPath,
  filesBelow,
  hostileBuild,
  sharedBuild,
  type Expected,
  type HostileRun,
  type Tree,
} from "./harness.ts";

const DATES = {
  "feb-30": "2023-02-30",
  word: "not-a-date",
  "month-13": "2024-13-01",
  "hour-25": "2024-01-01T25:00",
};
const BAD_TAGS = {
  null: "[null]",
  tilde: "[~]",
  map: "[{a: 1}]",
  nested: "[[x]]",
  empty: '[""]',
  blank: '["  "]',
  long: `["${"x".repeat(65)}"]`,
  digit: '["ok", "1"]',
  decimal: '["2.5"]',
};

const rows: Record<string, { files: Tree; expected: Expected[] }> = {
  R10: {
    files: {
      ...Object.fromEntries(
        Object.entries(DATES).map(([k, d]) => [`articles/date-${k}.md`, article({ date: d })]),
      ),
      "articles/date-none.md": article({ date: "" }),
    },
    expected: [
      ...Object.keys(DATES).map((k) => ({
        file: `articles/date-${k}.md`,
        code: "E_DATE_INVALID",
        line: 3,
      })),
      { file: "articles/date-none.md", code: "E_DATE_REQUIRED" },
    ],
  },
  R12: {
    files: { "articles/tags-comma.md": article({ tags: '"a, b"' }) },
    expected: [
      { file: "articles/tags-comma.md", code: "E_TAG_INVALID", line: 5, message: /YAML list/ },
    ],
  },
  R13: {
    files: Object.fromEntries(
      Object.entries(BAD_TAGS).map(([k, t]) => [`articles/tag-${k}.md`, article({ tags: t })]),
    ),
    expected: Object.keys(BAD_TAGS).map((k) => ({
      file: `articles/tag-${k}.md`,
      code: "E_TAG_INVALID",
      line: 5,
      message: k === "digit" ? /\b1\b|\[1\]|index 1|#2|second/ : /\b0\b|\[0\]|index 0|#1|first/,
    })),
  },
};

describe("hostile dates, tags and slugs", () => {
  const shared = sharedBuild(rows);
  it("R10: should refuse impossible and malformed dates (E_DATE_INVALID) and a missing one (E_DATE_REQUIRED)", () =>
    shared.assertRow("R10"));
  it('R12: should refuse tags: "a, b" (E_TAG_INVALID, hint: use a YAML list)', () =>
    shared.assertRow("R12"));
  it("R13: should refuse null, empty, nested, over-long and letterless tags (E_TAG_INVALID naming the index)", () =>
    shared.assertRow("R13"));

  it("R11: should show a date-only 2024-01-02 as that day under any machine TZ, byte-identically", () => {
    const site = siteYaml().replace("Asia/Shanghai", "America/New_York");
    const files = { "articles/day.md": article({ date: "2024-01-02", title: '"Day story"' }) };
    const utc = hostileBuild(files, { site, env: { TZ: "UTC" } });
    const tokyo = hostileBuild(files, { site, env: { TZ: "Asia/Tokyo" } });
    assertBuilt(utc);
    assertBuilt(tokyo);
    const page = html(utc.out, "news/2024/01/day/index.html");
    assert.equal(
      page.querySelector("article time")?.getAttribute("datetime"),
      "2024-01-02T00:00:00-05:00",
    );
    assert.equal(treeHash(utc.out), treeHash(tokyo.out));
  });

  it("R14: should refuse distinct tags sharing a slug before any write (E_SLUG_COLLISION naming both files)", () => {
    const run = withoutGeneratedDuplicates(
      hostileBuild(
        {
          "articles/ab-space.md": article({ tags: '["a b"]' }),
          "articles/ab-slash.md": article({ tags: '["a/b"]' }),
          "articles/uni-1.md": article({ tags: '["Ünïcode"]' }),
          "articles/uni-2.md": article({ tags: '["unicode"]' }),
        },
        { site: siteYaml({ slugStyle: "ascii" }) },
      ),
    );
    assertCollision(run, "articles/ab-space.md", "articles/ab-slash.md", "/tags/a-b/");
    assertCollision(run, "articles/uni-1.md", "articles/uni-2.md", "/tags/unicode/");
    assertUntouched(run);
  });

  it("R14: should refuse 台风 and 台風 under pinyin without a synonym (E_SLUG_COLLISION)", () => {
    const run = withoutGeneratedDuplicates(
      hostileBuild({
        "articles/typhoon-1.md": article({ tags: '["台风"]' }),
        "articles/typhoon-2.md": article({ tags: '["台風"]' }),
      }),
    );
    assertCollision(run, "articles/typhoon-1.md", "articles/typhoon-2.md", "/tags/tai-feng/");
    assertUntouched(run);
  });

  it('R12, R14, R15: should build tags: "x", merge case/NFC/# variants, keep C++/C#/C apart and never give a tag an empty slug', () => {
    const run = hostileBuild({
      "articles/single.md": article({ title: '"Single"', tags: '"x"' }),
      "articles/case-1.md": article({
        title: '"Case one"',
        tags: '["Same", "#Tech", "Caf\u00e9"]',
      }),
      "articles/case-2.md": article({
        title: '"Case two"',
        tags: '["same", "Tech", "Cafe\u0301"]',
      }),
      "articles/langs.md": article({ title: '"Langs"', tags: '["C++", "C#", "C"]' }),
    });
    assertBuilt(run);
    const tagDirs = new Set(
      filesBelow(path.join(run.out, "tags"))
        .filter((f) => f.endsWith("/index.html") && !f.includes("/page/"))
        .map((f) => f.replace(/\/index\.html$/, "")),
    );
    for (const slug of ["x", "same", "tech", "cafe", "c-plus-plus", "c-sharp", "c"])
      assert.ok(tagDirs.has(slug), `/tags/${slug}/ in ${[...tagDirs].join(" ")}`);
    const same = html(run.out, "tags/same/index.html");
    const hrefs = same.querySelectorAll("main a").map((a) => a.getAttribute("href"));
    assert.ok(
      hrefs.some((h) => h?.includes("/case-1/")) && hrefs.some((h) => h?.includes("/case-2/")),
    );
    assert.ok(!tagDirs.has("same-2") && !tagDirs.has("tech-2"), "variants merge into one tag");
    // /tags/ stays the tag index: no tag took it.
    const index = html(run.out, "tags/index.html");
    assert.ok(index.querySelectorAll("main a").length >= 7, textOf(index.querySelector("main")));
    assert.ok(fs.existsSync(path.join(run.out, "news/2023/05/single/index.html")));
  });

  it("R15: should give 日本語 and 😀 under ascii a unique non-empty slug or refuse them, never /tags/index.html", () => {
    const run = hostileBuild(
      {
        "articles/日本語.md": article({ title: '"Ja"', tags: '["日本語"]' }),
        "articles/😀.md": article({ title: '"Emoji"', tags: '["😀"]' }),
      },
      { site: siteYaml({ slugStyle: "ascii" }) },
    );
    // Note: R13 makes a letterless tag (😀) E_TAG_INVALID; R15 allows E_SLUG_EMPTY for the rest.
    const refusals = ["E_SLUG_EMPTY", "E_TAG_INVALID"];
    if (run.status === 0) {
      assertBuilt(run);
      const tags = filesBelow(path.join(run.out, "tags")).filter((f) =>
        /^[^/]+\/index\.html$/.test(f),
      );
      for (const t of tags) assert.match(t, /^[a-z0-9-]+\/index\.html$/);
      return;
    }
    assertUntouched(run);
    for (const e of run.report!.errors) assert.ok(refusals.includes(e.code), JSON.stringify(e));
    assert.ok(
      run.report!.errors.some((e) => e.file.endsWith("😀.md")),
      "the emoji tag is refused",
    );
  });
});

/**
 * The one E_SLUG_COLLISION of two files: located at the tag in one of them (line 5, column 8 of
 * `tags: ["…"]` as `article()` writes it), naming both files with the tag's line and column.
 */
function assertCollision(run: HostileRun, a: string, b: string, url: string): void {
  const files = [displayPath(run, a), displayPath(run, b)];
  const hits = run.report!.errors.filter((e) => files.includes(e.file));
  assert.equal(hits.length, 1, JSON.stringify(run.report!.errors, null, 1));
  assert.equal(hits[0]!.code, "E_SLUG_COLLISION");
  assert.deepEqual([hits[0]!.line, hits[0]!.col], [5, 8]);
  for (const f of files) assert.ok(hits[0]!.message.includes(`${f}:5:8`), hits[0]!.message);
  assert.ok(hits[0]!.message.includes(url), hits[0]!.message);
  assert.equal(run.status, 1);
}

/**
 * Drops the E_PATH_COLLISION echoes of a tag collision (`generated /tags/a-b/feed.xml`), after
 * checking they are only that: they name no source file, and the tag collision already names both.
 */
function withoutGeneratedDuplicates(run: HostileRun): HostileRun {
  const generated = run.report!.errors.filter((e) => e.file.startsWith("generated "));
  for (const e of generated) assert.equal(e.code, "E_PATH_COLLISION", JSON.stringify(e));
  const errors = run.report!.errors.filter((e) => !generated.includes(e));
  return { ...run, report: { ...run.report!, errors } };
}
