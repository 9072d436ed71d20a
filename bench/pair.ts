// `npm run bench:pair`: two commits of Broadsheet paired on one corpus in the builds of a working
// day (one edit, a CI job with that edit, a CI job publishing the newest article) and, when asked,
// the first build (`cold`: ~1.5 min a run at 10k, so not by default). Each side builds
// from a snapshot its own code made; runs alternate A and B (and which goes first); the report
// gives each side's medians and the paired median of B − A. No timing is asserted anywhere.
// Usage: npm run bench:pair -- --a REV --b REV [--n 10000] [--runs 5] [--modes edit,ci,publish,cold]
//        [--seed 1] [--out /tmp/bench-out] [--corpus /tmp/bench-corpus] [--report FILE]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { copyCache } from "./cache-copy.ts";
import { broadsheet, ciBuild, median, needTime, ROOT, type Sample } from "./measure.ts";
import { ensureCorpus, newestArticle } from "./scenarios.ts";

const PAIR_MODES = ["edit", "ci", "publish", "cold"] as const;
type PairMode = (typeof PAIR_MODES)[number];
/** The modes run unless `--modes` names others. */
const DEFAULT_MODES: readonly PairMode[] = ["edit", "ci", "publish"];

const { values } = parseArgs({
  options: {
    a: { type: "string" },
    b: { type: "string" },
    n: { type: "string", default: "10000" },
    runs: { type: "string", default: "5" },
    seed: { type: "string", default: "1" },
    out: { type: "string", default: "/tmp/bench-out" },
    corpus: { type: "string", default: "/tmp/bench-corpus" },
    modes: { type: "string", default: DEFAULT_MODES.join(",") },
    report: { type: "string" },
  },
});
if (!values.a || !values.b) throw new Error("usage: npm run bench:pair -- --a REV --b REV");
const modes = values.modes
  .split(",")
  .filter((m): m is PairMode => (PAIR_MODES as readonly string[]).includes(m));
const runs = Number(values.runs);
const n = Number(values.n);
needTime();

/** One side of the pair: its commit, checkout and snapshot folders. */
interface Side {
  name: "A" | "B";
  rev: string;
  commit: string;
  dir: string;
  repo: string;
}

/**
 * A clone of `rev` beside the output (this checkout's node_modules linked in: both sides run with
 * the same dependencies), built once into `dir/site` with `dir/cache`, then set aside as
 * `snap-site` and `snap-cache`: the state a newsroom's last build left.
 */
function prepare(name: Side["name"], rev: string, corpus: string): Side {
  const commit = execFileSync("git", ["-C", ROOT, "rev-parse", rev], { encoding: "utf8" }).trim();
  const dir = path.join(values.out, `pair-${name}`);
  const repo = path.join(dir, "repo");
  fs.rmSync(dir, { recursive: true, force: true });
  execFileSync("git", ["clone", "--quiet", "--no-checkout", ROOT, repo]);
  execFileSync("git", ["-C", repo, "checkout", "--quiet", commit]);
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(repo, "node_modules"));
  process.stderr.write(`${name} = ${commit.slice(0, 7)}: snapshot build\n`);
  broadsheet(corpus, path.join(dir, "site"), path.join(dir, "cache"), repo);
  fs.renameSync(path.join(dir, "site"), path.join(dir, "snap-site"));
  fs.renameSync(path.join(dir, "cache"), path.join(dir, "snap-cache"));
  return { name, rev, commit, dir, repo };
}

/** One build of `mode` by `side`, from its snapshot (copied in untimed). */
function runMode(side: Side, mode: PairMode, corpus: string, files: Files, k: number): Sample {
  const { dir, repo } = side;
  const [site, cache] = [path.join(dir, "site"), path.join(dir, "cache")];
  // cold: no output and no cache; edit: the snapshot's output and cache.
  if (mode === "cold" || mode === "edit")
    for (const d of [site, cache]) fs.rmSync(d, { recursive: true, force: true });
  if (mode === "cold") return broadsheet(corpus, site, cache, repo);
  if (mode === "edit") {
    copyCache(path.join(dir, "snap-cache"), cache);
    // Hard links: the snapshot's pages keep their inodes, so they carry over as in a local build
    // (a build replaces a page it renders, never writes through the link).
    execFileSync("cp", ["-al", path.join(dir, "snap-site"), site]);
    fs.writeFileSync(files.edit, `${files.original}\nAn added sentence, pair run ${k}.\n`);
    return broadsheet(corpus, site, cache, repo);
  }
  if (mode === "ci") fs.writeFileSync(files.edit, `${files.original}\nAn added sentence, ${k}.\n`);
  else fs.writeFileSync(files.newest, newestArticle(files.original, k));
  return ciBuild(corpus, dir, path.join(dir, "snap-cache"), repo);
}

