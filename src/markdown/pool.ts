// Renders Markdown bodies in worker threads: one worker a core, batched, each body under a time budget.
import os from "node:os";
import { Worker } from "node:worker_threads";
import { SLOT, type FromWorker, type RenderOutcome, type ToWorker } from "./protocol.ts";
import type { RenderInput } from "./render.ts";
import type { RenderTables } from "./tables.ts";
import { crashReason, failedOutcome } from "./body-faults.ts";
import { watchForHangs } from "./hang-watch.ts";
import { batchesOf, type Batch, type Slot } from "./pool-slot.ts";
import { BOOT, STARTUP_LIMIT_MS, startedWithin } from "./worker-start.ts";
import { workerLimits } from "../worker-heap.ts";

/** Options of the render pool. */
export interface PoolOptions {
  /** Worker threads at most (one a core by default). */
  threads: number;
  /** Bodies sent to a worker in one message (batches keep the transfer cost negligible). */
  batchSize: number;
  /** Time budget of one body in ms; past it the worker is replaced and the body fails `E_TIMEOUT`. */
  timeoutMs: number;
  /** Heap limit of each worker in MB (`resourceLimits.maxOldGenerationSizeMb`). */
  maxOldGenerationSizeMb: number;
}

/** Defaults: threads = cores, 50 bodies a batch, 10 s a body (env `BROADSHEET_RENDER_TIMEOUT_MS`). */
export const poolDefaults = {
  threads: Math.max(1, os.availableParallelism()),
  batchSize: 50,
  timeoutMs: Number(process.env.BROADSHEET_RENDER_TIMEOUT_MS) || 10_000,
  maxOldGenerationSizeMb: 1024,
} satisfies PoolOptions;

/** Merges pool options over the defaults. */
export function poolOptions(options: Partial<PoolOptions> = {}): PoolOptions {
  const o = { ...poolDefaults };
  for (const [k, v] of Object.entries(options)) if (v !== undefined) Object.assign(o, { [k]: v });
  return o;
}

/**
 * A pool of render workers. Start it early (workers load remark while the main thread parses), call
 * `render` once per build, then `close`. Results come back in input order, so builds stay
 * deterministic whatever worker rendered what.
 */
export class RenderPool {
  private readonly slots: Slot[] = [];
  private tables: RenderTables | undefined;
  private wake: () => void = idle;

  private constructor(readonly options: PoolOptions) {}

  /** Starts a pool with one worker warming up; more start when `render` has enough work. */
  static start(options: Partial<PoolOptions> = {}): RenderPool {
    const pool = new RenderPool(poolOptions(options));
    pool.spawn();
    return pool;
  }

  /** Starts enough workers for `count` bodies now, so they warm up while the caller keeps working. */
  reserve(count: number): void {
    const wanted = Math.min(
      this.options.threads,
      Math.max(1, Math.ceil(count / this.options.batchSize)),
    );
    while (this.live().length < wanted) this.spawn();
  }

  /**
   * Renders every input; a body that times out or crashes its worker gets a located error. Each
   * outcome goes through `keep` as it arrives and only what that returns is held (the bodies stage
   * stores the HTML in the cache there, so 100k rendered bodies are never in memory at once).
   */
  async render<T = RenderOutcome>(
    inputs: readonly RenderInput[],
    tables: RenderTables,
    onProgress: (done: number, total: number) => void = () => {},
    keep: (index: number, outcome: RenderOutcome) => T = (_i, o) => o as T,
  ): Promise<T[]> {
    this.useTables(tables);
    const { batchSize, timeoutMs } = this.options;
    this.reserve(inputs.length);
    const outcomes: T[] = new Array(inputs.length);
    const settled = new Uint8Array(inputs.length); // 1: has its outcome (`keep` may return nothing)
    const queue = batchesOf(inputs.length, batchSize);
    let nextId = queue.length;
    let done = 0;
    const settle = (index: number, outcome: RenderOutcome): void => {
      if (!settled[index]) done++;
      settled[index] = 1;
      outcomes[index] = keep(index, outcome);
    };
    // A worker died on a body: that body fails, the rest of its batch goes back to the queue.
    const lose = (slot: Slot, code: string, message: string, hint: string): void => {
      const busy = slot.busy;
      this.retire(slot);
      this.spawn();
      if (!busy) return;
      const started = Atomics.load(slot.progress, SLOT.SEQ) !== busy.seq;
      const at = started ? Atomics.load(slot.progress, SLOT.INDEX) : 0;
      const culprit = busy.batch.items[at];
      if (culprit !== undefined)
        settle(culprit, failedOutcome(inputs[culprit]!, code, message, hint));
      const rest = busy.batch.items.filter((i) => i !== culprit && !settled[i]);
      if (rest.length) queue.unshift({ id: nextId++, items: rest });
    };

    await new Promise<void>((resolve, reject) => {
      const pump = (): void => {
        this.dispatch(queue, inputs);
        onProgress(done, inputs.length);
        if (done === inputs.length) {
          clearInterval(watchdog);
          resolve();
        }
      };
      this.wake = pump;
      this.onDone = (slot, msg) => {
        if (!slot.busy || slot.busy.batch.id !== msg.id) return;
        const { items } = slot.busy.batch;
        slot.busy = undefined;
        // First pump: the worker starts on its next batch while this thread keeps this one's
        // outcomes. Second: progress with them counted, and the end once every body has one.
        pump();
        items.forEach((index, k) => settle(index, msg.outcomes[k]!));
        pump();
      };
      this.onCrash = (slot, err) => {
        if (!slot.ready) {
          // A worker that cannot even start is our bug, not the content's: fail the build (exit 2).
          clearInterval(watchdog);
          this.retire(slot);
          reject(
            new Error(`internal: a render worker failed to start: ${err.stack ?? err.message}`),
          );
          return;
        }
        lose(slot, ...crashReason(err));
        pump();
      };
      const watchdog = watchForHangs(() => this.live(), timeoutMs, { lose, pump });
      pump();
    }).finally(() => {
      // The handlers close over this render's inputs (every article's Markdown): let them go (a
      // function made here would hold them too).
      this.wake = this.onDone = this.onCrash = idle;
    });
    return outcomes;
  }

