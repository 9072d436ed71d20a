// Tells the user what the build is doing (stderr, never stdout): a long stage's advance (a live line on
// a terminal, a plain line every few seconds in a CI log) and, with --verbose, one line per stage.

/** Receives the build's progress events. */
export interface Progress {
  /** A stage finished: its name, what it counted, and how long it took. */
  stage(name: string, detail: string, seconds: number): void;
  /** A free-form line (e.g. where the output went). */
  note(text: string): void;
  /** Work inside a stage advanced: `done` of `total` items. */
  count?(stage: string, done: number, total: number): void;
}

/** Options of the terminal progress reporter. */
export interface ProgressOptions {
  /** Print nothing at all. */
  quiet: boolean;
  /** Print one line per finished stage (its counts and seconds). */
  verbose: boolean;
  /** Where lines go; stderr so that `--json` keeps stdout clean. */
  write: (line: string) => void;
  /** Redraw one live line (a TTY) instead of printing periodic plain lines. */
  live: boolean;
  /** Rewrites the live line in place (a TTY only). */
  redraw: (line: string) => void;
  /** Without a TTY: ms between plain progress lines (none for stages shorter than this). */
  everyMs: number;
  /** The clock, in ms (injectable for tests). */
  clock: () => number;
}

/** Defaults of the terminal progress reporter. */
export const progressDefaults = {
  quiet: false,
  verbose: false,
  write: (line: string) => process.stderr.write(`${line}\n`),
  live: process.stderr.isTTY === true,
  redraw: (line: string) => process.stderr.write(`\r\x1b[2K${line}`),
  everyMs: 5000,
  clock: () => performance.now(),
} satisfies ProgressOptions;

/** One progress line: stage, done/total, rate and ETA, e.g. `markdown 500/10000 812/s ETA 12 s`. */
export function formatCount(stage: string, done: number, total: number, ms: number): string {
  const rate = ms > 0 ? (done * 1000) / ms : 0;
  const eta = rate > 0 ? Math.ceil((total - done) / rate) : undefined;
  const etaText = eta === undefined ? "" : ` ETA ${eta < 60 ? `${eta} s` : formatSeconds(eta)}`;
  return `${stage.padEnd(8)} ${done}/${total} ${Math.round(rate)}/s${etaText}`;
}

/** Seconds for a progress line: `8.4 s`, `2 min 05 s`. */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
}

/**
 * A progress reporter that prints aligned plain lines (readable on a TTY and in CI logs). Stage lines
 * only with `verbose`: a small build is over before anyone reads them, and the summary says the rest;
 * the advance of a long stage always shows, so a big build is never silent for minutes.
 */
export function terminalProgress(options: Partial<ProgressOptions> = {}): Progress {
  const o = { ...progressDefaults, ...options };
  // The stage being counted: when it started, when a line was last shown, whether a live line is up.
  let counting: { stage: string; start: number; shown: number; drawn: boolean } | undefined;
  const started = o.clock();
  const clearLive = (): void => {
    if (counting?.drawn) o.redraw("");
    counting = undefined;
  };
  return {
    stage(name, detail, seconds) {
      clearLive();
      if (o.quiet) return;
      if (o.verbose)
        o.write(`${name.padEnd(8)} ${detail.padEnd(48)} ${seconds.toFixed(2).padStart(7)} s`);
      // A long build says where it is: each long stage's end, even without --verbose.
      else if (seconds * 1000 >= o.everyMs)
        o.write(
          `${name.padEnd(8)} done in ${formatSeconds(seconds)} (${formatSeconds((o.clock() - started) / 1000)} into the build)`,
        );
    },
    count(stage, done, total) {
      if (o.quiet) return;
      const now = o.clock();
      if (counting?.stage !== stage) counting = { stage, start: now, shown: now, drawn: false };
      const c = counting;
      const line = formatCount(stage, done, total, now - c.start);
      if (o.live) {
        if (now - c.shown < 100 && c.drawn) return;
        o.redraw(line);
        c.drawn = true;
        c.shown = now;
      } else if (now - c.shown >= o.everyMs) {
        o.write(line);
        c.shown = now;
      }
    },
    note(text) {
      clearLive();
      if (!o.quiet) o.write(text);
    },
  };
}

/** Measures one stage: runs `fn` and returns its value with the seconds it took. */
export async function timed<T>(
  fn: () => Promise<T> | T,
): Promise<{ value: T; seconds: number; rssMb: number }> {
  const t0 = performance.now();
  const value = await fn();
  const rssMb = Math.round(process.memoryUsage.rss() / 2 ** 20);
  return { value, seconds: (performance.now() - t0) / 1000, rssMb };
}
