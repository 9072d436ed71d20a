// Broken content fails the whole build with every problem located, and leaves the output untouched.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { runCli, tempDir, treeHash, writeTree } from "../helpers/cli.ts";
import { article, siteYaml } from "../helpers/site.ts";

const NOW = "2025-01-01T00:00:00+08:00";
const MARKER = `/tmp/broadsheet-pwned-${process.pid}`;

/** Ten broken articles, each with the error it must produce (file → code). */
const BROKEN: Record<string, { text: string; code: string; line?: number }> = {
  "articles/no-title.md": { text: article({ title: "" }), code: "E_FM_REQUIRED" },
  "articles/empty-title.md": { text: article({ title: '""' }), code: "E_FM_TYPE", line: 2 },
  "articles/bad-date.md": {
    text: article({ date: "2023-02-30" }),
    code: "E_DATE_INVALID",
    line: 3,
  },
  "articles/no-date.md": { text: article({ date: "" }), code: "E_DATE_REQUIRED" },
  "articles/typo.md": { text: article({ tittle: "x" }), code: "E_FM_UNKNOWN_KEY", line: 5 },
  "articles/bad-section.md": { text: article({ section: "sport" }), code: "E_FM_TYPE", line: 4 },
  "articles/js.md": {
    text: `---js\n{ title: require("fs").writeFileSync("${MARKER}", "x") }\n---\nbody\n`,
    code: "E_FM_LANG",
    line: 1,
  },
  "articles/yaml.md": {
    text: `---\ntitle: "x"\ndate: 2023-05-13\nsection: news\ntags: [a, b\n---\nbody\n`,
    code: "E_YAML_SYNTAX",
  },
  "articles/raw-html.md": {
    text: article({}, "Text\n\n<div>hidden</div>\n"),
    code: "E_RAW_HTML",
    line: 8,
  },
  "articles/no-alt.md": {
    text: article({}, "![](../media/pic.png)\n"),
    code: "E_ALT_MISSING",
    line: 6,
  },
  "articles/missing-image.md": {
    text: article({}, '![A photo](../media/nope.jpg "Caption")\n'),
    code: "E_IMAGE_MISSING",
    line: 6,
  },
  "articles/missing-hero.md": {
    text: article({ image: '{ src: ../media/gone.jpg, alt: "A photo" }' }),
    code: "E_IMAGE_MISSING",
    line: 5,
  },
  "articles/missing-link.md": {
    text: article({}, "See [this](./gone.md).\n"),
    code: "E_LINK_BROKEN",
    line: 6,
  },
};

/** Builds `content` into a `dist/` beside it at the test clock. */
function buildTree(content: string, extra: readonly string[] = []) {
  return runCli([
    "--content",
    content,
    "--out",
    path.join(path.dirname(content), "dist"),
    "--now",
    NOW,
    ...extra,
  ]);
}

function makeTree(): string {
  const root = path.join(tempDir(), "content");
  writeTree(root, {
    "site.yaml": siteYaml(),
    "articles/good.md": article({ title: '"Good story"' }),
  });
  fs.mkdirSync(path.join(root, "media"));
  fs.copyFileSync(
    new URL("../../content/media/metro-line.png", import.meta.url),
    path.join(root, "media/pic.png"),
  );
  return root;
}

