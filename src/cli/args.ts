// Parses the command line of `npm run build` / `npm run news -- <command>` (a contract: see
// docs/ARCHITECTURE.md).
import { parseArgs } from "node:util";

/** A parsed command line. */
export interface CliArgs {
  command: "build" | "check" | "gone" | "help";
  /** The article id of `gone <id>`. */
  id?: string;
  contentDir: string;
  outDir: string;
  now?: string;
  preview: boolean;
  quiet: boolean;
  json: boolean;
  cacheDir?: string;
}

/** Usage text shown by `help` and after a usage error. */
export const USAGE = `usage:
  npm run build -- [--content DIR] [--out DIR] [--now ISO] [--preview] [--quiet] [--json]
  npm run news -- check [--content DIR] [--now ISO] [--json]
  npm run news -- gone <id> [--content DIR]   (mark a removed article gone in redirects.lock)

  --content DIR  content tree to build (default: content)
  --out DIR      output folder (default: dist, or dist-preview with --preview)
  --now ISO      build clock for scheduling (naive values are in the site time zone)
  --preview      include drafts and pending articles, noindex everything
  --quiet        print only errors and the last line
  --json         print one JSON report on stdout
  --cache DIR    Markdown body cache folder (default: .cache; safe to delete)
exit codes: 0 built, 1 content errors or refused output folder, 2 internal or usage error`;

/** Parses `argv` (without node and script); throws an Error with a readable message on misuse. */
export function parseCli(argv: readonly string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      content: { type: "string" },
      out: { type: "string" },
      now: { type: "string" },
      preview: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      cache: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  const command = values.help ? "help" : (positionals[0] ?? "build");
  if (command !== "build" && command !== "check" && command !== "gone" && command !== "help") {
    throw new Error(`unknown command "${command}"`);
  }
  const allowed = command === "gone" ? 2 : 1;
  if (positionals.length > allowed)
    throw new Error(`unexpected argument "${positionals[allowed]}"`);
  return {
    command,
    contentDir: values.content ?? "content",
    outDir: values.out ?? (values.preview ? "dist-preview" : "dist"),
    now: values.now,
    preview: values.preview,
    quiet: values.quiet,
    json: values.json,
    cacheDir: values.cache,
    id: command === "gone" ? positionals[1] : undefined,
  };
}
