// The `broadsheet` command line: build or check a content tree, write a new article, print errors,
// pick the exit code.
import { build } from "../pipeline.ts";
import { terminalProgress } from "../progress.ts";
import { abandonBuilds, recoverOutput } from "../publish/swap.ts";
import { parseCli, USAGE, type CliArgs } from "./args.ts";
import { runGone } from "./gone.ts";
import { runNew } from "./new-article.ts";
import { printReport } from "./print-report.ts";
import { escapeForTerminal } from "../content/terminal-text.ts";

/** Exit codes (a contract: see docs/ARCHITECTURE.md). */
export const EXIT = { ok: 0, content: 1, internal: 2 } as const;

/** Runs the CLI and returns its exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCli(argv);
  } catch (err) {
    process.stderr.write(`${escapeForTerminal((err as Error).message)}\n${USAGE}\n`);
    return EXIT.internal;
  }
  if (args.command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (args.command === "gone") return runGone(args.contentDir, args.id);
  if (args.command === "new") return runNew(args);
  // Every build run first sweeps what a killed build left beside the output (R29), even if its content fails.
  if (args.command === "build") await recoverOutput(args.outDir);
  const progress = terminalProgress({ quiet: args.quiet, verbose: args.verbose });
  const report = await build(
    {
      contentDir: args.contentDir,
      outDir: args.outDir,
      now: args.now,
      preview: args.preview,
      checkOnly: args.command === "check",
      cacheDir: args.cacheDir,
    },
    progress,
  );
  if (args.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else printReport(report, args);
  return report.ok ? EXIT.ok : EXIT.content;
}

async function run(): Promise<void> {
  // SIGINT/SIGTERM: finish a swap already renaming, remove staging, exit 128 + signal number.
  // SIGKILL cannot be caught: the next run sweeps what it left (publish.ts).
  const cleanup = (signal: NodeJS.Signals): void => {
    process.stderr.write(`\n${signal}: build interrupted, staging removed\n`);
    abandonBuilds().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", cleanup);
  process.once("SIGTERM", cleanup);
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (err) {
    // The message may carry content (a file name in a file-system error): escaped, on one line.
    // The stack frames are our own code's.
    const e = err instanceof Error ? err : new Error(String(err));
    const frames = (e.stack ?? "").split("\n").filter((l) => /^\s+at /.test(l));
    process.stderr.write(
      `E_INTERNAL ${escapeForTerminal(`${e.name}: ${e.message}`)}\n${frames.join("\n")}\n  hint: this is a bug in Broadsheet, please report it with the command you ran\n`,
    );
    process.exitCode = EXIT.internal;
  }
}

await run();
