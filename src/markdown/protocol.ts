// Messages between the render pool and its worker threads.
import type { RenderInput, RenderResult } from "./render.ts";
import type { RenderDeps, RenderTables } from "./tables.ts";

/** Main → worker: the lookup tables (sent once), or one batch of bodies to render. */
export type ToWorker =
  { type: "tables"; tables: RenderTables } | { type: "batch"; id: number; inputs: RenderInput[] };

/** The result of one body with the lookups it made. */
export interface RenderOutcome {
  result: RenderResult;
  deps: RenderDeps;
}

/** Worker → main: a finished batch, or a body that threw (an internal error, reported by file). */
export type FromWorker =
  { type: "ready" } | { type: "done"; id: number; outcomes: RenderOutcome[] };

/**
 * Slots of the shared progress array: the worker bumps SEQ before each body and stores the body's
 * index within its batch in INDEX, so the main thread's watchdog knows what a hung worker was doing.
 */
export const SLOT = { SEQ: 0, INDEX: 1 } as const;
