// The sample site built once at the fixed clock and served on 127.0.0.1, for the browser gates.
import path from "node:path";
import { tempDir } from "./cli.ts";
import { buildSample } from "../../tools/sample-site.ts";
import { serveStatic, type StaticServer } from "../../tools/static-server.ts";

/** A served build of the sample: its output folder and the server. */
export type ServedSample = StaticServer & { out: string };

/** Builds content/ at `SAMPLE_NOW` into a temp folder and serves it; call `close` when done. */
export async function serveSample(): Promise<ServedSample> {
  const out = path.join(tempDir(), "dist");
  buildSample(out);
  return { out, ...(await serveStatic(out)) };
}
