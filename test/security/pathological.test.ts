// Pathological Markdown (SECURITY.md row R24): cmark's and markdown-it's pathological inputs,
// sized up to the article cap, each built by the real CLI in its own child process raced against a
// timeout. Each case must build, or fail with exactly the codes the row allows; a crash, a hang, a
// RangeError or an internal error fails the test.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, it } from "node:test";
import { ROOT } from "../helpers/cli.ts";
import { article } from "../helpers/site.ts";
import { cliArgv, NOW, prepareTree, type JsonReport } from "./harness.ts";

/** The article size cap (R22); every case stays just under it. */
const CAP = 512 * 1024;
/** Per-article render budget given to the build (the default is 10 s; R24 lets it be configured). */
const BUDGET_MS = 2000;
/** How long a case may take as a whole before the test calls it a hang. */
const RACE_MS = 90_000;

const fit = (unit: string, tail = ""): string =>
  unit.repeat(Math.floor((CAP - 1024 - tail.length) / Buffer.byteLength(unit))) + tail;

const LIMITS = ["E_NESTING", "E_TIMEOUT", "E_TOO_LARGE"];

/** name → body, and the codes it may fail with (else it must build). */
const CASES: Record<string, { body: () => string; allowed?: string[] }> = {
  "nested block quotes": { body: () => fit("> ", "a\n") },
  "deeply nested lists": { body: () => fit("- ", "a\n") },
  "mismatched openers and closers *a_": { body: () => fit("*a_ ") },
  "link openers and emph closers [ a_": { body: () => fit("[ a_") },
  "unclosed links A [a](<b": { body: () => fit("[a](<b") },
  "nested strong emph": { body: () => `${"*a **a ".repeat(30000)}b${" a** a*".repeat(30000)}` },
  "nested brackets": { body: () => `${"[".repeat(200000)}a${"]".repeat(200000)}` },
  backticks: {
    body: () => Array.from({ length: 999 }, (_, i) => `e${"`".repeat(i + 1)}`).join(""),
  },
  "html comments <!--": { body: () => fit("<!--"), allowed: ["E_RAW_HTML"] },
  "100k reference definitions": {
    body: () =>
      `[a0]\n\n${Array.from({ length: 100000 }, (_, i) => `[a${i}]: u\n`).join("")}`.slice(
        0,
        CAP - 1024,
      ),
  },
  "gfm table with many columns": {
    body: () => `${fit("|a", "\n")}${fit("|-", "\n")}`.slice(0, CAP - 1024),
  },
};

interface Outcome {
  name: string;
  ms: number;
  status: number | null;
  signal: NodeJS.Signals | null;
  report?: JsonReport;
  stderr: string;
}

function runCase(name: string, body: string): Promise<Outcome> {
  const { content, out } = prepareTree(
    { "articles/case.md": article({}, `${body}\n`) },
    { previous: false },
  );
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      cliArgv(["build", "--content", content, "--out", out, "--now", NOW, "--json", "--quiet"]),
      {
        cwd: ROOT,
        env: { ...process.env, TZ: "UTC", BROADSHEET_RENDER_TIMEOUT_MS: String(BUDGET_MS) },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), RACE_MS);
    child.on("exit", (status, signal) => {
      clearTimeout(timer);
      let report: JsonReport | undefined;
      try {
        report = JSON.parse(stdout) as JsonReport;
      } catch {
        report = undefined;
      }
      resolve({ name, ms: performance.now() - t0, status, signal, report, stderr });
    });
  });
}

/** Runs the cases two at a time (the CI machine has 2 cores). */
async function runAll(): Promise<Map<string, Outcome>> {
  const names = Object.keys(CASES);
  const results = new Map<string, Outcome>();
  const next = async (): Promise<void> => {
    for (let name = names.shift(); name !== undefined; name = names.shift())
      results.set(name, await runCase(name, CASES[name]!.body()));
  };
  await Promise.all([next(), next()]);
  return results;
}

describe("R24: pathological Markdown, each case in a child process raced against a timeout", () => {
  let results: Promise<Map<string, Outcome>> | undefined;
  const outcome = async (name: string): Promise<Outcome> =>
    (await (results ??= runAll())).get(name)!;

  for (const [name, c] of Object.entries(CASES)) {
    const allowed = c.allowed ?? LIMITS;
    it(`R24: should build "${name}" or fail with ${allowed.join("/")} only`, async (t) => {
      const o = await outcome(name);
      t.diagnostic(
        `${name}: ${(o.ms / 1000).toFixed(2)} s, exit ${o.status ?? o.signal} ${[...new Set(o.report?.errors.map((e) => e.code))].join(" ")}`,
      );
      assert.notEqual(
        o.signal,
        "SIGKILL",
        `${name}: no result within ${RACE_MS / 1000} s (a hang)`,
      );
      assert.ok(o.report, `${name}: no JSON report (crash?)\n${o.stderr.slice(0, 2000)}`);
      assert.doesNotMatch(o.stderr, /RangeError|E_INTERNAL/, o.stderr.slice(0, 2000));
      if (o.status === 0) {
        assert.equal(o.report.ok, true);
        assert.equal(o.report.articles.published, 1);
        assert.ok(
          !(c.allowed ?? []).includes("E_RAW_HTML") || c.allowed!.length > 1,
          `${name} must fail`,
        );
        return;
      }
      assert.equal(o.status, 1, o.stderr.slice(0, 2000));
      const codes = o.report.errors.map((e) => e.code);
      assert.ok(codes.length > 0);
      for (const e of o.report.errors) {
        assert.ok(allowed.includes(e.code), `${name}: ${e.code} ${e.message}`);
        assert.ok(e.file.endsWith(path.join("content", "articles", "case.md")), e.file);
      }
    });
  }
});
