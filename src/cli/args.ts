// Parses the command line of `npm run build` / `npm run news -- <command>` (a contract: see
// docs/ARCHITECTURE.md).
import { parseArgs } from "node:util";

/** The commands of the command line. */
export const COMMANDS = ["build", "check", "gone", "new", "help"] as const;

/** One command of the command line. */
export type Command = (typeof COMMANDS)[number];

/** How problems are printed: located lines, or GitHub Actions annotations as well. */
export type ProblemFormat = "text" | "github";

/** A parsed command line. */
export interface CliArgs {
  command: Command;
  /** The article id of `gone <id>`. */
  id?: string;
  /** `new`: the title, the section, the language and the comma-separated tags. */
  title?: string;
  section?: string;
  lang?: string;
  tags?: string;
  contentDir: string;
  outDir: string;
  now?: string;
  preview: boolean;
  quiet: boolean;
  verbose: boolean;
  json: boolean;
  format: ProblemFormat;
  cacheDir?: string;
}

/** Usage text shown by `help` and after a usage error. */
export const USAGE = `usage:
  npm run build -- [--content DIR] [--out DIR] [--now ISO] [--preview] [--quiet|--verbose] [--json] [--format github]
  npm run news -- check [--content DIR] [--now ISO] [--quiet|--verbose] [--json] [--format github]
  npm run news -- new "<title>" --section S [--lang L] [--tags a,b] [--content DIR] [--now ISO]
  npm run news -- gone <id> [--content DIR]   (mark a removed article gone in redirects.lock)

  --content DIR    content tree (default: content)
  --out DIR        output folder (default: dist, or dist-preview with --preview)
  --now ISO        build clock for scheduling (naive values are in the site time zone)
  --preview        include drafts and pending articles, noindex everything
  --quiet          print only problems and the last line
  --verbose        print every stage and the totals of each page kind
  --json           print one JSON report on stdout
  --format github  also print each problem as a GitHub Actions annotation on stdout
  --cache DIR      Markdown body cache folder (default: .cache; safe to delete)
  --section S      new: one of site.yaml's sections
  --lang L         new: one of site.yaml's languages (default: the first)
  --tags a,b       new: the article's tags
exit codes: 0 built, 1 content errors or refused output folder, 2 internal or usage error`;

/** Options that belong to one command only: the option, and the commands that take it. */
const ONLY_FOR: Record<string, readonly Command[]> = {
  section: ["new"],
  lang: ["new"],
  tags: ["new"],
  format: ["build", "check"],
};

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
      verbose: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      format: { type: "string" },
      cache: { type: "string" },
      section: { type: "string" },
      lang: { type: "string" },
      tags: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  const command = values.help ? "help" : (positionals[0] ?? "build");
  if (!isCommand(command)) throw new Error(`unknown command ${JSON.stringify(command)}`);
  const allowed = command === "gone" || command === "new" ? 2 : 1;
  if (positionals.length > allowed)
    throw new Error(`unexpected argument ${JSON.stringify(positionals[allowed])}`);
  for (const [option, commands] of Object.entries(ONLY_FOR)) {
    const given = values[option as keyof typeof values];
    if (given !== undefined && given !== false && !commands.includes(command))
      throw new Error(`--${option} is for ${commands.join(" and ")}, not ${command}`);
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "github")
    throw new Error(`--format must be text or github, not ${JSON.stringify(format)}`);
  if (format === "github" && values.json)
    throw new Error("--format github and --json exclude each other");
  if (values.quiet && values.verbose) throw new Error("--quiet and --verbose exclude each other");
  return {
    command,
    contentDir: values.content ?? "content",
    outDir: values.out ?? (values.preview ? "dist-preview" : "dist"),
    now: values.now,
    preview: values.preview,
    quiet: values.quiet,
    verbose: values.verbose,
    json: values.json,
    format,
    cacheDir: values.cache,
    id: command === "gone" ? positionals[1] : undefined,
    ...(command === "new"
      ? { title: positionals[1], section: values.section, lang: values.lang, tags: values.tags }
      : {}),
  };
}

function isCommand(x: string): x is Command {
  return (COMMANDS as readonly string[]).includes(x);
}
