// A render worker: receives the lookup tables once, then renders batches of bodies with the frozen chain.
import { parentPort, workerData } from "node:worker_threads";
import { SLOT, type FromWorker, type RenderOutcome, type ToWorker } from "./protocol.ts";
import { renderMarkdown } from "./render.ts";
import { recordingContext, type RenderDeps, type RenderTables } from "./tables.ts";

const port = parentPort;
if (!port) throw new Error("worker.ts must run in a worker thread");
const progress = new Int32Array((workerData as { progress: SharedArrayBuffer }).progress);
let tables: RenderTables | undefined;

port.on("message", (msg: ToWorker) => {
  if (msg.type === "tables") {
    tables = msg.tables;
    return;
  }
  if (!tables) throw new Error("internal: batch before tables");
  const outcomes: RenderOutcome[] = [];
  msg.inputs.forEach((input, i) => {
    Atomics.store(progress, SLOT.INDEX, i);
    Atomics.add(progress, SLOT.SEQ, 1);
    const deps: RenderDeps = { links: [], images: [] };
    outcomes.push({ result: renderMarkdown(input, recordingContext(tables!, deps)), deps });
  });
  port.postMessage({ type: "done", id: msg.id, outcomes } satisfies FromWorker);
});
port.postMessage({ type: "ready" } satisfies FromWorker);
