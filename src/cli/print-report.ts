// Prints a build or check report for people: every warning and error, the nothing-lost figure, the
// one-line summary (stdout); with --verbose the totals; with --format github the annotations too.
import { formatContentError } from "../content/errors.ts";
import type { BuildReport } from "../report.ts";
import type { CliArgs } from "./args.ts";
import { annotation } from "./github-annotations.ts";
import { nothingLostLine, summaryLine, totalsLine } from "./summary.ts";

/** Prints `report` as `args` ask (never called with --json). */
export function printReport(report: BuildReport, args: CliArgs): void {
  const err = (s: string): boolean => process.stderr.write(`${s}\n`);
  const command = args.command === "check" ? "check" : "build";
  if (args.format === "github") {
    // One workflow command per problem on stdout; the located lines below stay for the log.
    for (const e of [...report.errors, ...report.warnings])
      process.stdout.write(`${annotation(e)}\n`);
  }
  for (const w of report.warnings) err(formatContentError(w));
  if (!report.ok) {
    for (const e of report.errors) err(formatContentError(e));
    const n = report.errors.length;
    const kept = command === "build" ? ` (${args.outDir} left unchanged)` : "";
    err(`\n${command} failed: ${n} error${n === 1 ? "" : "s"}${kept}`);
    return;
  }
  if (args.verbose) err(totalsLine(report));
  if (!args.quiet) err(nothingLostLine(report));
  process.stdout.write(`${summaryLine(report, command)}\n`);
}
