// The post-build safety scanner (R27, F-SAFE-6): parses an output file (HTML, XML or JSON) and
// reports every script, event handler and unsafe URL in its elements and attributes. It never greps
// bytes, so an article about XSS may quote `onclick=` or `<script>` in a code block.
import { createHash } from "node:crypto";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse, type HTMLElement } from "node-html-parser";

/** One problem the scanner found in an output file. */
export interface ScanFinding {
  code: "E_UNSAFE_OUTPUT" | "E_JSONLD_INVALID" | "E_XML_INVALID" | "E_JSON_INVALID";
  message: string;
}

/** What scanning an HTML file gives: its problems and every URL it references (for the link check). */
export interface HtmlScan {
  findings: ScanFinding[];
  /** Values of href, src and srcset candidates, as written (entities decoded). */
  urls: string[];
  /** Values of `<a href>` only: the links a reader can follow (lists, feeds of links). */
  anchors: string[];
}

/** Schemes a URL in the output may carry; anything else (javascript:, data:, vbscript:, file:…) is refused. */
export const SAFE_SCHEMES: ReadonlySet<string> = new Set(["http", "https", "mailto"]);

/** Attributes whose value is one URL (HTML, SVG and legacy attributes a browser follows). */
const URL_ATTRS = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "poster",
  "cite",
  "background",
  "data",
  "longdesc",
  "manifest",
  "codebase",
  "icon",
  "lowsrc",
  "dynsrc",
  "usemap",
  "xlink:href",
  "xml:base",
]);

/** Attributes holding a list of URLs. */
const URL_LIST_ATTRS = new Set(["srcset", "imagesrcset", "ping", "archive"]);

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

// eslint-disable-next-line no-control-regex
const EDGE_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

/** The scheme of a URL as a browser reads it (tabs and newlines removed, controls trimmed), or undefined when relative. */
export function urlScheme(value: string): string | undefined {
  // Note: WHATWG URL parsing strips leading/trailing C0 controls and spaces and drops every tab and
  // newline, so `java\tscript:` and ` javascript:` are javascript: URLs.
  const cleaned = value.replace(EDGE_CONTROLS, "").replace(/[\t\n\r]/g, "");
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return m ? m[1]!.toLowerCase() : undefined;
}

/** True when a URL is relative or uses an allowed scheme. */
export function isSafeUrl(value: string): boolean {
  const scheme = urlScheme(value);
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

/** The URLs of a srcset-like list (`a.png 1x, b.png 2x`), or of ping's space-separated list. */
export function splitUrlList(name: string, value: string): string[] {
  if (name === "ping" || name === "archive") return value.split(/[\s,]+/).filter(Boolean);
  // Note: the HTML srcset algorithm: a URL is a run of non-space characters (trailing commas end
  // it), then descriptors up to the next comma outside parentheses.
  const urls: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i]!)) i++;
    let url = "";
    while (i < value.length && !/\s/.test(value[i]!)) url += value[i++];
    const bare = url.replace(/,+$/, "");
    if (bare) urls.push(bare);
    if (bare !== url) continue;
    let depth = 0;
    while (i < value.length && (value[i] !== "," || depth > 0)) {
      if (value[i] === "(") depth++;
      if (value[i] === ")") depth = Math.max(0, depth - 1);
      i++;
    }
  }
  return urls;
}

