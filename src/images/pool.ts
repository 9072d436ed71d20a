// A bounded pool: runs async jobs with at most N in flight, results in input order.
import os from "node:os";

/** Jobs in flight by default: one per core, up to four (each on one libvips thread: `encode.ts`). */
export function defaultConcurrency(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

/**
 * Runs `job` over `items` with at most `limit` running at once. After a failure, or once `stop`
 * says so, no job starts; it settles only when every running job has (nothing runs on behind a
 * rejection), and rejects with the first failure.
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  job: (item: T, index: number) => Promise<R>,
  stop?: () => boolean,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  let failure: { err: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (next < items.length && !failure && !stop?.()) {
      const i = next++;
      try {
        out[i] = await job(items[i]!, i);
      } catch (err) {
        failure ??= { err };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.err;
  return out;
}
