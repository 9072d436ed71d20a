// Restores pages from the page store on a worker thread (`restore-worker.ts`), batch by batch as
// plan hashes the views: at 10k articles a CI build restores 19k pages (a hard link each, and a
// facts read for a page the manifest does not know) while the main thread hashes the rest.
import { Worker } from "node:worker_threads";
import { CODE_EXT } from "../code-root.ts";
import type { FileFacts } from "../publish/verify.ts";
import { workerEntry } from "../worker-entry.ts";
import { workerLimits } from "../worker-heap.ts";

/**
 * One batch for the worker: the store, staging, and each page's output file, input hash, size and
 * mtime as a manifest recorded them (size -1 when the build lacks its facts: the worker reads them
 * from the store).
 */
export interface RestoreRequest {
  dir: string;
  staging: string;
  pages: [file: string, hash: string, size: number, mtimeMs: number][];
}

/**
 * The worker's answer to one batch: the pages it restored with the facts it read, the pages of known
 * facts it copied, and a write that failed.
 */
export interface RestoreAnswer {
  restored: [file: string, facts: FileFacts][];
  copied: string[];
  fault?: { message: string; code?: string; path?: string; dest?: string; syscall?: string };
}

/** A page's facts, size and mtime as a manifest recorded them for the same input hash. */
export interface KnownPage {
  size: number;
  mtimeMs: number;
  facts: FileFacts;
}

/** Pages sent to the worker in batches of this many. */
const BATCH = 500;

/** Restores pages from the store at `dir` into `staging` on a worker thread. */
export class PageRestorer {
  readonly #dir: string;
  readonly #staging: string;
  #batch: RestoreRequest["pages"] = [];
  /** Facts of the queued pages the build already holds: never sent to the worker and back. */
  readonly #known = new Map<string, FileFacts>();
  #worker: Worker | undefined;
  #pending = 0;
  readonly #restored = new Map<string, FileFacts>();
  #fault: Error | undefined;
  #done: (() => void) | undefined;

  constructor(dir: string, staging: string) {
    this.#dir = dir;
    this.#staging = staging;
  }

  /** Queues the page of output `file` with input hash `hash`, and its facts if `known`. */
  add(file: string, hash: string, known?: KnownPage): void {
    if (known) this.#known.set(file, known.facts);
    this.#batch.push([file, hash, known ? known.size : -1, known ? known.mtimeMs : 0]);
    if (this.#batch.length >= BATCH) this.#send();
  }

  /** Every page restored, with its facts; throws the first write that failed. */
  async finish(): Promise<Map<string, FileFacts>> {
    this.#send();
    if (this.#pending > 0) await new Promise<void>((resolve) => (this.#done = resolve));
    this.#worker?.postMessage(null);
    if (this.#fault) throw this.#fault;
    return this.#restored;
  }

  #send(): void {
    if (this.#batch.length === 0) return;
    const worker = (this.#worker ??= this.#start());
    this.#pending++;
    const req: RestoreRequest = { dir: this.#dir, staging: this.#staging, pages: this.#batch };
    worker.postMessage(req);
    this.#batch = [];
  }

  #start(): Worker {
    const url = new URL(`./restore-worker${CODE_EXT}`, import.meta.url);
    const worker = new Worker(workerEntry(url), { execArgv: [], resourceLimits: workerLimits() });
    worker.on("message", (a: RestoreAnswer) => {
      for (const [file, facts] of a.restored) this.#restored.set(file, facts);
      for (const file of a.copied) this.#restored.set(file, this.#known.get(file)!);
      if (a.fault && !this.#fault) {
        const { message, ...where } = a.fault;
        this.#fault = Object.assign(new Error(message), where);
      }
      this.#settle(1);
    });
    // A worker that failed restores nothing more: what it did not restore is rendered.
    worker.on("error", () => this.#settle(this.#pending));
    worker.on("exit", () => this.#settle(this.#pending));
    return worker;
  }

  #settle(n: number): void {
    this.#pending -= n;
    if (this.#pending <= 0) {
      this.#pending = 0;
      this.#done?.();
    }
  }
}
