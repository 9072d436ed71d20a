// The build child process of the preview server: loads the build code once, then builds the
// preview on each request and answers with the JSON report. A code change replaces the process.
import type { BuildAnswer, BuildRequest, ChildConfig } from "./protocol.ts";
import { CHILD_CONFIG_ENV } from "./protocol.ts";

const config = JSON.parse(process.env[CHILD_CONFIG_ENV] ?? "{}") as ChildConfig;

/** Sends one answer to the server (ignored if it is gone: the child then exits on disconnect). */
function answer(a: BuildAnswer): void {
  process.send?.(a);
}

/** One preview build; exceptions (a bug, or code being edited) come back as a `crash` answer. */
async function buildOnce(id: number): Promise<void> {
  try {
    // Imported here, not at the top: a syntax error in the build code becomes an answer, not an exit.
    const { build } = await import("../pipeline.ts");
    const { terminalProgress } = await import("../progress.ts");
    const report = await build(
      {
        contentDir: config.contentDir,
        outDir: config.outDir,
        cacheDir: config.cacheDir,
        preview: true,
      },
      terminalProgress({ quiet: true }),
    );
    answer({ type: "report", id, report });
  } catch (err) {
    answer({ type: "crash", id, message: (err as Error)?.stack ?? String(err) });
  }
}

// Builds run one at a time, in the order asked.
let queue = Promise.resolve();
process.on("message", (msg: BuildRequest) => {
  if (msg?.type === "build") queue = queue.then(() => buildOnce(msg.id));
});
process.on("disconnect", () => process.exit(0));
