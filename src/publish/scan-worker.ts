// The scan worker: scans the files of each rendered chunk on the second core while the main thread
// renders the next chunk (`staged-scanner.ts` feeds it).
import { parentPort } from "node:worker_threads";
import type { ScannedFile } from "./file-facts.ts";
import { scanStagedFile } from "./scan-file.ts";
import type { ScanAnswer, ScanRequest } from "./staged-scanner.ts";

/** Files scanned per answer. */
const ANSWER_SLICE = 100;

const port = parentPort;
if (!port) throw new Error("internal: scan-worker.ts runs in a worker thread only");
port.on("message", (req: ScanRequest | null) => {
  if (req === null) {
    port.close();
    return;
  }
  let results: [string, ScannedFile][] = [];
  for (const file of req.files) {
    // A file that cannot be read here is left to verify, which reports it located.
    try {
      results.push([file, scanStagedFile(req.staging, file, req.base)]);
    } catch {
      continue;
    }
    // Sent on in slices: a whole chunk's facts (2,000 pages) held here take ~100 MB.
    if (results.length === ANSWER_SLICE) {
      port.postMessage({ results, last: false } satisfies ScanAnswer);
      results = [];
    }
  }
  port.postMessage({ results, last: true } satisfies ScanAnswer);
});