/** The URL in a `<meta http-equiv="refresh" content="0; url=…">`, if any. */
export function refreshUrl(content: string): string | undefined {
  const m = /^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?(["']?)(.*)$/is.exec(content);
  const url = m?.[2]?.replace(/["']\s*$/, "").trim();
  return url ? url : undefined;
}

/** Scans one HTML document; `basePath` (e.g. `/news/`) locates our own script folder. */
export function scanHtml(text: string, basePath = "/"): HtmlScan {
  // Note: only script and style are raw text; pre, noscript and textarea content is parsed, so
  // nothing hides from the scan inside them.
  const root = parse(text, { blockTextElements: { script: true, style: true } });
  const scan: HtmlScan = { findings: [], urls: [], anchors: [] };
  for (const el of root.querySelectorAll("*")) scanElement(el, basePath, scan);
  return scan;
}

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

function unsafeCss(css: string): boolean {
  const urls = [...css.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)/gi)].map((m) => m[2] ?? "");
  return (
    urls.some((u) => !isSafeUrl(u)) ||
    /expression\s*\(|javascript:|vbscript:|-moz-binding|behavior\s*:/i.test(css)
  );
}

/** What scanning an XML file gives: its problems and the text of every `<loc>` and link href. */
export interface XmlScan {
  findings: ScanFinding[];
  /** The parsed document (attributes as `@_name`, text as `#text`), or undefined when ill-formed. */
  doc?: Record<string, unknown>;
}

const XML_URL_ELEMENTS = new Set(["loc", "uri", "icon", "logo"]);

/** Scans an XML file (feeds, sitemaps): well-formed, no script or handler, safe URLs, and the HTML
 * carried in Atom `content`/`summary` scanned as HTML. */
export function scanXml(text: string, basePath = "/"): XmlScan {
  // Note: the validator does not check characters; XML 1.0 forbids these anywhere in a document.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const badChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.exec(text);
  if (badChar) {
    const cp = badChar[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    return {
      findings: [
        { code: "E_XML_INVALID", message: `not well-formed XML: character U+${cp} is not allowed` },
      ],
    };
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return {
      findings: [{ code: "E_XML_INVALID", message: `not well-formed XML: ${valid.err.msg}` }],
    };
  }
  const doc = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: true,
  }).parse(text) as Record<string, unknown>;
  const findings: ScanFinding[] = [];
  walkXml(doc, "", findings, basePath);
  return { findings, doc };
}

function walkXml(node: unknown, name: string, findings: ScanFinding[], basePath: string): void {
  if (Array.isArray(node)) {
    for (const item of node) walkXml(item, name, findings, basePath);
    return;
  }
  const local = name.replace(/^.*:/, "").toLowerCase();
  if (typeof node === "string") {
    if (XML_URL_ELEMENTS.has(local) && !isSafeUrl(node))
      findings.push({
        code: "E_UNSAFE_OUTPUT",
        message: `<${name}> holds a ${urlScheme(node)}: URL`,
      });
    return;
  }
  if (node === null || typeof node !== "object") return;
  const obj = node as Record<string, unknown>;
  if (local === "script") findings.push({ code: "E_UNSAFE_OUTPUT", message: "a <script> element" });
  const type = typeof obj["@_type"] === "string" ? obj["@_type"].toLowerCase() : "";
  if ((local === "content" || local === "summary" || local === "title") && type === "html") {
    const html = typeof obj["#text"] === "string" ? obj["#text"] : "";
    for (const f of embeddedHtmlFindings(html, basePath))
      findings.push({ ...f, message: `in <${name}>: ${f.message}` });
  }
  for (const [key, value] of Object.entries(obj)) {
    if (key.startsWith("@_")) {
      const attr = key.slice(2).toLowerCase();
      if (attr.replace(/^.*:/, "").startsWith("on"))
        findings.push({ code: "E_UNSAFE_OUTPUT", message: `an event handler attribute ${attr}` });
      if (
        (URL_ATTRS.has(attr) || attr.endsWith(":href")) &&
        typeof value === "string" &&
        !isSafeUrl(value)
      )
        findings.push({
          code: "E_UNSAFE_OUTPUT",
          message: `a ${attr} with a ${urlScheme(value)}: URL`,
        });
      continue;
    }
    if (key === "#text") {
      walkXml(value, name, findings, basePath);
      continue;
    }
    walkXml(value, key, findings, basePath);
  }
}

/** Findings of HTML carried in feeds, by digest of base path and text: a body recurs in many feeds. */
const embeddedFindings = new Map<string, readonly ScanFinding[]>();

/** Scans HTML embedded in a feed entry, once per distinct text and base path. */
function embeddedHtmlFindings(html: string, basePath: string): readonly ScanFinding[] {
  if (html.length < 256) return scanHtml(html, basePath).findings;
  const key = createHash("sha256").update(basePath).update("\0").update(html).digest("base64");
  let found = embeddedFindings.get(key);
  if (found === undefined) {
    found = scanHtml(html, basePath).findings;
    embeddedFindings.set(key, found);
  }
  return found;
}

/** Scans a JSON file (JSON Feed, search data): it parses, HTML fields are scanned as HTML, URL fields are safe. */
export function scanJson(text: string, basePath = "/"): ScanFinding[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return [
      { code: "E_JSON_INVALID", message: `does not parse as JSON: ${(err as Error).message}` },
    ];
  }
  const findings: ScanFinding[] = [];
  const visit = (v: unknown, key: string): void => {
    if (Array.isArray(v)) v.forEach((x) => visit(x, key));
    else if (v !== null && typeof v === "object")
      for (const [k, x] of Object.entries(v)) visit(x, k);
    else if (typeof v === "string") {
      if (/(?:^|_)html$/i.test(key))
        for (const f of embeddedHtmlFindings(v, basePath))
          findings.push({ ...f, message: `in "${key}": ${f.message}` });
      if (/(?:url|image|icon|avatar|favicon)$/i.test(key) && !isSafeUrl(v))
        findings.push({
          code: "E_UNSAFE_OUTPUT",
          message: `"${key}" holds a ${urlScheme(v)}: URL`,
        });
    }
  };
  visit(value, "");
  return findings;
}
