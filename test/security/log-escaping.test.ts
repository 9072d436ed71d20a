// Untrusted text never forges a log line: file names, YAML values, messages and hints print on one
// line with control characters escaped (`\u001b`), and no line starts with a workflow command (`::`).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";
import { ROOT, runCli } from "../helpers/cli.ts";
import { article } from "../helpers/site.ts";
import { NOW, cliArgv, prepareTree } from "./harness.ts";

/** A raw control character or invisible line break: none may reach the terminal. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

const HOSTILE = {
  "articles/esc\u001b[2Jname.md": article(),
  "articles/osc\u001b]0;pwned\u0007.md": article(),
  "articles/cr\rname.md": article(),
  "articles/lf\n::warning::x.md": article(),
  "articles/section.md": article({ section: '"k\\n::warning::x"' }),
  "articles/summary.md": article({ summary: '"news\\e[2J"' }),
  "articles/separator.md": article({ section: '"a\\u2028::add-mask::secret"' }),
  "articles/.hidden\u001b[31m.md": article(),
};

/** Asserts every line is safe: no raw control character, no workflow command at its start. */
function assertSafeLines(stderr: string): void {
  for (const line of stderr.split("\n")) {
    assert.doesNotMatch(line, RAW, `raw control character in ${JSON.stringify(line)}`);
    assert.ok(!line.startsWith("::"), `a line starts a workflow command: ${line}`);
  }
}

describe("class 6: forged log lines", () => {
  it("should print hostile file names and YAML values escaped, one line each", () => {
    const { content, out } = prepareTree(HOSTILE);
    const r = runCli(["build", "--content", content, "--out", out, "--now", NOW]);
    assert.equal(r.status, 1, r.stderr);
    assertSafeLines(r.stderr);
    for (const shown of [
      "articles/esc\\u001b[2Jname.md:1:1 E_FILE_NAME",
      "articles/osc\\u001b]0;pwned\\u0007.md:1:1 E_FILE_NAME",
      "articles/cr\\u000dname.md:1:1 E_FILE_NAME",
      "articles/lf\\u000a::warning::x.md:1:1 E_FILE_NAME",
      'section "k\\u000a::warning::x" is not a section',
      "articles/.hidden\\u001b[31m.md:1:1 E_FILE_NAME",
      'section "a\\u2028::add-mask::secret" is not a section',
    ])
      assert.ok(r.stderr.includes(shown), `${shown} not in\n${r.stderr}`);
    assert.match(r.stderr, /summary contains a control character \(U\+001B\)/);
    // Every problem is exactly two lines: the located line and its hint.
    const lines = r.stderr.split("\n");
    lines.forEach((l, i) => {
      if (/:\d+:\d+ [EW]_[A-Z_]+ /.test(l)) assert.match(lines[i + 1] ?? "", /^ {2}hint: /, l);
    });
  });

  it("should never start a line with :: even when a file name does", () => {
    const { content } = prepareTree({ "::add-mask::x.md": "x", "articles/a.md": article() });
    const r = spawnSync(process.execPath, cliArgv(["check", "--content", ".", "--now", NOW]), {
      cwd: content,
      env: { ...process.env, TZ: "UTC", INIT_CWD: content },
      encoding: "utf8",
    });
    assertSafeLines(r.stderr);
    assert.match(r.stderr, /^\.\/::add-mask::x\.md:1:1 W_IGNORED /m, r.stderr);
    assert.ok(ROOT);
  });
});
