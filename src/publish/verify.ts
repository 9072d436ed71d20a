// Checks the staged tree before it replaces the output: every page
// present, every published article reachable from its section, tag and author lists, the feed
// window and the sitemap; links resolve; XML and JSON-LD parse; no script, event handler or unsafe
// URL in any parsed element or attribute (never a byte grep).
import fs from "node:fs";
import path from "node:path";
import { outputFiles } from "../collect/page-kinds.ts";
import { basePath, outputFile } from "../routes.ts";
import type { SiteData } from "../collect/site.ts";
import type { ContentError } from "../content/errors.ts";
import type { FileFacts, ScannedFile } from "./file-facts.ts";

import { BUG, targetResolver, type Fail } from "./links.ts";
import { checkNothingLost, type XmlLinks } from "./nothing-lost.ts";
import { checkOutputBudget, type OutputBudget } from "./output-budget.ts";

export type { FileFacts } from "./file-facts.ts";

/** What verify needs besides the staged tree and the model. */
export interface VerifyOptions {
  baseUrl: string;
  /** How many articles were published in (each must have its page out). */
  shownArticles: number;
  /** How errors name a content file (the page's source). */
  displayPath: (source: string) => string;
  /** Facts of files carried over unchanged from a verified build (not read again). */
  known?: ReadonlyMap<string, FileFacts>;
  /** Files scanned already (as they were rendered, `staged-scanner.ts`): their findings are reported, they are not read again. */
  scanned?: ReadonlyMap<string, ScannedFile>;
  /** The most bytes the staged tree may hold (`E_OUTPUT_BUDGET`); none: unchecked. */
  budget?: OutputBudget;
}

/** The outcome of verifying a staged tree: its problems, and the facts of every file for the next build. */
export interface Verified {
  errors: ContentError[];
  facts: Map<string, FileFacts>;
}

/**
 * Verifies the staged tree; every problem is a located error (the page's source when known).
 * `known` holds the facts of files carried over unchanged from a verified build: they are not read
 * again, but their links are resolved against this build's files like every other page's.
 */
export async function verifyStaged(
  staging: string,
  site: SiteData,
  opts: VerifyOptions,
): Promise<Verified> {
  const { baseUrl, shownArticles, displayPath, known = new Map<string, FileFacts>() } = opts;
  const errors: ContentError[] = [];
  const { files, links: symlinks } = listFiles(staging);
  const sourceOf = new Map<string, string>(
    [...site.articlePages, ...site.plainPages].map((p) => [outputFile(p.path), p.source]),
  );
  const fail: Fail = (file, code, message, hint) => {
    const source = sourceOf.get(file);
    errors.push({
      file: source ? displayPath(source) : `<output>/${file}`,
      line: 1,
      col: 1,
      code,
      message,
      hint,
    });
  };
  for (const l of symlinks)
    fail(l, "E_UNSAFE_OUTPUT", `${l} is a symbolic link`, "the output holds plain files only");

  checkExpected(site, files, shownArticles, fail);
  if (opts.budget) {
    const over = checkOutputBudget(staging, files, {
      budget: opts.budget,
      articles: shownArticles,
      sourceOf: (f) => sourceOf.get(f),
      displayPath,
    });
    if (over) errors.push(over);
  }

  const base = basePath(baseUrl);
  const origin = new URL(baseUrl).origin;
  const articleFiles = new Set(site.articlePages.map((p) => outputFile(p.path)));
  /** Link targets of each non-article HTML page, grouped by list root (`tags/x/` + `page/n/`). */
  const listLinks = new Map<string, Set<string>>();
  /** Absolute URLs in each XML file, with the lastmod of sitemap entries. */
  const xmlUrls = new Map<string, XmlLinks>();
  const facts = new Map<string, FileFacts>();
  const targetOf = targetResolver(base, origin);
  // Loaded here: the scanners' parsers (~250 KB) are not needed before the last stage, nor by `check`.
  const { scanStagedFile } = await import("./scan-file.ts");

  for (const f of [...files].sort()) {
    const fact =
      known.get(f) ?? reported(f, opts.scanned?.get(f) ?? scanStagedFile(staging, f, base), fail);
    facts.set(f, fact);
    if (fact.xml) {
      xmlUrls.set(f, {
        urls: new Set(fact.xml.urls),
        lastmod: new Map(fact.xml.lastmod),
        entries: fact.xml.entries,
      });
    }
    checkLinks(f, fact.urls ?? [], files, targetOf, fail);
    if (fact.anchors && !articleFiles.has(f)) {
      const root = listRoot(f);
      const set = listLinks.get(root) ?? new Set<string>();
      for (const a of fact.anchors) {
        const t = targetOf(a);
        if (t !== undefined) set.add(t);
      }
      listLinks.set(root, set);
    }
  }

  checkNothingLost(site, baseUrl, listLinks, xmlUrls, fail);
  return { errors, facts };
}

