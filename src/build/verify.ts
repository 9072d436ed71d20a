// Checks the staged tree before it replaces the output: every page present, links resolve, XML parses,
// no script or event handler slipped in (elements and attributes are parsed, never grepped).
import fs from "node:fs/promises";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { parse, type HTMLElement } from "node-html-parser";
import { basePath, outputFile } from "../routes.ts";
import type { ContentError, SiteData } from "../types.ts";

const URL_ATTRS = ["href", "src"] as const;
const SAFE_SCHEME = /^(?:https?:|mailto:|#|\/|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i;

/** Verifies the staged tree; every problem is a located error (the page's source when known). */
export async function verifyStaged(
  staging: string,
  site: SiteData,
  baseUrl: string,
  shownArticles: number,
): Promise<ContentError[]> {
  const errors: ContentError[] = [];
  const files = new Set(await listFiles(staging));
  const sourceOf = new Map<string, string>(
    site.articlePages.map((p) => [outputFile(p.path), p.source]),
  );
  const fail = (file: string, code: string, message: string, hint: string): void => {
    const source = sourceOf.get(file);
    errors.push({
      file: source ? `content/${source}` : `<output>/${file}`,
      line: 1,
      col: 1,
      code,
      message,
      hint,
    });
  };

  const expected = [
    ...site.articlePages,
    ...site.listPages,
    ...site.tagIndexPages,
    ...site.plainPages,
    ...site.notFoundPages,
    ...site.feeds,
    ...site.sitemaps,
    site.sitemapIndex,
    ...site.textFiles,
    ...site.media,
  ].map((p) => outputFile(p.path));
  for (const f of expected) {
    if (!files.has(f))
      fail(
        f,
        "E_OUTPUT_MISSING",
        `${f} was not written`,
        "this is a bug in Broadsheet: please report it",
      );
  }
  const articlesOut = site.articlePages.filter((p) => files.has(outputFile(p.path))).length;
  if (articlesOut !== shownArticles) {
    fail(
      "index.html",
      "E_OUTPUT_MISSING",
      `${shownArticles} articles published in, ${articlesOut} article pages out`,
      "this is a bug in Broadsheet: please report it",
    );
  }

  const base = basePath(baseUrl);
  const origin = new URL(baseUrl).origin;
  for (const f of [...files].sort()) {
    if (f.endsWith(".xml")) {
      const res = XMLValidator.validate(await fs.readFile(path.join(staging, f), "utf8"));
      if (res !== true)
        fail(f, "E_XML_INVALID", `${f} is not well-formed XML: ${res.err.msg}`, "please report it");
      continue;
    }
    if (!f.endsWith(".html")) continue;
    const root = parse(await fs.readFile(path.join(staging, f), "utf8"));
    for (const el of root.querySelectorAll("*")) {
      checkElement(el, f, fail);
      for (const attr of URL_ATTRS) {
        const value = el.getAttribute(attr);
        if (value === undefined) continue;
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
    }
  }
  return errors;
}

function checkElement(
  el: HTMLElement,
  file: string,
  fail: (f: string, c: string, m: string, h: string) => void,
): void {
  const tag = el.rawTagName?.toLowerCase();
  if (tag === "script" && el.getAttribute("type") !== "application/ld+json") {
    fail(
      file,
      "E_UNSAFE_OUTPUT",
      `${file} contains a <script> element`,
      "content may not add scripts",
    );
  }
  for (const [name, value] of Object.entries(el.attributes)) {
    if (/^on/i.test(name))
      fail(
        file,
        "E_UNSAFE_OUTPUT",
        `${file} has an event handler attribute ${name}`,
        "content may not add scripts",
      );
    if ((name === "href" || name === "src") && !SAFE_SCHEME.test(value.trim())) {
      fail(
        file,
        "E_UNSAFE_OUTPUT",
        `${file} has a ${name} with an unsafe scheme`,
        "allowed: http, https, mailto, relative",
      );
    }
  }
}

/** The staged file a root-relative or same-site link points to, or undefined for external links. */
function internalTarget(value: string, base: string, origin: string): string | undefined {
  let v = value;
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

async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      out.push(
        path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"),
      );
  }
  return out;
}
