// Checks the staged tree before it replaces the output (F-BLD-5, F-SAFE-1, R27, R31): every page
// present, every published article reachable from its section, tag and author lists, the feed
// window and the sitemap; links resolve; XML and JSON-LD parse; no script, event handler or unsafe
// URL in any parsed element or attribute (never a byte grep).
import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { outputFiles } from "../collect/page-kinds.ts";
import { absoluteUrl, basePath, outputFile } from "../routes.ts";
import type { ArticleView } from "../collect/articles.ts";
import type { SiteData } from "../collect/site.ts";
import type { ContentError } from "../content/errors.ts";
import { scanHtml } from "./html-scan.ts";
import { scanJson, scanXml } from "./output-scan.ts";

type Fail = (file: string, code: string, message: string, hint: string) => void;

const BUG = "this is a bug in Broadsheet: please report it";

/** What verify learned about one output file: enough to re-check its links without reading it again. */
export interface FileFacts {
  /** Every URL of an HTML page (href, src, srcset…), resolved against the output on each build. */
  urls?: string[];
  /** The anchor targets of an HTML page (list membership, F-SAFE-1). */
  anchors?: string[];
  /** What an XML file names. */
  xml?: { urls: string[]; lastmod: [string, string][]; entries: number };
}

/** What verify needs besides the staged tree and the model. */
export interface VerifyOptions {
  baseUrl: string;
  /** How many articles were published in (each must have its page out). */
  shownArticles: number;
  /** How errors name a content file (the page's source). */
  displayPath: (source: string) => string;
  /** Facts of files carried over unchanged from a verified build (not read again). */
  known?: ReadonlyMap<string, FileFacts>;
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
  const { files, links: symlinks } = await listFiles(staging);
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

  const base = basePath(baseUrl);
  const origin = new URL(baseUrl).origin;
  const articleFiles = new Set(site.articlePages.map((p) => outputFile(p.path)));
  /** Link targets of each non-article HTML page, grouped by list root (`tags/x/` + `page/n/`). */
  const listLinks = new Map<string, Set<string>>();
  /** Absolute URLs in each XML file, with the lastmod of sitemap entries. */
  const xmlUrls = new Map<string, XmlLinks>();
  const facts = new Map<string, FileFacts>();

  for (const f of [...files].sort()) {
    const fact = known.get(f) ?? scanFile(staging, f, base, fail);
    facts.set(f, fact);
    if (fact.xml) {
      xmlUrls.set(f, {
        urls: new Set(fact.xml.urls),
        lastmod: new Map(fact.xml.lastmod),
        entries: fact.xml.entries,
      });
    }
    for (const value of fact.urls ?? []) {
      const target = internalTarget(value, base, origin);
      if (target !== undefined && !files.has(target) && !files.has(`${target}/index.html`)) {
        fail(
          f,
          "E_LINK_BROKEN",
          `${f} links to ${value}, which is not in the output`,
          "check the link target (article files, media, tags)",
        );
      }
    }
    if (fact.anchors && !articleFiles.has(f)) {
      const root = listRoot(f);
      const set = listLinks.get(root) ?? new Set<string>();
      for (const a of fact.anchors) {
        const t = internalTarget(a, base, origin);
        if (t !== undefined) set.add(t);
      }
      listLinks.set(root, set);
    }
  }

  checkNothingLost(site, baseUrl, listLinks, xmlUrls, fail);
  return { errors, facts };
}

