// Tells the user what the build is doing: one line per stage, then a summary (stderr, never stdout).

/** Receives the build's progress events. */
export interface Progress {
  /** A stage finished: its name, what it counted, and how long it took. */
  stage(name: string, detail: string, seconds: number): void;
  /** A free-form line (e.g. where the output went). */
  note(text: string): void;
}

/** Options of the terminal progress reporter. */
export interface ProgressOptions {
  /** Print nothing at all. */
  quiet: boolean;
  /** Where lines go; stderr so that `--json` keeps stdout clean. */
  write: (line: string) => void;
}

/** Defaults of the terminal progress reporter. */
export const progressDefaults = {
  quiet: false,
  write: (line: string) => process.stderr.write(`${line}\n`),
} satisfies ProgressOptions;

/** A progress reporter that prints aligned plain lines (readable on a TTY and in CI logs). */
export function terminalProgress(options: Partial<ProgressOptions> = {}): Progress {
  const o = { ...progressDefaults, ...options };
  return {
    stage(name, detail, seconds) {
      if (!o.quiet)
        o.write(`${name.padEnd(8)} ${detail.padEnd(48)} ${seconds.toFixed(2).padStart(7)} s`);
    },
    note(text) {
      if (!o.quiet) o.write(text);
    },
  };
}

/** Measures one stage: runs `fn` and returns its value with the seconds it took. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; seconds: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, seconds: (performance.now() - t0) / 1000 };
}
