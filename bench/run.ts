// `npm run bench`: builds generated corpora cold, warm, after a one-article edit, and as CI does (a
// fresh output folder with the cache restored from before an edit or a new article) through the real
// CLI, beside the naive remark loop and Hugo (when installed); prints medians and writes bench/RESULTS.md.
// Usage: npm run bench -- [--n 1000,10000] [--runs 3] [--seed 1] [--out /tmp/bench-out] [--no-write]
//        [--modes naive,hugo,cold,warm,edit,ci,publish] [--report FILE (instead of bench/RESULTS.md)]
//        [--corpus /tmp/bench-corpus (corpora go to <corpus>-<N>)]
//        [--photos P (photo-heavy: P unique camera-size photos, a hero on every article; <corpus>-<N>-p<P>)]
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { copyCache } from "./cache-copy.ts";
import { writeHugoSite } from "./hugo-site.ts";
import { BUILD_ENV, NODE_FLAGS } from "../src/build-command.ts";
import { broadsheet, ciBuild, measure, median, needTime, ROOT, type Sample } from "./measure.ts";
import { cacheParts, duMb, ensureCorpus, MODES, newestArticle } from "./scenarios.ts";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "1000,10000" },
    runs: { type: "string", default: "3" },
    seed: { type: "string", default: "1" },
    out: { type: "string", default: "/tmp/bench-out" },
    corpus: { type: "string", default: "/tmp/bench-corpus" },
    modes: { type: "string", default: "naive,hugo,cold,warm,edit,ci,publish" },
    "no-write": { type: "boolean", default: false },
    report: { type: "string" },
    photos: { type: "string", default: "0" },
  },
});
const sizes = values.n.split(",").map(Number);
const modes = new Set(values.modes.split(","));
const runs = Number(values.runs);
const photos = Number(values.photos);
const outRoot = values.out;
const hugo = spawnSync("hugo", ["version"], { encoding: "utf8" });
const hugoVersion =
  hugo.status === 0 ? hugo.stdout.trim().split(" ").slice(0, 2).join(" ") : undefined;
needTime();

const count = (dir: string): number =>
  fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".html")).length;