/** The article a run edits (and restores), and the newest article `publish` adds. */
interface Files {
  edit: string;
  original: string;
  newest: string;
}

const { corpus, mb } = await ensureCorpus(values.corpus, n, Number(values.seed), 0);
const dir2020 = path.join(corpus, "articles/2020");
const edit = path.join(
  dir2020,
  fs
    .readdirSync(dir2020)
    .filter((f) => f.endsWith(".md"))
    .sort()[0]!,
);
const files: Files = {
  edit,
  original: fs.readFileSync(edit, "utf8"),
  newest: path.join(corpus, "articles/2024/zz-bench-newest.md"),
};
const restore = (): void => {
  fs.writeFileSync(files.edit, files.original);
  fs.rmSync(files.newest, { force: true });
};
const samples = new Map<string, Sample[]>();
let sides: [Side, Side];
try {
  sides = [prepare("A", values.a, corpus), prepare("B", values.b, corpus)];
  for (let k = 1; k <= runs; k++) {
    for (const mode of modes) {
      // Which side goes first alternates run by run, so a drifting machine favours neither.
      for (const side of k % 2 ? sides : [...sides].reverse()) {
        process.stderr.write(`run ${k}/${runs} ${mode} ${side.name}\n`);
        const s = runMode(side, mode, corpus, files, k);
        restore();
        const key = `${mode} ${side.name}`;
        samples.set(key, [...(samples.get(key) ?? []), s]);
      }
    }
  }
} finally {
  restore();
}

const rows = modes.map((mode) => {
  const [a, b] = [samples.get(`${mode} A`)!, samples.get(`${mode} B`)!];
  const diffs = a.map((x, i) => b[i]!.wall - x.wall);
  const lower = diffs.filter((d) => d < 0).length;
  const wall = (ss: Sample[]): string => median(ss.map((s) => s.wall)).toFixed(2);
  const peak = (ss: Sample[]): string => median(ss.map((s) => s.rssMb)).toFixed(0);
  const files = (ss: Sample[]): string =>
    `${median(ss.map((s) => s.files?.rendered ?? 0))} / ${median(ss.map((s) => s.files?.carried ?? 0))}`;
  return `| ${mode} | ${a.length} | ${wall(a)} → ${wall(b)} | ${median(diffs).toFixed(2)} (${lower} of ${diffs.length} lower) | ${peak(a)} → ${peak(b)} | ${files(a)} → ${files(b)} | ${stageMoves(a, b)} |`;
});

/** The stages whose medians moved by 0.05 s or more, A → B. */
function stageMoves(a: Sample[], b: Sample[]): string {
  const keys = [...new Set([...a, ...b].flatMap((s) => Object.keys(s.stages ?? {})))];
  const med = (ss: Sample[], k: string): number => median(ss.map((s) => s.stages?.[k] ?? 0));
  return keys
    .filter((k) => k !== "total" && Math.abs(med(b, k) - med(a, k)) >= 0.05)
    .map((k) => `${k} ${med(a, k).toFixed(2)} → ${med(b, k).toFixed(2)}`)
    .join(", ");
}

const [A, B] = sides!;
const text = `## Pair of ${new Date().toISOString().slice(0, 10)}: ${A.commit.slice(0, 7)} → ${B.commit.slice(0, 7)}

\`npm run bench:pair -- --a ${A.rev} --b ${B.rev} --n ${n} --runs ${runs} --modes ${modes.join(",")} --seed ${values.seed} --out ${values.out} --corpus ${values.corpus}\`
on ${os.cpus().length} cores, Node ${process.version}; ${n} articles (${mb.toFixed(1)} MB). Each side builds from a snapshot its
own code made; edit = one article's body changed, built into the snapshot's output (hard-linked: its
pages carry over); ci = that edit as a CI job (empty output folder, the snapshot's cache copied in,
new media ctimes); publish = a CI job with one new article, the newest; cold = the first build (no
output, no cache). Wall s, medians; the paired
median is of B − A run by run; peak MB is summed over every process a build starts.

| mode | runs | wall A → B | paired median B − A | peak MB A → B | files rendered / carried A → B | stages that moved (median s) |
|---|---:|---:|---:|---:|---|---|
${rows.join("\n")}
`;
process.stdout.write(text);
if (values.report) fs.writeFileSync(values.report, text);
for (const s of sides!) fs.rmSync(s.dir, { recursive: true, force: true });