  /** Sends the next queued batch to each idle worker. */
  private dispatch(queue: Batch[], inputs: readonly RenderInput[]): void {
    for (const slot of this.live()) {
      if (!slot.ready || slot.busy) continue;
      const batch = queue.shift();
      if (!batch) return;
      const seq = Atomics.load(slot.progress, SLOT.SEQ);
      slot.busy = { batch, seq, seenSeq: seq, since: Date.now() };
      const items = batch.items.map((i) => inputs[i]!);
      slot.worker.postMessage({ type: "batch", id: batch.id, inputs: items } satisfies ToWorker);
    }
  }

  /** Sends the lookup tables of this render to every worker (and to those started later). */
  private useTables(tables: RenderTables): void {
    this.tables = tables;
    for (const s of this.live())
      s.worker.postMessage({ type: "tables", tables } satisfies ToWorker);
  }

  /**
   * Stops every worker, each once it has finished loading: terminating a worker while its modules
   * are still evaluating (a build refused before any body rendered) can abort the whole process
   * (V8 "Check failed: (location_) != nullptr", nodejs/node#53238).
   */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const s of slots) s.dead = true;
    await Promise.all(
      slots.map(async (s) => {
        await s.started;
        await s.worker.terminate();
      }),
    );
  }

  private onDone: (slot: Slot, msg: Extract<FromWorker, { type: "done" }>) => void = idle;
  private onCrash: (slot: Slot, err: Error) => void = idle;

  private live(): Slot[] {
    return this.slots.filter((s) => !s.dead);
  }

  private retire(slot: Slot): void {
    slot.dead = true;
    void slot.worker.terminate();
    this.slots.splice(this.slots.indexOf(slot), 1);
  }

  private spawn(): void {
    const progress = new SharedArrayBuffer(8);
    const worker = new Worker(BOOT, {
      execArgv: [],
      workerData: { progress },
      resourceLimits: workerLimits({ maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb }),
      stdout: false,
    });
    worker.unref();
    let started = (): void => {};
    const slot: Slot = {
      worker,
      progress: new Int32Array(progress),
      ready: false,
      started: startedWithin(STARTUP_LIMIT_MS, (resolve) => (started = resolve)),
      dead: false,
    };
    this.slots.push(slot);
    if (this.tables) worker.postMessage({ type: "tables", tables: this.tables } satisfies ToWorker);
    worker.on("message", (msg: FromWorker) => {
      if (msg.type === "ready") started();
      if (slot.dead) return;
      if (msg.type === "ready") {
        slot.ready = true;
        this.wake();
      } else this.onDone(slot, msg);
    });
    worker.on("error", (err) => {
      started();
      if (!slot.dead) this.onCrash(slot, err);
    });
    worker.on("exit", () => {
      started();
      if (!slot.dead) this.onCrash(slot, new Error("the render worker exited"));
    });
  }
}

/** The pool's handlers between renders: a module-level function, so it holds no render's inputs. */
function idle(): void {}
