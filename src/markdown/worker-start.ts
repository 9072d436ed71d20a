// How a render worker starts: its boot entry, and a promise that it finished loading.
import { CODE_EXT } from "../code-root.ts";
import { workerEntry } from "../worker-entry.ts";

/** The worker's entry: `worker.js` compiled, or an entry that registers tsx, then imports `worker.ts`. */
export const BOOT = workerEntry(new URL(`./worker${CODE_EXT}`, import.meta.url));

/** How long `close` waits for a loading worker before terminating it anyway. */
export const STARTUP_LIMIT_MS = 30_000;

/** A promise the caller settles through `settle`, or that settles by itself after `ms`. */
export function startedWithin(ms: number, settle: (resolve: () => void) => void): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref();
    settle(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