/** Reports each link of page `f` whose target is not among the staged `files`. */
function checkLinks(
  f: string,
  urls: readonly string[],
  files: ReadonlySet<string>,
  targetOf: (value: string) => string | undefined,
  fail: Fail,
): void {
  for (const value of urls) {
    const target = targetOf(value);
    if (target !== undefined && !files.has(target) && !files.has(`${target}/index.html`)) {
      fail(
        f,
        "E_LINK_BROKEN",
        `${f} links to ${value}, which is not in the output`,
        "check the link target (article files, media, tags)",
      );
    }
  }
}

/** Reports a scanned file's findings; returns its facts. */
function reported(f: string, scanned: ScannedFile, fail: Fail): FileFacts {
  for (const x of scanned.findings) fail(f, x.code, `${f}: ${x.message}`, hintFor(x.code));
  return scanned.facts;
}

/** Every file the model promises is on disk, and the article count matches what was published in. */
function checkExpected(
  site: SiteData,
  files: ReadonlySet<string>,
  shownArticles: number,
  fail: Fail,
): void {
  const expected = [
    ...outputFiles(site).map((f) => f.file),
    ...site.media.map((m) => outputFile(m.path)),
  ];
  for (const f of expected) {
    if (!files.has(f)) fail(f, "E_OUTPUT_MISSING", `${f} was not written`, BUG);
  }
  const articlesOut = site.articlePages.filter((p) => files.has(outputFile(p.path))).length;
  if (articlesOut !== shownArticles || site.articlePages.length !== shownArticles) {
    fail(
      "index.html",
      "E_OUTPUT_MISSING",
      `${shownArticles} articles published in, ${articlesOut} article pages out`,
      BUG,
    );
  }
}

/** The list a page belongs to: `tags/x/page/3/index.html` → `tags/x/`. */
function listRoot(file: string): string {
  const m = /^(.*?)(?:page\/\d+\/)?index\.html$/.exec(file);
  return m ? m[1]! : file;
}

function hintFor(code: string): string {
  if (code === "E_UNSAFE_OUTPUT")
    return "only our own scripts and http(s), mailto or relative URLs may reach a page: please report it";
  return BUG;
}

/**
 * Every file and symbolic link below `root`, relative to it. Note: synchronous on purpose: Node 20's
 * recursive `fs.promises.readdir` took 1.7 s over the 49k entries of a 10k site, `readdirSync` 0.17 s.
 */
function listFiles(root: string): { files: Set<string>; links: string[] } {
  const files = new Set<string>();
  const links: string[] = [];
  const top = path.resolve(root);
  for (const entry of fs.readdirSync(top, { recursive: true, withFileTypes: true })) {
    // Note: every entry's parent is `top` or below it; slicing is a tenth of `path.relative`.
    const parent = entry.parentPath === top ? "" : entry.parentPath.slice(top.length + 1);
    const rel = (parent ? `${parent}${path.sep}${entry.name}` : entry.name)
      .split(path.sep)
      .join("/");
    if (entry.isFile()) files.add(rel);
    else if (entry.isSymbolicLink()) links.push(rel);
  }
  return { files, links };
}
