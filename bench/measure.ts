// How the benchmark times a process: wall and CPU from /usr/bin/time, the peak memory summed over
// every process it starts (`tree-rss.mjs`), and a Broadsheet build's own report (stages, files).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { BUILD_ENV, NODE_FLAGS } from "../src/build-command.ts";
import { copyCache } from "./cache-copy.ts";
import { freshCheckout } from "./scenarios.ts";

/** This checkout: where the bench runs, and the Broadsheet it builds with unless told another. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TIME = "/usr/bin/time";

/** One measured process. */
export interface Sample {
  wall: number;
  cpu: number;
  rssMb: number;
  pages: number;
  stages?: Record<string, number>;
  /** The build process's resident MB at the end of each stage (its `--json` `rssMb`). */
  stageRss?: Record<string, number>;
  bodies?: { cached: number; rendered: number };
  files?: { rendered: number; carried: number };
}

/** Throws unless /usr/bin/time is installed. */
export function needTime(): void {
  if (!fs.existsSync(TIME)) throw new Error(`${TIME} is needed (apt-get install time)`);
}

/**
 * Runs a command in `cwd` under /usr/bin/time and `tree-rss.mjs`; returns wall s, CPU s (user +
 * sys, the sampler's own ~1% included), the peak of the memory summed over every process it
 * starts, and stdout.
 */
export function measure(
  cmd: string,
  args: string[],
  env: Record<string, string> = {},
  cwd: string = ROOT,
): { sample: Omit<Sample, "pages">; stdout: string } {
  const tf = path.join(os.tmpdir(), `bench-time-${process.pid}`);
  const rf = path.join(os.tmpdir(), `bench-rss-${process.pid}`);
  const sampler = [process.execPath, path.join(ROOT, "bench/tree-rss.mjs"), rf];
  const r = spawnSync(TIME, ["-f", "%e %U %S", "-o", tf, ...sampler, cmd, ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, ...env, TZ: "UTC" },
  });
  if (r.status !== 0)
    throw new Error(
      `${cmd} ${args.join(" ")} failed:\n${r.stderr.slice(-3000)}\n${r.stdout.slice(0, 3000)}`,
    );
  const [wall, user, sys] = fs.readFileSync(tf, "utf8").trim().split(/\s+/).slice(-3).map(Number);
  const rssKb = Number(fs.readFileSync(rf, "utf8"));
  return { sample: { wall: wall!, cpu: user! + sys!, rssMb: rssKb / 1024 }, stdout: r.stdout };
}

const HTML_KINDS = ["article", "home", "section", "tag", "author", "tagIndex", "page", "notFound"];

/**
 * One build of `content` into `out` with `cache`, as `npm run build` runs it (the launcher, its node
 * flags and environment), by the Broadsheet checkout `repo` (run from there: the CLI needs it).
 */
export function broadsheet(content: string, out: string, cache: string, repo = ROOT): Sample {
  const { sample, stdout } = measure(
    process.execPath,
    [
      ...NODE_FLAGS,
      // The launcher users run (`npm run build`): compiled JavaScript, no TypeScript on the hot path.
      path.join(repo, "bin/broadsheet.mjs"),
      ...["build", "--content", content, "--out", out, "--cache", cache],
      ...["--now", "2025-01-01", "--json"],
    ],
    BUILD_ENV,
    repo,
  );
  type Report = Pick<Sample, "bodies" | "files"> &
    Record<"pages" | "seconds" | "rssMb", Record<string, number>>;
  const report = JSON.parse(stdout) as Report;
  const pages = HTML_KINDS.reduce((s, k) => s + (report.pages[k] ?? 0), 0);
  return {
    ...sample,
    pages,
    stages: report.seconds,
    stageRss: report.rssMb,
    bodies: report.bodies,
    files: report.files,
  };
}

/** A CI job's build: the saved cache copied in (untimed) and an empty output folder. */
export function ciBuild(content: string, outRoot: string, saved: string, repo = ROOT): Sample {
  const cache = `${saved}-job`;
  const out = `${outRoot}/ci-site`;
  for (const d of [cache, out]) fs.rmSync(d, { recursive: true, force: true });
  // As actions/cache restores it: timestamps kept. The photos of a fresh clone are new files.
  copyCache(saved, cache);
  freshCheckout(content);
  try {
    return broadsheet(content, out, cache, repo);
  } finally {
    fs.rmSync(cache, { recursive: true, force: true });
  }
}

/** The median of `xs`. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
