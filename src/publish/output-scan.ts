// The post-build safety scanner for feeds and data files (XML, JSON); HTML is scanned by
// `html-scan.ts`. It parses a file and reports every script, event handler and unsafe URL in its
// elements and attributes. It never greps bytes, so an article about XSS may quote `onclick=` or
// `<script>` in a code block.
import { createHash } from "node:crypto";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { scanHtml } from "./html-scan.ts";
import { isSafeUrl, urlScheme } from "../url-scheme.ts";
import { findXmlForbidden } from "../xml-chars.ts";
import { URL_ATTRS } from "./url-rules.ts";
import type { ScanFinding } from "./scan-finding.ts";

export type { ScanFinding } from "./scan-finding.ts";

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
  const badChar = findXmlForbidden(text);
  if (badChar) {
    const message = `not well-formed XML: character ${badChar.codePoint} is not allowed`;
    return { findings: [{ code: "E_XML_INVALID", message }] };
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