const rows: string[] = [];
/** The Broadsheet modes of the stage table, and those this run measured. */
const STAGE_MODES = ["cold", "warm", "edit", "ci", "publish"];
let stageHead: string[] = [];
const stageRows: string[] = [];
const cacheRows: string[] = [];
for (const n of sizes) {
  const { corpus, mb } = await ensureCorpus(values.corpus, n, Number(values.seed), photos);
  const out = path.join(outRoot, String(n));
  const cache = path.join(outRoot, `cache-${n}`);
  fs.mkdirSync(out, { recursive: true });
  const samples: Record<string, Sample[]> = Object.fromEntries(MODES.map((m) => [m, []]));
  const cacheMb: number[] = [];
  // One article is edited by appending a sentence; a copy restores it afterwards.
  const edited = fs
    .readdirSync(path.join(corpus, "articles/2020"))
    .filter((f) => f.endsWith(".md"))
    .sort()[0]!;
  const editFile = path.join(corpus, "articles/2020", edited);
  // The new article of `publish`: the newest of the corpus, so every newest-first list shifts.
  const newFile = path.join(corpus, "articles/2024/zz-bench-newest.md");
  const original = fs.readFileSync(editFile, "utf8");
  try {
    for (let run = 0; run < runs; run++) {
      process.stderr.write(`n=${n} run ${run + 1}/${runs}\n`);
      if (modes.has("naive")) {
        const naive = measure(process.execPath, [
          "--import",
          "tsx",
          "bench/naive.ts",
          corpus,
          `${out}/naive`,
        ]);
        samples.naive!.push({ ...naive.sample, pages: n });
      }
      if (hugoVersion && modes.has("hugo")) {
        writeHugoSite(`${out}/hugo-site`);
        fs.rmSync(`${out}/hugo`, { recursive: true, force: true });
        const h = measure("hugo", [
          ...["--source", `${out}/hugo-site`, "--contentDir", `${corpus}/articles`],
          ...["--destination", `${out}/hugo`, "--cacheDir", `${out}/hugo-cache`, "--quiet"],
        ]);
        samples.hugo!.push({ ...h.sample, pages: count(`${out}/hugo`) });
      }
      fs.rmSync(cache, { recursive: true, force: true });
      // Note: while the CLI does not pass --cache on, builds use .cache/ in the repo: empty it too.
      fs.rmSync(path.join(ROOT, ".cache/md"), { recursive: true, force: true });
      fs.rmSync(`${out}/site`, { recursive: true, force: true });
      samples.cold!.push(broadsheet(corpus, `${out}/site`, cache));
      if (modes.has("warm")) samples.warm!.push(broadsheet(corpus, `${out}/site`, cache));
      cacheMb.push(duMb(cache));
      // The cache as a CI job restores it: saved by the last publish, before today's change.
      const saved = `${cache}-saved`;
      fs.rmSync(saved, { recursive: true, force: true });
      if (modes.has("ci") || modes.has("publish")) copyCache(cache, saved);
      const edit = (): void =>
        fs.writeFileSync(editFile, `${original}\nAn added sentence, edit number ${run + 1}.\n`);
      if (modes.has("edit")) {
        edit();
        samples.edit!.push(broadsheet(corpus, `${out}/site`, cache));
        fs.writeFileSync(editFile, original);
      }
      if (modes.has("ci")) {
        edit();
        samples.ci!.push(ciBuild(corpus, out, saved));
        fs.writeFileSync(editFile, original);
      }
      if (modes.has("publish")) {
        fs.writeFileSync(newFile, newestArticle(original, run + 1));
        samples.publish!.push(ciBuild(corpus, out, saved));
        fs.rmSync(newFile);
      }
      fs.rmSync(saved, { recursive: true, force: true });
    }
  } finally {
    fs.writeFileSync(editFile, original);
    fs.rmSync(newFile, { force: true });
  }
  const naiveWall = samples.naive!.length ? median(samples.naive!.map((s) => s.wall)) : NaN;
  const hugoWall = samples.hugo!.length ? median(samples.hugo!.map((s) => s.wall)) : undefined;
  for (const [name, ss] of Object.entries(samples)) {
    if (!ss.length) continue;
    const wall = median(ss.map((s) => s.wall));
    const pages = median(ss.map((s) => s.pages));
    const cached = ss[0]!.bodies ? `${median(ss.map((s) => s.bodies!.cached))}` : "";
    const carried = ss[0]!.files
      ? `${median(ss.map((s) => s.files!.rendered))} / ${median(ss.map((s) => s.files!.carried))}`
      : "";
    rows.push(
      `| ${n} | ${mb.toFixed(1)} | ${name} | ${wall.toFixed(2)} | ${median(ss.map((s) => s.cpu)).toFixed(2)} | ${median(ss.map((s) => s.rssMb)).toFixed(0)} | ${pages} | ${(pages / wall).toFixed(0)} | ${Number.isNaN(naiveWall) ? "–" : (wall / naiveWall).toFixed(2)} | ${hugoWall ? (wall / hugoWall).toFixed(2) : "–"} | ${cached} | ${carried} |`,
    );
  }
  if (cacheMb.length)
    cacheRows.push(`| ${n} | ${median(cacheMb).toFixed(0)} | ${cacheParts(cache)} |`);
  const measured = STAGE_MODES.filter((m) => samples[m]!.length > 0);
  // Every stage any mode ran (a warm build that had nothing to do runs `stamp` only), `total` last.
  const seen = measured.flatMap((m) => samples[m]!.flatMap((x) => Object.keys(x.stages ?? {})));
  const stages = [...new Set(seen)].filter((k) => k !== "total").concat("total");
  stageHead = measured;
  for (const k of stages) {
    const secs = measured.map((m) => median(samples[m]!.map((x) => x.stages?.[k] ?? 0)).toFixed(2));
    const cold = samples.cold!;
    const rss =
      cold.length && cold[0]!.stageRss?.[k] !== undefined
        ? median(cold.map((x) => x.stageRss?.[k] ?? 0)).toFixed(0)
        : "–";
    stageRows.push(`| ${n} | ${k} | ${secs.join(" | ")} | ${rss} |`);
  }
}

const command = `npm run bench -- --n ${values.n} --runs ${runs} --seed ${values.seed} --out ${outRoot} --corpus ${values.corpus} --modes ${values.modes}${photos ? ` --photos ${photos}` : ""}`;
const cli = [...Object.entries(BUILD_ENV).map(([k, v]) => `${k}=${v}`), ...NODE_FLAGS];
const flags = cli.length ? ` (as \`npm run build\`: ${cli.join(" ")})` : "";
const text = `## Run of ${new Date().toISOString().slice(0, 10)}

\`${command}\` on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}${flags}, ${hugoVersion ?? "Hugo not installed"}; output in ${outRoot}; 1-min load average at the end: ${os.loadavg()[0]!.toFixed(2)}.
Medians of ${runs} alternating runs. cold = empty cache; warm = nothing changed; edit = one article's body changed;
ci = the edit built as a CI job does: an empty output folder, the cache as it was before the edit (copied in untimed), new media ctimes;
publish = the same with one new article instead, the newest (every newest-first list shifts).
Pages: Broadsheet's HTML pages (full profile, en + zh, sections, authors, archives); Hugo's bench page set; naive = one file per article.

| N | MB | build | wall s | CPU s | peak MB (all processes) | pages | pages/s | × naive | × Hugo | bodies cached | files rendered / carried |
|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join("\n")}

The cache after a warm build (\`--cache\`, MB; the page store keeps every output page):

| N | cache MB | by folder (MB) |
|---:|---:|---|
${cacheRows.join("\n")}

Broadsheet by stage: median wall seconds of each mode, and the build process's resident MB at the
end of each stage of the cold build (from \`--json\`; \`startup\` is process start to the first stage):

| N | stage | ${stageHead.join(" s | ")} s | cold RSS MB |
|---:|---|${stageHead.map(() => "---:").join("|")}|---:|
${stageRows.join("\n")}
`;
process.stdout.write(text);
if (values.report) fs.writeFileSync(values.report, text);
else if (!values["no-write"]) fs.appendFileSync(path.join(ROOT, "bench/RESULTS.md"), `\n${text}`);
