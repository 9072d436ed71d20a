// The messages between the preview server and its build child process (JSON over the IPC channel).
import type { BuildReport } from "../pipeline.ts";

/** What the child builds: the preview's content tree, output folder and cache. */
export interface ChildConfig {
  contentDir: string;
  outDir: string;
  cacheDir: string;
}

/** Server → child: build once more (`id` pairs the answer with the request). */
export interface BuildRequest {
  type: "build";
  id: number;
}

/** Child → server: the build's report, or the message of an exception (code, not content, failed). */
export type BuildAnswer =
  | { type: "report"; id: number; report: BuildReport }
  | { type: "crash"; id: number; message: string };

/** The environment variable that hands the child its `ChildConfig` (JSON). */
export const CHILD_CONFIG_ENV = "BROADSHEET_SERVE_CHILD";
