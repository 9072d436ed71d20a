// Verify as the output streams in: the files of each rendered chunk go to a worker thread that scans
// them while the next chunk renders; verify then reads only what the worker has not scanned.
import { Worker } from "node:worker_threads";
import { CODE_EXT } from "../code-root.ts";
import { basePath } from "../routes.ts";
import { workerEntry } from "../worker-entry.ts";
import { workerLimits } from "../worker-heap.ts";
import type { ScannedFile } from "./file-facts.ts";

/** One batch for the scan worker: files relative to `staging`, and the site's base path. */
export interface ScanRequest {
  staging: string;
  base: string;
  files: readonly string[];
}

/** One of the worker's answers to a batch: files it could scan, and whether the batch is done. */
export interface ScanAnswer {
  results: [string, ScannedFile][];
  last: boolean;
}

/** How a `StagedScanner` runs its worker. */
export interface ScannerOptions {
  /**
   * The worker's old-generation heap in MB (`resourceLimits.maxOldGenerationSizeMb`). Results
   * leave in slices of 100 files, so 10–16 MB stays live between batches (a 10k site; a 50,000-URL
   * sitemap needs ~100 MB while it is scanned); without a limit V8 let the garbage of a 10k-article
   * render grow to ~570 MB. Twice what the 10k site needed; a worker that runs out of it scans
   * nothing more, and verify scans the rest itself.
   */
  heapMb: number;
}

/** The default `ScannerOptions`. */
export const SCANNER_DEFAULTS: ScannerOptions = { heapMb: 256 };

/** Scans staged files on a worker thread, batch by batch, in the order they were added. */
export class StagedScanner {
  readonly #staging: string;
  readonly #base: string;
  readonly #options: ScannerOptions;
  readonly #results = new Map<string, ScannedFile>();
  #worker: Worker | undefined;
  #pending = 0;
  #failed = false;
  #idle: (() => void)[] = [];
  readonly #strings = new Map<string, string>();

  /** A scanner of files below `staging`, for the site at `baseUrl`. */
  constructor(staging: string, baseUrl: string, options: Partial<ScannerOptions> = {}) {
    this.#staging = staging;
    this.#base = basePath(baseUrl);
    this.#options = { ...SCANNER_DEFAULTS, ...options };
  }

  /** Queues `files` (relative to the staging folder, already written) for scanning. */
  add(files: readonly string[]): void {
    if (this.#failed || files.length === 0) return;
    const worker = (this.#worker ??= this.#start());
    this.#pending++;
    // Note: referenced only while a batch is out, so a build that fails mid-render still exits.
    worker.ref();
    worker.postMessage({ staging: this.#staging, base: this.#base, files } satisfies ScanRequest);
  }

  /**
   * Waits for every batch and lets the worker go (call it once the last batch is added: the worker's
   * heap is freed only when it exits). Returns what it scanned; a file it could not
   * scan (or every file, when the worker failed) is missing, and verify scans it itself.
   */
  async finish(): Promise<Map<string, ScannedFile>> {
    if (this.#pending > 0) await new Promise<void>((resolve) => this.#idle.push(resolve));
    this.#worker?.postMessage(null);
    return this.#results;
  }

  #start(): Worker {
    const url = new URL(`./scan-worker${CODE_EXT}`, import.meta.url);
    const worker = new Worker(workerEntry(url), {
      execArgv: [],
      resourceLimits: workerLimits({ maxOldGenerationSizeMb: this.#options.heapMb }),
    });
    worker.on("message", (answer: ScanAnswer) => {
      for (const [file, scanned] of answer.results)
        this.#results.set(file, this.#interned(scanned));
      if (!answer.last) return;
      this.#pending--;
      this.#settle();
    });
    // A worker that failed or left answers nothing more: what it did not scan, verify scans.
    const stop = (): void => {
      this.#failed = true;
      this.#pending = 0;
      this.#settle();
    };
    worker.on("error", stop);
    worker.on("exit", stop);
    return worker;
  }

  /**
   * The scan with one copy of each URL: most of a page's links (navigation, sections, tags) are on
   * every page, and each message from the worker brings its own copies.
   */
  #interned(scanned: ScannedFile): ScannedFile {
    const one = (list: string[] | undefined): string[] | undefined =>
      list?.map((u) => {
        const seen = this.#strings.get(u);
        if (seen !== undefined) return seen;
        this.#strings.set(u, u);
        return u;
      });
    const { urls, anchors } = scanned.facts;
    if (urls) scanned.facts.urls = one(urls);
    if (anchors) scanned.facts.anchors = one(anchors);
    return scanned;
  }

  #settle(): void {
    if (this.#pending > 0) return;
    this.#worker?.unref();
    for (const resolve of this.#idle.splice(0)) resolve();
  }
}
