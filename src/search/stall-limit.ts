// A time limit on a batch of Pagefind calls that fails only when the batch stalls (no call settled
// for the limit), not when it is merely slow: an archive's bucket on a busy machine may take minutes.

/**
 * All of `calls` in order, or a rejection naming `what` once none of them has settled for `ms`
 * (checked every second at most; `onStall` runs before the rejection, e.g. to stop the service).
 */
export async function untilStalled<T>(
  calls: readonly Promise<T>[],
  ms: number,
  what: string,
  onStall: () => Promise<void>,
): Promise<T[]> {
  let last = Date.now();
  for (const c of calls)
    c.then(
      () => (last = Date.now()),
      () => undefined,
    );
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setInterval(
      () => {
        if (Date.now() - last <= ms) return;
        clearInterval(timer);
        void onStall().finally(() =>
          reject(new Error(`Pagefind did not ${what}: nothing finished for ${ms} ms`)),
        );
      },
      Math.min(ms, 1000),
    );
  });
  try {
    return await Promise.race([Promise.all(calls), stalled]);
  } finally {
    clearInterval(timer);
  }
}
