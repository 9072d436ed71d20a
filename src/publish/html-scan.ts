// The HTML part of the output scanner: every script, event handler, active element and unsafe URL
// in a parsed document, and the URLs it references for the link check.
import { parse, type HTMLElement } from "node-html-parser";
import type { ScanFinding } from "./scan-finding.ts";
import { isSafeUrl, urlScheme } from "../url-scheme.ts";
import { refreshUrl, splitUrlList, URL_ATTRS, URL_LIST_ATTRS } from "./url-rules.ts";

/** What scanning an HTML file gives: its problems and every URL it references (for the link check). */
export interface HtmlScan {
  findings: ScanFinding[];
  /** Values of href, src and srcset candidates, as written (entities decoded). */
  urls: string[];
  /** Values of `<a href>` only: the links a reader can follow (lists, feeds of links). */
  anchors: string[];
}

/** Elements that embed or run active content, or re-root every relative URL; never in our output. */
const FORBIDDEN_ELEMENTS = new Set([
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "base",
  "portal",
  "fencedframe",
]);

/** Paths (below the site's base path) from which our own scripts may load. */
const OWN_SCRIPT_DIRS = ["assets/"];

/** Scans one HTML document; `basePath` (e.g. `/news/`) locates our own script folder. */
export function scanHtml(text: string, basePath = "/"): HtmlScan {
  // Note: only script and style are raw text; pre, noscript and textarea content is parsed, so
  // nothing hides from the scan inside them.
  const root = parse(text, { blockTextElements: { script: true, style: true } });
  const scan: HtmlScan = { findings: [], urls: [], anchors: [] };
  for (const el of root.querySelectorAll("*")) scanElement(el, basePath, scan);
  return scan;
}

/** Checks one element: forbidden tags, scripts, styles, handlers and URL attributes. */
function scanElement(el: HTMLElement, basePath: string, scan: HtmlScan): void {
  const tag = (el.rawTagName ?? "").toLowerCase();
  const unsafe = (message: string): void => {
    scan.findings.push({ code: "E_UNSAFE_OUTPUT", message });
  };
  if (FORBIDDEN_ELEMENTS.has(tag)) unsafe(`a <${tag}> element`);
  if (tag === "script") scanScript(el, basePath, scan);
  if (tag === "style" && unsafeCss(el.rawText))
    unsafe("a <style> element with an active URL or expression");
  for (const [rawName, value] of Object.entries(el.attributes)) {
    const name = rawName.toLowerCase();
    if (name.startsWith("on")) unsafe(`an event handler attribute ${name} on <${tag}>`);
    if (name === "style" && unsafeCss(value))
      unsafe(`a style attribute with an active URL on <${tag}>`);
    const urls = URL_ATTRS.has(name)
      ? [value]
      : URL_LIST_ATTRS.has(name)
        ? splitUrlList(name, value)
        : [];
    for (const url of urls) {
      if (!isSafeUrl(url)) unsafe(`a ${name} with a ${urlScheme(url)}: URL on <${tag}>`);
      if (name === "href" || name === "src" || name === "srcset") scan.urls.push(url);
      if (name === "href" && tag === "a") scan.anchors.push(url);
    }
  }
  if (tag === "meta" && el.getAttribute("http-equiv")?.trim().toLowerCase() === "refresh") {
    const url = refreshUrl(el.getAttribute("content") ?? "");
    if (url !== undefined) {
      if (!isSafeUrl(url)) unsafe(`a meta refresh to a ${urlScheme(url)}: URL`);
      scan.urls.push(url);
    }
  }
}

/** Checks a `<script>`: JSON-LD must parse and hold no raw `<`; others must be our own files. */
function scanScript(el: HTMLElement, basePath: string, scan: HtmlScan): void {
  const type = (el.getAttribute("type") ?? "").trim().toLowerCase();
  if (type === "application/ld+json") {
    const raw = el.rawText;
    if (raw.includes("<")) {
      scan.findings.push({
        code: "E_UNSAFE_OUTPUT",
        message: "JSON-LD contains a raw '<' (write it as \\u003c)",
      });
    }
    try {
      const value: unknown = JSON.parse(raw);
      if (value === null || typeof value !== "object") throw new Error("not an object");
    } catch (err) {
      scan.findings.push({
        code: "E_JSONLD_INVALID",
        message: `JSON-LD does not parse: ${(err as Error).message}`,
      });
    }
    return;
  }
  const src = el.getAttribute("src");
  const own =
    src !== undefined &&
    el.rawText.trim() === "" &&
    OWN_SCRIPT_DIRS.some((dir) => src.startsWith(basePath + dir) && !src.includes(".."));
  if (!own) {
    scan.findings.push({
      code: "E_UNSAFE_OUTPUT",
      message: src === undefined ? "an inline <script> element" : `a <script src="${src}">`,
    });
  }
}

/** Whether CSS can run code or load from an unsafe URL. */
function unsafeCss(css: string): boolean {
  const urls = [...css.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)/gi)].map((m) => m[2] ?? "");
  return (
    urls.some((u) => !isSafeUrl(u)) ||
    /expression\s*\(|javascript:|vbscript:|-moz-binding|behavior\s*:/i.test(css)
  );
}
