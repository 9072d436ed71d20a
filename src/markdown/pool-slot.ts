// The render pool's bookkeeping: a worker's slot and a batch of bodies sent to it in one message.
import type { Worker } from "node:worker_threads";

/** Bodies sent to one worker in one message. */
export interface Batch {
  id: number;
  /** Indices into the inputs of the current `render` call. */
  items: number[];
}

/** One render worker as the pool sees it. */
export interface Slot {
  worker: Worker;
  progress: Int32Array;
  ready: boolean;
  /** Settles once the worker has loaded its modules (ready), failed or exited. */
  started: Promise<void>;
  /** The batch in flight, the progress counter when it was sent, and when it last moved. */
  busy?: { batch: Batch; seq: number; seenSeq: number; since: number };
  dead: boolean;
}

/** The input indexes `0…count-1` in batches of `size`, numbered from 0. */
export function batchesOf(count: number, size: number): Batch[] {
  const queue: Batch[] = [];
  for (let i = 0; i < count; i += size) {
    const items: number[] = [];
    for (let j = i; j < Math.min(count, i + size); j++) items.push(j);
    queue.push({ id: queue.length, items });
  }
  return queue;
}
