// A build with nothing to do: when the content, code, settings and clock span are those of the last
// successful build into the same output, and the output is as that build left it, the build stops
// after loading the content and reports what the last build published.
import path from "node:path";
import type { LoadedContent } from "./content/load.ts";
import { CODE_INPUTS, fingerprint } from "./fingerprint.ts";
import {
  inputKey,
  readStamp,
  saveStamp,
  stampHolds,
  treeDigest,
  type BuildStamp,
} from "./incremental/build-stamp.ts";
import { manifestPath } from "./incremental/manifest.ts";
import type { BuildOptions } from "./model-site.ts";
import { NEXT_PUBLISH_FILE } from "./publish/next-publish.ts";
import { budgetFromEnv } from "./publish/output-budget.ts";
import { readBuildId } from "./publish/swap.ts";
import { isCi } from "./publish/redirects-lock.ts";
import type { BuildReport, BuildRun } from "./report.ts";

/** Where the last build's stamp is checked and the next one written, and the key of this build. */
export interface StampSite {
  cacheDir: string;
  outDir: string;
  key: string;
}

/** The state files a build writes outside the output: its page manifest and next-publish.json. */
function stateFiles(site: StampSite): string[] {
  return [manifestPath(site.cacheDir, site.outDir), path.resolve(".broadsheet", NEXT_PUBLISH_FILE)];
}

/** The stamp site of a build (no cache folder, or `check`: none, and every build runs in full). */
export function stampSite(
  opts: BuildOptions,
  cacheDir: string | false,
  loaded: LoadedContent,
): StampSite | undefined {
  if (!cacheDir || opts.checkOnly) return undefined;
  const settings = {
    content: path.resolve(opts.contentDir),
    out: path.resolve(opts.outDir),
    cache: path.resolve(cacheDir),
    cwd: process.cwd(),
    // Problems name files relative to where npm started: replayed warnings must name them alike.
    display: process.env.INIT_CWD ?? null,
    now: opts.now ?? null,
    preview: opts.preview,
    budget: opts.outputBudget ?? budgetFromEnv(),
    ci: isCi(),
    node: process.version,
  };
  const code = fingerprint(CODE_INPUTS);
  const key = inputKey(loaded, loaded.errors, { code, settings });
  return { cacheDir, outDir: path.resolve(opts.outDir), key };
}

/** The stamp the last successful build into this output left, if any. */
export function lastStamp(site: StampSite): BuildStamp | undefined {
  return readStamp(site.cacheDir, site.outDir);
}

/** Whether `stamp` still describes the output (see `stampHolds`; the clock is `--now` or the real one). */
export function stillHolds(site: StampSite, stamp: BuildStamp, opts: BuildOptions): boolean {
  const clock = opts.now === undefined ? Date.now() : undefined;
  return stampHolds(stamp, site.key, clock, () => treeDigest(site.outDir, stateFiles(site)));
}

/**
 * Stamps the output just published (its marker holds `buildId`) with this build's key, clock span
 * and report. Nothing is stamped when the marker holds another id once the output was walked:
 * another build into the same folder published meanwhile, and the walk may have seen its output.
 */
export function stampOutput(
  site: StampSite,
  clock: BuildStamp["clock"],
  report: BuildReport,
  buildId: string,
): void {
  const { articles, pages, pagesBuilt, warnings, bodies, files } = report;
  const tree = treeDigest(site.outDir, stateFiles(site));
  if (readBuildId(site.outDir) !== buildId) return;
  saveStamp(site.cacheDir, site.outDir, {
    key: site.key,
    clock,
    report: { articles, pages, pagesBuilt, warnings, bodies, files },
    tree,
  });
}

/** The report of a build with nothing to do: the last build's, every file carried over. */
export function upToDateReport(stamp: BuildStamp, report: BuildReport): void {
  const { files, bodies } = stamp.report;
  Object.assign(report, stamp.report, {
    upToDate: true,
    bodies: { cached: bodies.cached + bodies.rendered, rendered: 0 },
    files: {
      rendered: 0,
      carried: files.rendered + files.carried,
      restored: 0,
      ...(files.search !== undefined && { search: files.search }),
    },
  });
}

/**
 * The build's `stamp` stage: checks the last build's stamp; when it holds, the report is that build's and
 * true comes back (the output is left as it is).
 */
export async function upToDate(
  run: BuildRun,
  site: StampSite,
  opts: BuildOptions,
): Promise<boolean> {
  const last = lastStamp(site);
  if (!last) return false;
  const holds = await run.stage(
    "stamp",
    () => stillHolds(site, last, opts),
    (h) => (h ? "nothing changed since the last build" : "changed since the last build"),
  );
  if (holds) upToDateReport(last, run.report);
  return holds;
}
