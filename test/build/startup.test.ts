// The launcher (bin/broadsheet.mjs): a build runs compiled JavaScript, made once per change of the
// sources into .cache/js/<source hash>/, and writes the very bytes a build from the sources writes.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import {
  copyApp,
  ROOT,
  runCli,
  tempDir,
  treeHash,
  writeTree,
  type CliRun,
} from "../helpers/cli.ts";
import { article, siteYaml } from "../helpers/site.ts";

const NOW = "2025-01-01T00:00:00+08:00";
let app = "";
let content = "";
let work = "";

/** Runs `node bin/broadsheet.mjs` of the app copy. */
function launch(args: readonly string[]): CliRun {
  const r = spawnSync(process.execPath, [path.join(app, "bin/broadsheet.mjs"), ...args], {
    cwd: work,
    env: { ...process.env, TZ: "UTC", INIT_CWD: work },
    encoding: "utf8",
    timeout: 180_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The compiled trees of the app copy. */
function compiled(): string[] {
  const dir = path.join(app, ".cache/js");
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

/** Milliseconds from spawning the launcher to its first stage line (`--verbose`). */
function msToFirstStage(args: readonly string[]): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(app, "bin/broadsheet.mjs"), ...args], {
      cwd: work,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let text = "";
    let ms: number | undefined;
    child.stderr.on("data", (d: Buffer) => {
      text += d.toString();
      if (ms === undefined && /^load /m.test(text)) ms = performance.now() - t0;
    });
    child.on("close", () => (ms === undefined ? reject(new Error(text)) : resolve(ms)));
  });
}

describe("launcher", () => {
  before(() => {
    app = copyApp();
    fs.cpSync(path.join(ROOT, "bin"), path.join(app, "bin"), { recursive: true });
    work = tempDir("broadsheet-launch-");
    content = path.join(work, "content");
    writeTree(content, {
      "site.yaml": siteYaml(),
      "articles/a.md": article({ title: '"Alpha"', tags: "[Boats]" }),
      "articles/b.md": article({ title: '"台风"', lang: "zh", date: "2023-05-14" }),
    });
  });

  it("should compile once, run no TypeScript, and write what a build from the sources writes", () => {
    const flags = ["--content", content, "--now", NOW, "--cache", path.join(work, "cache")];
    const first = launch(["build", ...flags, "--out", path.join(work, "a")]);
    assert.equal(first.status, 0, first.stderr);
    const [tree, ...more] = compiled();
    assert.ok(tree && more.length === 0, `one compiled tree: ${compiled().join(", ")}`);
    const files = fs
      .readdirSync(path.join(app, ".cache/js", tree), { recursive: true, encoding: "utf8" })
      .map((f) => f.split(path.sep).join("/"));
    assert.ok(files.includes("src/cli/main.js"));
    assert.ok(files.includes("src/pages/article.11ty.js"));
    assert.deepEqual(
      files.filter((f) => /\.tsx?$/.test(f)),
      [],
      "no TypeScript in the compiled tree",
    );
    // The launcher's banner declares `require` in every compiled file (esbuild renames a module's
    // own `require` to `require2`): a second declaration would be a SyntaxError only when that
    // file loads. Files without a source map are copied, not compiled.
    const compiledJs = files.filter((f) => f.endsWith(".js") && files.includes(`${f}.map`));
    assert.ok(
      compiledJs.some((f) => f.startsWith("chunks/")),
      "libraries in shared chunks",
    );
    for (const f of compiledJs) {
      const text: string = fs.readFileSync(path.join(app, ".cache/js", tree, f), "utf8");
      const declared: RegExpMatchArray | null = text.match(
        /\b(?:const|let|var|function|class)\s+(?:require|__broadsheetRequire)\b/g,
      );
      assert.equal(declared?.length, 1, `${f} declares require once (the banner)`);
      // zod is imported as a namespace (`import * as z`), so esbuild keeps what we use: with
      // `import { z }` every one of its ~50 locales came along (~560 KB read at start-up).
      const locales = text.match(/node_modules\/zod\/v4\/locales\/[\w-]+\.js/g) ?? [];
      assert.deepEqual(
        locales.filter((l) => !l.endsWith("/en.js")),
        [],
        `${f}: zod's English messages only`,
      );
    }
    assert.doesNotMatch(first.stderr, /running the TypeScript sources/);
    const again = launch(["build", ...flags, "--out", path.join(work, "b")]);
    assert.equal(again.status, 0, again.stderr);
    assert.deepEqual(compiled(), [tree], "the second run reuses the compiled tree");
    // Note: from the app folder, where `--import tsx` resolves.
    const fromSources = runCli(["build", ...flags, "--out", path.join(work, "c")], {
      app,
      cwd: app,
    });
    assert.equal(fromSources.status, 0, fromSources.stderr);
    assert.equal(treeHash(path.join(work, "a")), treeHash(path.join(work, "c")));
    assert.equal(treeHash(path.join(work, "b")), treeHash(path.join(work, "c")));
  });

  it("should compile again when a source changes, and run check", () => {
    const before = compiled();
    fs.appendFileSync(path.join(app, "src/routes.ts"), "\n// changed\n");
    const r = launch(["check", "--content", content, "--now", NOW]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout + r.stderr, /checked \d+ pages from 2 articles/);
    assert.equal(compiled().length, before.length + 1);
  });

  it("should reach its first stage quickly (reported, not asserted: timings vary)", async (t) => {
    const args = ["check", "--content", content, "--now", NOW, "--verbose"];
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await msToFirstStage(args));
    const median = runs.sort((a, b) => a - b)[1]!;
    t.diagnostic(`start-up to the first stage: median ${Math.round(median)} ms of ${runs.length}`);
    assert.ok(median > 0);
  });
});
