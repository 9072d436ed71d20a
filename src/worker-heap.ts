// The heap limits every worker thread starts with: its own young generation, not the main thread's.
import v8 from "node:v8";
import type { ResourceLimits } from "node:worker_threads";

/** Whether this process has let its worker threads size their own young generation. */
let unshared = false;

/**
 * The `resourceLimits` of a new worker thread (`extra`, once the flag below is cleared), to pass to
 * every `new Worker`.
 *
 * `npm run build` starts Node with `--max-semi-space-size=64`: the main thread holds the long-lived
 * site model, and bigger semi-spaces mean fewer scavenges of it. A V8 flag is the process's, not
 * a thread's, so every worker (the Markdown pool, the scanner, the Pagefind driver, the page
 * restorer) could grow 64 MB semi-spaces too (a new space of up to 128 MB each), and V8 ignores
 * a worker's `maxYoungGenerationSizeMb` while the flag is set. An isolate's heap is sized when it
 * is made: clearing the flag before the first worker starts leaves the main thread's heap as it
 * is and gives each worker V8's own default (16 MB semi-spaces). Measured on a cold build of
 * 10,000 articles: ~190 MB less while bodies render, ~180 MB less at the build's peak
 * (bench/RESULTS.md, fourteenth session).
 */
export function workerLimits(extra: ResourceLimits = {}): ResourceLimits {
  if (!unshared) {
    v8.setFlagsFromString("--max-semi-space-size=0");
    unshared = true;
  }
  return extra;
}
