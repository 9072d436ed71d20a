// The HTML part of the output scanner: every script, event handler, active element and unsafe URL
// in a tokenized document (htmlparser2's callback parser, no DOM), and the URLs it references for
// the link check.
import { Parser } from "htmlparser2";
import { INLINE_SCRIPTS } from "../../layouts/inline-scripts.ts";
import type { ScanFinding } from "./scan-finding.ts";
import { SEARCH_FOLDER } from "../routes.ts";
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

/** The inline scripts the site may emit (layouts/inline-scripts.ts): the CSP hashes each one. */
const REGISTERED_INLINE: ReadonlySet<string> = new Set(Object.values(INLINE_SCRIPTS));

/** Paths (below the site's base path) from which our own scripts may load. */
const OWN_SCRIPT_DIRS = ["assets/", `${SEARCH_FOLDER}/`];

/** An open `<script>` or `<style>`: its attributes and the raw text read so far. */
interface RawElement {
  tag: "script" | "style";
  attribs: Record<string, string>;
  text: string;
}

/** Scans one HTML document; `basePath` (e.g. `/news/`) locates our own script folder. */
export function scanHtml(text: string, basePath = "/"): HtmlScan {
  const scan: HtmlScan = { findings: [], urls: [], anchors: [] };
  const unsafe = (message: string): void => {
    scan.findings.push({ code: "E_UNSAFE_OUTPUT", message });
  };
  // Note: the tokenizer reads raw text where a browser does (script, style, title, textarea, xmp…,
  // svg and math content as markup): pre and noscript content is markup, so nothing hides in them.
  let tag = "";
  let raw: RawElement | undefined;
  const finishRaw = (): void => {
    if (raw?.tag === "script") scanScript(raw, basePath, scan);
    else if (raw && unsafeCss(raw.text))
      unsafe("a <style> element with an active URL or expression");
    raw = undefined;
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        tag = name.toLowerCase();
      },
      // Every attribute as written, a repeated one included (a browser keeps the first; we check all).
      onattribute(rawName, value) {
        scanAttribute(tag, rawName.toLowerCase(), value, scan, unsafe);
      },
      onopentag(name, attribs) {
        const t = name.toLowerCase();
        if (FORBIDDEN_ELEMENTS.has(t)) unsafe(`a <${t}> element`);
        if (t === "meta") scanMeta(attribs, scan, unsafe);
        if (t === "script" || t === "style") {
          finishRaw();
          raw = { tag: t, attribs: lowerKeys(attribs), text: "" };
        }
      },
      ontext(data) {
        if (raw) raw.text += data;
      },
      onclosetag(name) {
        if (raw && name.toLowerCase() === raw.tag) finishRaw();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(text);
  finishRaw();
  return scan;
}

/** Checks one attribute: handlers, styles and URL attributes (each URL also kept for the link check). */
function scanAttribute(
  tag: string,
  name: string,
  value: string,
  scan: HtmlScan,
  unsafe: (message: string) => void,
): void {
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

/** Checks a `<meta http-equiv="refresh">`: its target is a URL like any other. */
function scanMeta(
  attribs: Record<string, string>,
  scan: HtmlScan,
  unsafe: (message: string) => void,
): void {
  const a = lowerKeys(attribs);
  if (a["http-equiv"]?.trim().toLowerCase() !== "refresh") return;
  const url = refreshUrl(a.content ?? "");
  if (url === undefined) return;
  if (!isSafeUrl(url)) unsafe(`a meta refresh to a ${urlScheme(url)}: URL`);
  scan.urls.push(url);
}

/** Checks a `<script>`: JSON-LD must parse and hold no raw `<`; others must be our own files. */
function scanScript(el: RawElement, basePath: string, scan: HtmlScan): void {
  const type = (el.attribs.type ?? "").trim().toLowerCase();
  if (type === "application/ld+json") {
    if (el.text.includes("<")) {
      scan.findings.push({
        code: "E_UNSAFE_OUTPUT",
        message: "JSON-LD contains a raw '<' (write it as \\u003c)",
      });
    }
    try {
      const value: unknown = JSON.parse(el.text);
      if (value === null || typeof value !== "object") throw new Error("not an object");
    } catch (err) {
      scan.findings.push({
        code: "E_JSONLD_INVALID",
        message: `JSON-LD does not parse: ${(err as Error).message}`,
      });
    }
    return;
  }
  const src = el.attribs.src;
  // An inline script is ours only when its text is, byte for byte, one the CSP hashes.
  const registered = src === undefined && REGISTERED_INLINE.has(el.text);
  const own =
    registered ||
    (src !== undefined &&
      el.text.trim() === "" &&
      OWN_SCRIPT_DIRS.some((dir) => src.startsWith(basePath + dir) && !src.includes("..")));
  if (!own) {
    scan.findings.push({
      code: "E_UNSAFE_OUTPUT",
      message: src === undefined ? "an inline <script> element" : `a <script src="${src}">`,
    });
  }
}

/** The attributes with lower-cased names (svg content keeps its camelCase names). */
function lowerKeys(attribs: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attribs)) {
    const key = k.toLowerCase();
    if (!Object.hasOwn(out, key)) out[key] = v;
  }
  return out;
}

/** Whether CSS can run code or load from an unsafe URL. */
function unsafeCss(css: string): boolean {
  const urls = [...css.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)/gi)].map((m) => m[2] ?? "");
  return (
    urls.some((u) => !isSafeUrl(u)) ||
    /expression\s*\(|javascript:|vbscript:|-moz-binding|behavior\s*:/i.test(css)
  );
}
