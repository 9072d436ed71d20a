// Checks the staged tree before it replaces the output: every page
// present, every published article reachable from its section, tag and author lists, the feed
// window and the sitemap; links resolve; XML and JSON-LD parse; no script, event handler or unsafe
// URL in any parsed element or attribute (never a byte grep).
import { outputFiles } from "../collect/page-kinds.ts";
import { basePath, outputFile } from "../routes.ts";
import type { SiteData } from "../collect/site.ts";
import type { ContentError } from "../content/errors.ts";
import type { FileFacts, ScannedFile } from "./file-facts.ts";

import { BUG, targetResolver, type Fail } from "./links.ts";
import { checkNothingLost, type XmlLinks } from "./nothing-lost.ts";
import { checkOutputBudget, type OutputBudget } from "./output-budget.ts";
import { listFiles, listLater } from "./staged-listing.ts";

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
  return finishVerify(await verifyBefore(staging, site, opts));
}

/** A verify run that has checked everything but one folder still being written (`verifyBefore`). */
export interface PartialVerify {
  staging: string;
  site: SiteData;
  opts: VerifyOptions;
  /** The folder left for `finishVerify` (below staging, no slashes), if any. */
  later: string | undefined;
  errors: ContentError[];
  facts: Map<string, FileFacts>;
  /** The files listed so far (all but `later`'s), and the symbolic links (refused). */
  files: Set<string>;
  links: string[];
  /** Links into `later`: resolved once it is listed, [page, link, target]. */
  deferred: [string, string, string][];
  /** Link targets of each non-article HTML page, grouped by list root (`tags/x/` + `page/n/`). */
  listLinks: Map<string, Set<string>>;
  /** Absolute URLs in each XML file, with the lastmod of sitemap entries. */
  xmlUrls: Map<string, XmlLinks>;
  /** The source of each article and plain page's output file. */
  sourceOf: Map<string, string>;
  fail: Fail;
  targetOf: (value: string) => string | undefined;
  /** A file's facts: carried over (`known`), scanned as it was rendered, or scanned now. */
  factsOf: (file: string) => FileFacts;
}

/**
 * Verifies every staged file outside the folder `later` (the search index, written meanwhile by
 * its own job: the pages are checked while Pagefind runs); links into `later` wait for
 * `finishVerify`, like every check that needs the whole tree.
 */
export async function verifyBefore(
  staging: string,
  site: SiteData,
  opts: VerifyOptions,
  later?: string,
): Promise<PartialVerify> {
  const { displayPath, known = new Map<string, FileFacts>() } = opts;
  const errors: ContentError[] = [];
  const { files, links } = listFiles(staging, later);
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
  const base = basePath(opts.baseUrl);
  // Loaded here: the scanners' parsers (~250 KB) are not needed before the last stage, nor by `check`.
  const { scanStagedFile } = await import("./scan-file.ts");
  const v: PartialVerify = {
    staging,
    site,
    opts,
    later,
    errors,
    facts: new Map(),
    files,
    links,
    deferred: [],
    listLinks: new Map(),
    xmlUrls: new Map(),
    sourceOf,
    fail,
    targetOf: targetResolver(base, new URL(opts.baseUrl).origin),
    factsOf: (f) =>
      known.get(f) ?? reported(f, opts.scanned?.get(f) ?? scanStagedFile(staging, f, base), fail),
  };
  const articleFiles = new Set(site.articlePages.map((p) => outputFile(p.path)));
  for (const f of [...files].sort()) addFacts(v, f, v.factsOf(f), articleFiles.has(f));
  return v;
}

/**
 * Verifies the folder `verifyBefore` left (listed and scanned now), the links into it, and what
 * needs the whole tree: every promised file there, the output budget, nothing lost.
 */
export function finishVerify(v: PartialVerify): Verified {
  const { staging, site, opts, files, fail } = v;
  if (v.later !== undefined) {
    const rest = listLater(staging, v.later);
    for (const f of rest.files) files.add(f);
    v.links.push(...rest.links);
    for (const f of [...rest.files].sort()) addFacts(v, f, v.factsOf(f), false);
    for (const [f, value, target] of v.deferred) checkTarget(f, value, target, files, fail);
  }
  for (const l of v.links)
    fail(l, "E_UNSAFE_OUTPUT", `${l} is a symbolic link`, "the output holds plain files only");
  checkExpected(site, files, opts.shownArticles, fail);
  if (opts.budget) {
    const over = checkOutputBudget(staging, files, {
      budget: opts.budget,
      articles: opts.shownArticles,
      sourceOf: (f) => v.sourceOf.get(f),
      displayPath: opts.displayPath,
    });
    if (over) v.errors.push(over);
  }
  checkNothingLost(site, opts.baseUrl, v.listLinks, v.xmlUrls, fail);
  return { errors: v.errors, facts: v.facts };
}

/** Keeps file `f`'s facts and checks its links (those into the folder left for later, deferred). */
function addFacts(v: PartialVerify, f: string, fact: FileFacts, isArticle: boolean): void {
  v.facts.set(f, fact);
  if (fact.xml) {
    v.xmlUrls.set(f, {
      urls: new Set(fact.xml.urls),
      lastmod: new Map(fact.xml.lastmod),
      entries: fact.xml.entries,
    });
  }
  const later = v.later === undefined ? undefined : `${v.later}/`;
  for (const value of fact.urls ?? []) {
    const target = v.targetOf(value);
    if (target === undefined) continue;
    if (later !== undefined && target.startsWith(later)) v.deferred.push([f, value, target]);
    else checkTarget(f, value, target, v.files, v.fail);
  }
  if (fact.anchors && !isArticle) {
    const root = listRoot(f);
    const set = v.listLinks.get(root) ?? new Set<string>();
    for (const a of fact.anchors) {
      const t = v.targetOf(a);
      if (t !== undefined) set.add(t);
    }
    v.listLinks.set(root, set);
  }
}

/** Reports link `value` of page `f` when its `target` is not among the staged `files`. */
function checkTarget(
  f: string,
  value: string,
  target: string,
  files: ReadonlySet<string>,
  fail: Fail,
): void {
  if (files.has(target) || files.has(`${target}/index.html`)) return;
  fail(
    f,
    "E_LINK_BROKEN",
    `${f} links to ${value}, which is not in the output`,
    "check the link target (article files, media, tags)",
  );
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
