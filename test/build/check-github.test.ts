// `check --format github`: one workflow command per problem, located in the repository, escaped so
// that no file name or message can split the line or forge another annotation.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { ROOT, runCli, tempDir, writeTree } from "../helpers/cli.ts";
import { article, siteYaml } from "../helpers/site.ts";

const NOW = "2024-01-01";
const EVIL_NAME = "articles/evil\n::error file=forged.md::x.md";

/** A content tree in `content/` of a fresh folder (the repository the check runs in). */
function repo(files: Record<string, string>): string {
  const root = tempDir();
  writeTree(path.join(root, "content"), { "site.yaml": siteYaml(), ...files });
  return root;
}

/** Runs `check --format github` as if started at `root`. */
function check(root: string) {
  const content = path.join(root, "content");
  return runCli(["check", "--format", "github", "--content", content, "--now", NOW], {
    env: { INIT_CWD: root },
  });
}

/** What the GitHub runner reads from one line: level, properties (split as it splits them), message. */
function command(line: string): { level: string; props: Map<string, string>; message: string } {
  const m = /^::(error|warning) ([^:]*)::(.*)$/.exec(line);
  assert.ok(m, `not a workflow command: ${line}`);
  const unescape = (v: string): string =>
    v
      .replace(/%0D/g, "\r")
      .replace(/%0A/g, "\n")
      .replace(/%3A/g, ":")
      .replace(/%2C/g, ",")
      .replace(/%25/g, "%");
  const props = new Map(
    m[2]!.split(",").map((p) => {
      const at = p.indexOf("=");
      return [p.slice(0, at), unescape(p.slice(at + 1))] as [string, string];
    }),
  );
  return { level: m[1]!, props, message: unescape(m[3]!) };
}

describe("check --format github", () => {
  it("should print one annotation per problem, hostile names and messages kept on their line", () => {
    const root = repo({
      "articles/nl.md": article({ '"x\\n::warning::forged, 50%"': "1" }),
      "articles/esc.md": article({ '"\\e]0;pwned\\a"': "2" }),
      [EVIL_NAME]: article(),
      "notes.txt": "not content\n",
    });
    const r = check(root);
    assert.equal(r.status, 1, r.stderr);
    assert.doesNotMatch(r.stdout, /\p{Cc}(?<!\n)/u);
    const lines = r.stdout.trimEnd().split("\n");
    assert.equal(lines.length, 4, r.stdout);
    const found = lines.map(command);
    assert.deepEqual(
      found.map((c) => [c.level, c.props.get("file"), c.props.get("line"), c.props.get("col")]),
      [
        ["error", "content/articles/esc.md", "5", "1"],
        ["error", `content/${EVIL_NAME}`, "1", "1"],
        ["error", "content/articles/nl.md", "5", "1"],
        ["warning", "content/notes.txt", "1", "1"],
      ],
    );
    assert.ok(found.every((c) => [...c.props.keys()].join() === "file,line,col,title"));
    assert.ok(found.every((c) => /^[EW]_[A-Z_]+$/.test(c.props.get("title")!)));
    assert.match(found[0]!.message, /\\u001b\]0;pwned\\u0007/);
    assert.match(found[2]!.message, /^unknown key "x\n::warning::forged, 50%"\nhint: /);
    assert.match(r.stderr, /^content\/articles\/nl\.md:5:1 E_FM_UNKNOWN_KEY /m);
    assert.match(r.stderr, /\ncheck failed: 3 errors\n$/);
  });

  it("should print no annotation and the summary line for a clean tree", () => {
    const r = check(repo({ "articles/ok.md": article() }));
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /^checked \d+ pages from 1 article in [\d.]+ s — 0 drafts, 0 scheduled, 0 warnings\n$/,
    );
  });

  it("should run on every pull request in CI: npm ci, then check --format github", () => {
    const text = fs.readFileSync(path.join(ROOT, ".github/workflows/check.yml"), "utf8");
    const wf = parse(text) as {
      on: Record<string, unknown>;
      jobs: Record<string, { steps: { run?: string }[] }>;
    };
    assert.deepEqual(Object.keys(wf.on), ["pull_request"]);
    assert.equal(wf.on["pull_request"], null, "no branch or path filter");
    const runs = Object.values(wf.jobs).flatMap((j) => j.steps.flatMap((s) => s.run ?? []));
    assert.deepEqual(runs, ["npm ci", "npm run news -- check --format github"]);
  });
});
