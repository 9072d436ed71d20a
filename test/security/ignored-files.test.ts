// No article is dropped silently: every file of the content tree is read, refused with an error, or
// named as ignored (W_IGNORED) in the default output; a duplicate front-matter id names both files.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";
import { ROOT, runCli, tempDir } from "../helpers/cli.ts";
import { article } from "../helpers/site.ts";
import { readFault } from "../../src/content/read-fault.ts";
import {
  NOW,
  assertRefused,
  displayPath,
  hostileBuild,
  prepareTree,
  runIn,
  type JsonReport,
} from "./harness.ts";

const ID = "01HZX3A1B2C3D4E5F6G7H8J9K0";

/** Files a writer meant to publish, spelled or placed where the tree does not read them. */
const MISPLACED = {
  "articles/new\nline.md": article({ title: '"Newline"' }),
  "articles/Upper.MD": article({ title: '"Upper"' }),
  "articles/x.markdown": article({ title: '"Markdown"' }),
  "pages/sub/x.md": `---\ntitle: "Sub page"\n---\nText.\n`,
  "Articles/caps.md": article({ title: '"Caps folder"' }),
};

/** Files that are ignored, each reported by name. */
const IGNORED = {
  "articles/.hidden.md": article({ title: '"Hidden"' }),
  "articles/.archive/old.md": article({ title: '"Archived"' }),
  "articles/notes.txt": "notes",
  "README.md": "# About this content\n",
  "site.yml": "title: typo\n",
  "media/caption.md": "a caption",
};

describe("class 3: no article dropped silently", () => {
  it("should refuse Markdown outside articles/**/*.md and pages/*.md, and a name with a newline", () => {
    const run = hostileBuild({ "articles/good.md": article(), ...MISPLACED });
    assertRefused(run, [
      { file: "articles/new\nline.md", code: "E_FILE_NAME", line: 1 },
      { file: "articles/Upper.MD", code: "E_CONTENT_NAME", message: /rename it to Upper\.md/ },
      { file: "articles/x.markdown", code: "E_CONTENT_NAME", message: /rename it to x\.md/ },
      { file: "pages/sub/x.md", code: "E_CONTENT_NAME", message: /subfolders/ },
      { file: "Articles/caps.md", code: "E_CONTENT_NAME", message: /lower case/ },
    ]);
  });

  it("should name every ignored file or hidden entry as W_IGNORED in the default output", () => {
    const { root, content, out } = prepareTree({ "articles/good.md": article(), ...IGNORED });
    const r = runCli(["build", "--content", content, "--out", out, "--now", NOW]);
    assert.equal(r.status, 0, r.stderr);
    const warned = r.stderr
      .split("\n")
      .filter((l) => / W_IGNORED /.test(l))
      .map((l) => l.slice(0, l.indexOf(":1:1 W_IGNORED")));
    const run = { content };
    const want = [
      "articles/.hidden.md",
      "articles/.archive",
      "articles/notes.txt",
      "README.md",
      "site.yml",
      "media/caption.md",
    ].map((f) => displayPath(run, f));
    assert.deepEqual([...warned].sort(), [...want].sort(), r.stderr);
    assert.match(
      r.stderr,
      /articles\/\.archive:1:1 W_IGNORED hidden folder is ignored, with everything in it/,
    );
    assert.ok(
      fs.existsSync(path.join(root, "dist", "index.html")),
      "the good article still builds",
    );
  });

  it("should refuse two articles with one id, at the first id naming the second file's line:col", () => {
    const run = hostileBuild({
      "articles/a.md": article({ id: ID }),
      "articles/b.md": article({ title: '"Copy"', slug: "copy", id: ID }),
    });
    const second = `${displayPath(run, "articles/b.md")}:6:5`;
    assertRefused(run, [{ file: "articles/a.md", code: "E_ID_DUPLICATE", line: 5 }]);
    const e = run.report!.errors[0]!;
    assert.equal(e.col, 5);
    assert.equal(e.message, `id "${ID}" is also the id of ${second}`);
  });

  it("should refuse a file name that is not UTF-8 (E_FILE_NAME), never crash on it", () => {
    const { root, content } = prepareTree({ "articles/good.md": article() });
    const bad = Buffer.concat([
      Buffer.from(`${content}/articles/caf`),
      Buffer.from([0xe9, 0x2e, 0x6d, 0x64]),
    ]);
    fs.writeFileSync(bad, article());
    const run = runIn(root);
    assert.equal(run.report?.errors.length, 1, run.stderr);
    const [e] = run.report!.errors;
    assert.equal(e!.code, "E_FILE_NAME");
    assert.equal(e!.file, displayPath(run, "articles/caf\ufffd.md"));
  });

  it("should report a file the build may not read as a located E_FILE_READ with a hint", () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open 'x'"), {
      code: "EACCES",
    });
    const e = readFault("content/articles/a.md", denied);
    assert.deepEqual(
      [e.file, e.line, e.col, e.code, e.message],
      ["content/articles/a.md", 1, 1, "E_FILE_READ", "permission denied: the build cannot read it"],
    );
    assert.match(e.hint, /readable/);
    assert.throws(
      () => readFault("x", new TypeError("a bug")),
      TypeError,
      "a bug is not a read fault",
    );
  });
});

/** A content tree another user can read, but for one file and one folder: real EACCES faults. */
function unreadableTree(): string {
  const base = tempDir("broadsheet-eacces-");
  fs.chmodSync(base, 0o755);
  const content = path.join(base, "content");
  fs.mkdirSync(path.join(content, "articles", "locked"), { recursive: true });
  fs.writeFileSync(path.join(content, "articles", "locked.md"), article());
  fs.writeFileSync(path.join(content, "articles", "locked", "inside.md"), article());
  fs.chmodSync(path.join(content, "articles", "locked.md"), 0o000);
  fs.chmodSync(path.join(content, "articles", "locked"), 0o000);
  return content;
}

describe("class 3: a real unreadable file and folder", () => {
  it("should refuse each as a located E_FILE_READ, never a stack trace (run as nobody)", (t) => {
    if (process.getuid?.() !== 0 || !fs.existsSync("/usr/bin/setpriv"))
      return t.skip("needs root and setpriv to run the CLI as an unprivileged user");
    const content = unreadableTree();
    const cli = path.join(ROOT, "src/cli/main.ts");
    const r = spawnSync(
      "/usr/bin/setpriv",
      [
        "--reuid=65534",
        "--regid=65534",
        "--clear-groups",
        process.execPath,
        "--import",
        "tsx",
        cli,
        "check",
        "--content",
        content,
        "--now",
        NOW,
        "--json",
      ],
      {
        cwd: ROOT,
        env: { ...process.env, TZ: "UTC", INIT_CWD: ROOT },
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    assert.equal(r.status, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /\n\s+at |E_INTERNAL/);
    const report = JSON.parse(r.stdout) as JsonReport;
    const read = report.errors.filter((e) => e.code === "E_FILE_READ");
    assert.deepEqual(
      read.map((e) => [e.file, e.line, e.col, e.message]),
      ["articles/locked", "articles/locked.md"].map((f) => [
        displayPath({ content }, f),
        1,
        1,
        "permission denied: the build cannot read it",
      ]),
    );
  });
});
