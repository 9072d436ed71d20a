// The restore worker: writes pages from the page store into staging on the second core while the
// main thread hashes the rest of the site's views (`page-restorer.ts` feeds it).
import { parentPort } from "node:worker_threads";
import type { RestoreAnswer, RestoreRequest } from "./page-restorer.ts";
import { restoreFrom } from "./store-sync.ts";

const port = parentPort;
if (!port) throw new Error("internal: restore-worker.ts runs in a worker thread only");
let restore: ReturnType<typeof restoreFrom> | undefined;
port.on("message", (req: RestoreRequest | null) => {
  if (req === null) return void port.close();
  restore ??= restoreFrom(req.dir, req.staging);
  const answer: RestoreAnswer = { restored: [], copied: [] };
  try {
    for (const [file, hash, size, mtimeMs] of req.pages) {
      if (size >= 0) {
        if (restore.copy(file, hash, { size, mtimeMs })) answer.copied.push(file);
        continue;
      }
      const facts = restore.restore(file, hash);
      if (facts) answer.restored.push([file, facts]);
    }
  } catch (err) {
    // A write that failed (disk full, read-only…) fails the build as it would on the main thread.
    const e = err as NodeJS.ErrnoException & { dest?: unknown };
    answer.fault = {
      message: e.message,
      ...(e.code && { code: e.code }),
      ...(e.path && { path: e.path }),
      ...(typeof e.dest === "string" && { dest: e.dest }),
      ...(e.syscall && { syscall: e.syscall }),
    };
  }
  port.postMessage(answer);
});
