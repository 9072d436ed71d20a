// The build report and the runner that fills it: each stage is timed, its memory noted, its
// problems kept, and one progress line printed.
import { isWarning, sortContentErrors, type ContentError } from "./content/errors.ts";
import type { Progress } from "./progress.ts";

/** The build's outcome, as `--json` prints it. */
export interface BuildReport {
  ok: boolean;
  articles: { published: number; drafts: number; pending: number; expired: number };
  /** Output files by kind (`article`, `home`, `tag`, `feed`, `sitemap`, `media`…). */
  pages: Record<string, number>;
  /** Pages people read (the summary's "built N pages"). */
  pagesBuilt: number;
  errors: ContentError[];
  warnings: ContentError[];
  /** Seconds per stage, and `total`. */
  seconds: Record<string, number>;
  /** Resident memory at the end of each stage, and the process's peak (`peak`), in MiB. */
  rssMb: Record<string, number>;
  /** Article and page bodies served from the cache vs rendered by the Markdown pool. */
  bodies: { cached: number; rendered: number };
  /**
   * Output files rendered by Eleventy vs carried over unchanged from the previous output or the
   * cache's page store (`restored`: how many of the carried came from the page store); `search`:
   * the files of the search index (Pagefind's buckets and runtime).
   */
  files: { rendered: number; carried: number; restored?: number; search?: number };
  /**
   * True when nothing changed since the last successful build into this output (content, code,
   * settings, the clock's span and the output itself): no stage after load ran, the output was
   * left as it was, and the report repeats that build's counts and warnings.
   */
  upToDate?: boolean;
}

/** Fills a report stage by stage. */
export class BuildRun {
  /** The report so far. */
  readonly report: BuildReport = {
    ok: false,
    articles: { published: 0, drafts: 0, pending: 0, expired: 0 },
    pages: {},
    pagesBuilt: 0,
    errors: [],
    warnings: [],
    seconds: {},
    rssMb: {},
    bodies: { cached: 0, rendered: 0 },
    files: { rendered: 0, carried: 0 },
  };
  private readonly t0 = performance.now();

  constructor(private readonly progress: Progress) {
    // From the process's start (the clock's origin) to this run: Node, the launcher, module loading.
    this.report.seconds.startup = this.t0 / 1000;
  }

  /** Whether any stage reported an error. */
  get failed(): boolean {
    return this.report.errors.length > 0;
  }

  /** The progress receiver (for counts inside a stage). */
  get progressOf(): Progress {
    return this.progress;
  }

  /**
   * Runs one stage: times it, notes memory, keeps the `errors` its result carries (warnings apart)
   * and prints its line with `describe(result)`.
   */
  async stage<T>(
    name: string,
    fn: () => Promise<T> | T,
    describe: (result: T) => string,
  ): Promise<T> {
    const t0 = performance.now();
    const result = await fn();
    const seconds = (performance.now() - t0) / 1000;
    // A stage run in two parts (verify: before and after the search index) counts both.
    this.report.seconds[name] = (this.report.seconds[name] ?? 0) + seconds;
    this.report.rssMb[name] = Math.round(process.memoryUsage.rss() / 2 ** 20);
    const errors = (result as { errors?: unknown } | undefined)?.errors;
    if (Array.isArray(errors)) this.add(errors as ContentError[]);
    this.progress.stage(name, describe(result), seconds);
    return result;
  }

  /** Adds problems found outside a stage's result. */
  add(problems: readonly ContentError[]): void {
    for (const e of problems) (isWarning(e) ? this.report.warnings : this.report.errors).push(e);
  }

  /** Closes the report: sorted problems, total time, peak memory, `ok` unless an error was found. */
  finish(ok: boolean): BuildReport {
    const r = this.report;
    r.ok = ok && r.errors.length === 0;
    r.errors = sortContentErrors(r.errors);
    r.warnings = sortContentErrors(r.warnings);
    r.seconds.total = (performance.now() - this.t0) / 1000;
    r.rssMb.peak = Math.round(process.resourceUsage().maxRSS / 1024);
    for (const k of Object.keys(r.seconds)) r.seconds[k] = Math.round(r.seconds[k]! * 1000) / 1000;
    return r;
  }
}
