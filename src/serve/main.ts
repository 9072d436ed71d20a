// `npm run serve`: a live preview for editors. Builds the content tree in preview mode into
// `.broadsheet/serve/` (never `dist/`), serves it, rebuilds on every change and reloads the pages.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isLoopback, parseServeArgs, SERVE_USAGE, serverUrl, type ServeArgs } from "./args.ts";
import { BuildChild } from "./builder.ts";
import { startServer, type PreviewServer } from "./server.ts";
import { Session } from "./session.ts";
import { codeTargets, watchTargets, type Watch } from "./watch.ts";

/** The preview's output folder, relative to the working directory. */
export const SERVE_OUT = ".broadsheet/serve";

/** Exit codes of `serve`: stopped by a signal, could not start, usage error. */
export const SERVE_EXIT = { ok: 0, start: 1, usage: 2 } as const;

const APP = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Runs the preview server until SIGINT/SIGTERM; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let args: ServeArgs;
  try {
    args = parseServeArgs(argv);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${SERVE_USAGE}\n`);
    return SERVE_EXIT.usage;
  }
  const outDir = path.resolve(SERVE_OUT);
  const err = (line: string): boolean => process.stderr.write(`${line}\n`);
  const builder = new BuildChild({
    contentDir: path.resolve(args.contentDir),
    outDir,
    cacheDir: path.resolve(".cache"),
  });
  // What a signal must stop, as far as it has been started.
  const run: { live?: PreviewServer; watch?: Watch; stopping: boolean } = { stopping: false };
  const s = new Session(builder, { print: err, reload: () => run.live?.reload() });
  // Handlers first: a signal at any point after this stops everything this process started.
  const stopped = new Promise<number>((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      run.stopping = true;
      err(`\n${signal}: preview server stopped`);
      run.watch?.close();
      s.close();
      builder.close();
      void (run.live?.close() ?? Promise.resolve()).finally(() => resolve(SERVE_EXIT.ok));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  const live = await listen(args, outDir, () => s.overlayHtml());
  if (!live) return SERVE_EXIT.start;
  run.live = live;
  if (run.stopping) await live.close();
  if (run.stopping) return stopped;
  process.stdout.write(`${serverUrl(args.host, live.port)}\n`);
  if (!isLoopback(args.host))
    err(
      `warning: listening on ${args.host}, not a loopback address: other machines can read this preview, drafts included`,
    );
  err(
    `previewing ${args.contentDir} (drafts and scheduled articles shown) from ${SERVE_OUT}/; Ctrl-C stops`,
  );
  run.watch = watchTargets(
    [{ kind: "content", dir: path.resolve(args.contentDir) }, ...codeTargets(APP)],
    (kinds) => void s.changed(kinds),
  );
  void s.changed(new Set(["content"]));
  return stopped;
}

/** Starts the server, or prints why it cannot listen and returns undefined. */
async function listen(
  args: ServeArgs,
  root: string,
  overlay: () => string,
): Promise<PreviewServer | undefined> {
  try {
    return await startServer({ root, host: args.host, port: args.port, overlay });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    process.stderr.write(
      `cannot listen on ${args.host}:${args.port}: ${code || (e as Error).message}\n  hint: ${code === "EADDRINUSE" ? "another program uses this port; pick another with --port N" : "check --host and --port"}\n`,
    );
    return undefined;
  }
}

process.exitCode = await main(process.argv.slice(2));