describe("content errors", () => {
  it("should list every problem as path:line:col CODE message + hint, exit 1, and leave dist untouched", () => {
    const content = makeTree();
    const out = path.join(path.dirname(content), "dist");
    const good = buildTree(content);
    assert.equal(good.status, 0, good.stderr);
    const before = treeHash(out);

    writeTree(content, Object.fromEntries(Object.entries(BROKEN).map(([f, c]) => [f, c.text])));
    const r = buildTree(content);
    assert.equal(r.status, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace for a user's mistake");
    const lines = r.stderr.split("\n");
    for (const [file, want] of Object.entries(BROKEN)) {
      const i = lines.findIndex((l) => l.includes(`/${file}:`) && l.includes(` ${want.code} `));
      assert.ok(i >= 0, `${file} → ${want.code}\n${r.stderr}`);
      assert.match(lines[i]!, /^[^:]+:\d+:\d+ E_[A-Z_]+ \S/);
      if (want.line !== undefined)
        assert.equal(Number(/:(\d+):\d+ /.exec(lines[i]!)![1]), want.line, lines[i]);
      assert.match(lines[i + 1]!, /^ {2}hint: \S/);
    }
    assert.equal(fs.existsSync(MARKER), false, "front-matter code never runs");
    assert.equal(treeHash(out), before, "previous output byte-identical");
    const leftovers = fs
      .readdirSync(path.dirname(out))
      .filter((n) => n.includes(".staging-") || n.includes(".prev-"));
    assert.deepEqual(leftovers, []);
  });

  it("should report --json with ok false and each error's file, line, code and hint", () => {
    const content = makeTree();
    writeTree(content, { "articles/typo.md": BROKEN["articles/typo.md"]!.text });
    const r = buildTree(content, ["--json", "--quiet"]);
    assert.equal(r.status, 1);
    const report = JSON.parse(r.stdout) as {
      ok: boolean;
      errors: {
        file: string;
        line: number;
        col: number;
        code: string;
        hint: string;
        message: string;
      }[];
    };
    assert.equal(report.ok, false);
    assert.equal(report.errors.length, 1);
    const e = report.errors[0]!;
    assert.equal(e.code, "E_FM_UNKNOWN_KEY");
    assert.ok(e.file.endsWith("articles/typo.md"));
    assert.equal(e.line, 5);
    assert.match(e.message, /tittle/);
    assert.match(e.hint, /did you mean "title"/);
  });

  it("should refuse to replace a non-empty folder it did not write (E_OUT_FOREIGN)", () => {
    const content = makeTree();
    const out = path.join(path.dirname(content), "precious");
    writeTree(out, { "thesis.txt": "years of work" });
    const r = runCli(["--content", content, "--out", out, "--now", NOW]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /E_OUT_FOREIGN/);
    assert.equal(fs.readFileSync(path.join(out, "thesis.txt"), "utf8"), "years of work");
    assert.deepEqual(fs.readdirSync(out), ["thesis.txt"]);
  });

  it("should fail when two articles claim one URL, naming both files", () => {
    const content = makeTree();
    writeTree(content, {
      "articles/a/same.md": article({ title: '"One"' }),
      "articles/b/same.md": article({ title: '"Two"' }),
    });
    const r = buildTree(content);
    assert.equal(r.status, 1);
    assert.match(
      r.stderr,
      /articles\/(a|b)\/same\.md:1:1 E_PATH_COLLISION .*articles\/(a|b)\/same\.md/,
    );
  });

  it("should fail when two different tags share one slug, naming both tags and files", () => {
    const content = makeTree();
    writeTree(content, {
      "articles/x.md": article({ tags: '["台风"]' }),
      "articles/y.md": article({ tags: '["台風"]', date: "2023-05-14" }),
    });
    const r = buildTree(content);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /E_SLUG_COLLISION .*台风.*台風|E_SLUG_COLLISION .*台風.*台风/);
    assert.match(r.stderr, /articles\/x\.md.*articles\/y\.md/);
  });

  it("should report a parse error and a collect error of two files in one run", () => {
    const content = makeTree();
    writeTree(content, {
      "authors.yaml": 'li-wei: { name: "Li Wei" }\n',
      // A front-matter error (parse stage)…
      "articles/bad-date.md": article({ date: "2023-02-30" }),
      // …and a misspelled author id in another file (collect stage), at its list item.
      "articles/typo-author.md": article({ authors: "[li-wie]" }),
    });
    const r = buildTree(content, ["--json", "--quiet"]);
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout) as {
      errors: { file: string; code: string; line: number; col: number }[];
    };
    const byFile = (name: string) => report.errors.filter((e) => e.file.endsWith(name));
    assert.deepEqual(
      byFile("/articles/bad-date.md").map((e) => e.code),
      ["E_DATE_INVALID"],
    );
    // authors: [li-wie] is line 5 of the file written by article(); the item starts at column 11.
    assert.deepEqual(
      byFile("/articles/typo-author.md").map((e) => [e.code, e.line, e.col]),
      [["E_AUTHOR_UNKNOWN", 5, 11]],
    );
  });

  it("should name files as written from where the command was started (INIT_CWD)", () => {
    const content = makeTree();
    writeTree(content, { "articles/bad.md": article({ date: "2023-02-30" }) });
    const started = path.dirname(content);
    const r = runCli(["check", "--content", content, "--now", NOW], { env: { INIT_CWD: started } });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /^content\/articles\/bad\.md:3:\d+ E_DATE_INVALID /m);
  });
});