/** Reads and scans one staged file, reporting its findings; returns what later checks need of it. */
function scanFile(staging: string, f: string, base: string, fail: Fail): FileFacts {
  // Note: synchronous reads: awaiting 10k small reads one by one costs seconds of idle time.
  const full = path.join(staging, f);
  if (f.endsWith(".xml")) {
    const scan = scanXml(readFileSync(full, "utf8"), base);
    for (const x of scan.findings) fail(f, x.code, `${f}: ${x.message}`, hintFor(x.code));
    if (!scan.doc) return {};
    const links = xmlLinks(scan.doc);
    return {
      xml: { urls: [...links.urls], lastmod: [...links.lastmod], entries: links.entries },
    };
  }
  if (f.endsWith(".json")) {
    for (const x of scanJson(readFileSync(full, "utf8"), base))
      fail(f, x.code, `${f}: ${x.message}`, hintFor(x.code));
    return {};
  }
  if (!f.endsWith(".html")) return {};
  const scan = scanHtml(readFileSync(full, "utf8"), base);
  for (const x of scan.findings) fail(f, x.code, `${f}: ${x.message}`, hintFor(x.code));
  return { urls: [...new Set(scan.urls)], anchors: [...new Set(scan.anchors)] };
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

/**
 * F-SAFE-1: each article is linked from its section, tag and author lists (any page of each), is in
 * its edition's feed when it is newer than the feed's oldest entry (and the feed is as full as it
 * should be), and is in a sitemap with a lastmod not before its date. Checked on the parsed output,
 * not on the model, so a list that silently dropped an article fails the build naming its file.
 */
function checkNothingLost(
  site: SiteData,
  baseUrl: string,
  listLinks: ReadonlyMap<string, ReadonlySet<string>>,
  xmlUrls: ReadonlyMap<string, XmlLinks>,
  fail: Fail,
): void {
  const base = basePath(baseUrl);
  const origin = new URL(baseUrl).origin;
  const sitemapLastmod = new Map<string, string>();
  const inSitemaps = new Set<string>();
  for (const [f, x] of xmlUrls) {
    if (!/(^|\/)sitemap[^/]*\.xml$/.test(f)) continue;
    for (const u of x.urls) inSitemaps.add(u);
    for (const [u, m] of x.lastmod) sitemapLastmod.set(u, m);
  }
  const byFeed = new Map<string, ArticleView[]>();
  for (const p of site.articlePages) {
    const file = outputFile(p.path);
    const listed = p.draft || p.pending ? [] : p.listedIn;
    for (const c of listed) {
      const root = internalTarget(c.href, base, origin);
      if (root === undefined) continue;
      const dir = root.replace(/index\.html$/, "");
      if (!listLinks.get(dir)?.has(file)) {
        fail(
          file,
          "E_OUTPUT_MISSING",
          `published article is missing from its ${c.kind} list ${c.href}`,
          BUG,
        );
      }
    }
    if (p.draft || p.pending) continue;
    const abs = absoluteUrl(baseUrl, p.path);
    if (!inSitemaps.has(abs))
      fail(file, "E_OUTPUT_MISSING", `published article ${abs} is in no sitemap`, BUG);
    const lastmod = sitemapLastmod.get(abs);
    if (lastmod !== undefined && Date.parse(lastmod) < p.date.ms) {
      fail(
        file,
        "E_DATE_ORDER",
        `sitemap lastmod ${lastmod} is before the article's date ${p.date.iso}`,
        "updated and corrections must not be earlier than date",
      );
    }
    const feed = outputFile(p.feed);
    const list = byFeed.get(feed);
    if (list) list.push(p);
    else byFeed.set(feed, [p]);
  }
  // Note: a preview build may put drafts in the feed window, so the window is checked on real builds only.
  const preview = site.articlePages.some((p) => p.draft || p.pending);
  for (const [feed, articles] of preview ? [] : byFeed) {
    const got = xmlUrls.get(feed);
    if (!got) {
      fail(feed, "E_OUTPUT_MISSING", `${feed} was not written`, BUG);
      continue;
    }
    const newest = [...articles].sort((a, b) => b.date.ms - a.date.ms);
    const size = site.feeds.find((f) => outputFile(f.path) === feed)?.size ?? 0;
    const window = Math.min(size, newest.length);
    if (got.entries < window)
      fail(feed, "E_OUTPUT_MISSING", `${feed} has ${got.entries} entries, expected ${window}`, BUG);
    const cutoff = newest[window - 1]?.date.ms ?? Infinity;
    for (const p of newest) {
      if (p.date.ms <= cutoff) break;
      const abs = absoluteUrl(baseUrl, p.path);
      if (!got.urls.has(abs))
        fail(
          outputFile(p.path),
          "E_OUTPUT_MISSING",
          `published article ${abs} is missing from ${feed}`,
          BUG,
        );
    }
  }
}

/** The list a page belongs to: `tags/x/page/3/index.html` → `tags/x/`. */
function listRoot(file: string): string {
  const m = /^(.*?)(?:page\/\d+\/)?index\.html$/.exec(file);
  return m ? m[1]! : file;
}

/** What an XML file names: absolute URLs, sitemap lastmods, and its count of feed entries. */
interface XmlLinks {
  urls: Set<string>;
  lastmod: Map<string, string>;
  entries: number;
}

/** Absolute URLs named by a parsed XML document (`<loc>`, `<link href>`, `<id>`), with sitemap lastmods. */
function xmlLinks(doc: unknown): XmlLinks {
  const out: XmlLinks = { urls: new Set(), lastmod: new Map(), entries: 0 };
  const visit = (node: unknown, name: string): void => {
    if (Array.isArray(node)) node.forEach((n) => visit(n, name));
    else if (typeof node === "string") {
      if (name === "loc" || name === "id" || name === "@_href") out.urls.add(node.trim());
    } else if (node !== null && typeof node === "object") {
      const obj = node as Record<string, unknown>;
      if (name === "entry") out.entries++;
      if (name === "url" && typeof obj.loc === "string" && typeof obj.lastmod === "string")
        out.lastmod.set(obj.loc.trim(), obj.lastmod.trim());
      for (const [k, v] of Object.entries(obj)) visit(v, k === "#text" ? name : k);
    }
  };
  visit(doc, "");
  return out;
}

function hintFor(code: string): string {
  if (code === "E_UNSAFE_OUTPUT")
    return "only our own scripts and http(s), mailto or relative URLs may reach a page: please report it";
  return BUG;
}

/** The staged file a root-relative or same-site link points to, or undefined for external links. */
function internalTarget(value: string, base: string, origin: string): string | undefined {
  let v = value.trim();
  if (v.startsWith(origin + "/")) v = v.slice(origin.length);
  if (!v.startsWith("/") || v.startsWith("//")) return undefined;
  const clean = v.split(/[?#]/)[0]!;
  if (!clean.startsWith(base)) return `\u0000outside-base:${clean}`;
  let rel: string;
  try {
    rel = decodeURIComponent(clean.slice(base.length));
  } catch {
    return `\u0000bad-encoding:${clean}`;
  }
  return rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel;
}

async function listFiles(root: string): Promise<{ files: Set<string>; links: string[] }> {
  const files = new Set<string>();
  const links: string[] = [];
  for (const entry of await fs.readdir(root, { recursive: true, withFileTypes: true })) {
    const rel = path
      .relative(root, path.join(entry.parentPath, entry.name))
      .split(path.sep)
      .join("/");
    if (entry.isFile()) files.add(rel);
    else if (entry.isSymbolicLink()) links.push(rel);
  }
  return { files, links };
}
