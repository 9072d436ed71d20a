// Pagefind from the main thread, through one worker thread (`pagefind-worker.ts`): the records of a
// bucket go over, its files come back. Pagefind answers each record over a pipe; on the main
// thread those answers waited while plan hashed views, so search ran after plan instead of beside it.
import { Worker } from "node:worker_threads";
import { CODE_EXT } from "../code-root.ts";
import { workerEntry } from "../worker-entry.ts";
import { workerLimits } from "../worker-heap.ts";
import type { IndexFile } from "./pagefind-run.ts";
import type { PagefindRecord } from "./records.ts";

/** A request to the thread: index one bundle, or stop Pagefind (and the thread). */
export type ThreadRequest =
  { type: "index"; id: number; records: readonly PagefindRecord[] } | { type: "close"; id: number };

/** The thread's answer to request `id`. */
export type ThreadAnswer =
  { id: number; ok: true; files?: IndexFile[] } | { id: number; ok: false; message: string };

/** One Pagefind worker thread, started on the first request. */
export class PagefindThread {
  #worker: Worker | undefined;
  #next = 0;
  readonly #waiting = new Map<number, (a: ThreadAnswer) => void>();

  /** Indexes `records` as one bundle and returns its files; rejects with Pagefind's error. */
  async index(records: readonly PagefindRecord[]): Promise<IndexFile[]> {
    const a = await this.#ask({ type: "index", id: this.#next++, records });
    if (!a.ok) throw new Error(a.message);
    return a.files ?? [];
  }

  /** Stops Pagefind and the thread (nothing when it never started). */
  async close(): Promise<void> {
    const worker = this.#worker;
    if (!worker) return;
    await this.#ask({ type: "close", id: this.#next++ });
    await worker.terminate();
    if (this.#worker === worker) this.#worker = undefined;
  }

  #ask(req: ThreadRequest): Promise<ThreadAnswer> {
    const worker = (this.#worker ??= this.#start());
    return new Promise((resolve) => {
      this.#waiting.set(req.id, resolve);
      worker.postMessage(req);
    });
  }

  #start(): Worker {
    const url = new URL(`./pagefind-worker${CODE_EXT}`, import.meta.url);
    const worker = new Worker(workerEntry(url), { execArgv: [], resourceLimits: workerLimits() });
    worker.on("message", (a: ThreadAnswer) => {
      this.#waiting.get(a.id)?.(a);
      this.#waiting.delete(a.id);
    });
    // A thread that failed or left answers every open request with its reason.
    const fail = (message: string): void => {
      // Only this worker's own requests fail; a worker started after it is left alone.
      if (this.#worker !== worker) return;
      for (const [id, resolve] of this.#waiting) resolve({ id, ok: false, message });
      this.#waiting.clear();
      this.#worker = undefined;
    };
    worker.on("error", (err) => fail(`the search thread failed: ${err.message}`));
    worker.on("exit", (code) => fail(`the search thread stopped (exit code ${code})`));
    return worker;
  }
}
