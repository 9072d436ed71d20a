// The render pool's watchdog: a worker whose progress counter has not moved for a body's time budget is hung on that body.
import { SLOT } from "./protocol.ts";
import type { Slot } from "./pool-slot.ts";

/** What the pool does with a hung worker (`lose`) and after each check (`pump`). */
export interface HangHandlers {
  lose: (slot: Slot, code: string, message: string, hint: string) => void;
  pump: () => void;
}

/** Checks the busy workers of `live()` every few ms; one that has not moved on for `timeoutMs` is lost with `E_TIMEOUT`. */
export function watchForHangs(
  live: () => readonly Slot[],
  timeoutMs: number,
  { lose, pump }: HangHandlers,
): ReturnType<typeof setInterval> {
  const check = (): void => {
    const now = Date.now();
    for (const slot of live()) {
      const busy = slot.busy;
      if (!busy) continue;
      const seq = Atomics.load(slot.progress, SLOT.SEQ);
      if (seq !== busy.seenSeq) {
        busy.seenSeq = seq;
        busy.since = now;
      } else if (now - busy.since > timeoutMs) {
        lose(
          slot,
          "E_TIMEOUT",
          `rendering took longer than ${timeoutMs / 1000} s`,
          "simplify the Markdown (long runs of * _ [ or ` characters are slow to parse)",
        );
      }
    }
    pump();
  };
  return setInterval(check, Math.max(10, Math.min(250, Math.floor(timeoutMs / 4))));
}
