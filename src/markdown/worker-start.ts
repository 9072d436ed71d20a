// How a render worker starts: its boot entry, and a promise that it finished loading.

const WORKER_URL = new URL("./worker.ts", import.meta.url).href;
// Note: Node 20 cannot start a worker on a .ts file even under `--import tsx` (ERR_UNKNOWN_FILE_EXTENSION:
// the entry loads before the hooks apply), so a tiny ESM entry registers tsx, then imports the worker.
/** The worker's entry: registers tsx, then imports `worker.ts`. */
export const BOOT = new URL(
  `data:text/javascript,${encodeURIComponent(
    `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))}; register(); await import(${JSON.stringify(WORKER_URL)});`,
  )}`,
);

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
