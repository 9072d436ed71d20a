// The Pagefind thread: talks to Pagefind's process from a worker thread, so the index keeps moving
// while the main thread is busy with synchronous work (hashing views, restoring pages); fed by
// `pagefind-thread.ts`.
import { parentPort } from "node:worker_threads";
import { closePagefind, indexRecords } from "./pagefind-run.ts";
import type { ThreadAnswer, ThreadRequest } from "./pagefind-thread.ts";

const port = parentPort;
if (!port) throw new Error("internal: pagefind-worker.ts runs in a worker thread only");
port.on("message", (req: ThreadRequest) => {
  void answer(req).then((a) => {
    const transfer = a.ok && a.files ? a.files.map((f) => f.bytes.buffer as ArrayBuffer) : [];
    port.postMessage(a, transfer);
    if (req.type === "close") port.close();
  });
});

/** What one request comes to; a failure is an answer, never a crash of the thread. */
async function answer(req: ThreadRequest): Promise<ThreadAnswer> {
  try {
    if (req.type === "close") {
      await closePagefind();
      return { id: req.id, ok: true };
    }
    // Each file gets its own buffer, so it can be transferred rather than copied.
    const files = (await indexRecords(req.records)).map((f) => ({
      path: f.path,
      bytes: Uint8Array.from(f.bytes),
    }));
    return { id: req.id, ok: true, files };
  } catch (err) {
    return { id: req.id, ok: false, message: (err as Error).message ?? String(err) };
  }
}
