// `npm run news -- new "<title>" --section S [--lang L] [--tags a,b] [--content DIR] [--now ISO]`:
// writes a draft article that passes `check`, and says where it is and where to preview it.
import { lstatSync, mkdirSync, realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { ulid } from "ulid";
import { parseNow } from "../content/dates.ts";
import { displayPath } from "../content/display-path.ts";
import { contentError, formatContentError, type ContentError } from "../content/errors.ts";
import { parseArticle } from "../content/front-matter.ts";
import { readAtMost } from "../content/read-capped.ts";
import { MAX_CONFIG_BYTES, parseSiteConfig, type SiteConfig } from "../content/site-config.ts";
import { slugify } from "../content/slugs.ts";
import { suggest } from "../content/suggest.ts";
import { encodePath, makeRoutes, type Lang } from "../routes.ts";
import { articleTemplate } from "./article-template.ts";

/** Where `npm run serve` answers by default (it serves the output folder at `/`, without base path). */
export const PREVIEW_ORIGIN = "http://127.0.0.1:8080";

/** What `new` was asked for. */
export interface NewOptions {
  contentDir: string;
  title?: string;
  section?: string;
  lang?: string;
  /** Comma-separated, as typed after `--tags`. */
  tags?: string;
  now?: string;
}

/** The usage line of `new`. */
const NEW_USAGE =
  'usage: npm run news -- new "<title>" --section S [--lang L] [--tags a,b] [--content DIR]';

/** A value the user typed, quoted and with every control escaped, for a message. */
function typed(text: string): string {
  return JSON.stringify(text).replace(
    /\p{Cc}/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Runs `new`; returns the exit code (0 written, 1 refused with a located error, 2 usage error). */
export function runNew(opts: NewOptions): number {
  const title = opts.title?.trim() ?? "";
  if (title === "") return usage("a title is required, in quotes");
  const site = readSite(opts.contentDir);
  if (!site.ok) return fail(site.errors);
  const { config, file: siteFile } = site;
  const ids = config.sections.map((s) => s.id);
  if (opts.section === undefined)
    return usage(`--section is required: one of ${ids.join(", ")} (site.yaml)`);
  if (!ids.includes(opts.section)) return fail([unknown(siteFile, "section", opts.section, ids)]);
  const lang = opts.lang ?? config.languages[0]!;
  if (!(config.languages as readonly string[]).includes(lang))
    return fail([unknown(siteFile, "lang", lang, config.languages)]);
  const now = parseNow(opts.now, config.timeZone, lang as Lang);
  if (!now)
    return fail([
      contentError(
        "--now",
        "E_NOW_INVALID",
        `${typed(opts.now ?? "")} is not a date`,
        "use ISO 8601, e.g. 2025-01-01T09:00:00+08:00",
      ),
    ]);
  const date = DateTime.fromMillis(now.ms, { zone: config.timeZone });
  const slug = slugify(title, config.slugStyle);
  const rel = `articles/${lang}/${date.toFormat("yyyy")}/${slug}.md`;
  const abs = path.join(path.resolve(opts.contentDir), rel);
  const shown = displayPath(abs);
  if (exists(abs)) return fail([alreadyThere(shown)]);
  const text = articleTemplate({
    id: ulid(),
    title,
    date: date.toFormat("yyyy-MM-dd HH:mm:ss"),
    section: opts.section,
    lang,
    tags: (opts.tags ?? "")
      .split(",")
      .map((t) => t.trim())
      .filter((t) => t !== ""),
  });
  const parsed = parseArticle(
    { path: rel, displayPath: shown, bytes: Buffer.from(text) },
    text,
    config,
  );
  if (!parsed.ok) return fail(parsed.errors);
  const written = writeInside(path.resolve(opts.contentDir), abs, text, shown);
  if (written) return fail([written]);
  const sitePath = makeRoutes(config.languages[0]!).article(
    lang as Lang,
    opts.section,
    now.ymd,
    slug,
  );
  process.stdout.write(
    `created ${shown} (a draft)\npreview ${PREVIEW_ORIGIN}${encodePath(sitePath)} (npm run serve)\n`,
  );
  return 0;
}

/** Reads and validates `site.yaml` as the load stage would: a regular file, within its cap. */
function readSite(
  contentDir: string,
): { ok: true; config: SiteConfig; file: string } | { ok: false; errors: ContentError[] } {
  const abs = path.join(path.resolve(contentDir), "site.yaml");
  const shown = displayPath(abs);
  const stat = lstatSync(abs, { throwIfNoEntry: false });
  if (!stat?.isFile())
    return {
      ok: false,
      errors: [
        contentError(
          shown,
          "E_SITE_MISSING",
          stat ? "site.yaml is not a regular file" : "site.yaml is missing",
          "run new in the folder that holds content/, or pass --content DIR",
        ),
      ],
    };
  const bytes = readAtMost(abs, MAX_CONFIG_BYTES, stat.size);
  if (!bytes)
    return {
      ok: false,
      errors: [
        contentError(
          shown,
          "E_TOO_LARGE",
          `file is larger than ${MAX_CONFIG_BYTES} bytes`,
          "shorten site.yaml",
        ),
      ],
    };
  const parsed = parseSiteConfig({ path: "site.yaml", displayPath: shown, bytes });
  return parsed.ok ? { ok: true, config: parsed.config, file: shown } : parsed;
}

/** An unknown section or language, located at site.yaml (where the allowed ones are written). */
function unknown(
  siteFile: string,
  option: "section" | "lang",
  value: string,
  allowed: readonly string[],
): ContentError {
  const what = option === "section" ? "section" : "language";
  const near = suggest(value, allowed, 1);
  return contentError(
    siteFile,
    option === "section" ? "E_NEW_SECTION" : "E_NEW_LANG",
    `${what} ${typed(value)} is not one of site.yaml's ${what}s`,
    `${near === undefined ? "" : `did you mean "${near}"? `}use --${option} ${oneOf(allowed)}`,
  );
}

/** `a, b or c`. */
function oneOf(words: readonly string[]): string {
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

/** The refusal to overwrite. */
function alreadyThere(shown: string): ContentError {
  return contentError(
    shown,
    "E_NEW_EXISTS",
    "an article already has this file",
    "edit that file, or give the new article a different title",
  );
}

/** Whether anything (a file, a folder, a dangling symlink) is at `abs`. */
function exists(abs: string): boolean {
  return lstatSync(abs, { throwIfNoEntry: false }) !== undefined;
}

/**
 * Creates the file's folders and the file itself (never over an existing one), refusing when the
 * deepest folder that already exists on the way is a symlink leading out of the content tree.
 */
function writeInside(
  root: string,
  abs: string,
  text: string,
  shown: string,
): ContentError | undefined {
  let existing = path.dirname(abs);
  while (!exists(existing) && existing !== root) existing = path.dirname(existing);
  const realRoot = realpathSync.native(root);
  const real = realpathSync.native(existing);
  if (real !== realRoot && !real.startsWith(realRoot + path.sep))
    return contentError(
      shown,
      "E_PATH_ESCAPE",
      "the article's folder leads outside the content folder",
      "replace the symlinked folder with a real one",
    );
  mkdirSync(path.dirname(abs), { recursive: true });
  try {
    writeFileSync(abs, text, { flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return alreadyThere(shown);
    throw err;
  }
  return undefined;
}

/** Prints located errors; exit 1. */
function fail(errors: readonly ContentError[]): number {
  for (const e of errors) process.stderr.write(`${formatContentError(e)}\n`);
  process.stderr.write(`\nnew: nothing written\n`);
  return 1;
}

/** Prints a usage error; exit 2. */
function usage(message: string): number {
  process.stderr.write(`new: ${message}\n${NEW_USAGE}\n`);
  return 2;
}
