// Reads a built site for assertions: HTML parsed into a DOM, XML parsed into objects.
import fs from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse, type HTMLElement } from "node-html-parser";

/** Parses an output HTML file (path relative to the output folder). */
export function html(out: string, rel: string): HTMLElement {
  return parse(fs.readFileSync(path.join(out, rel), "utf8"));
}

/** Parses an output XML file, after checking it is well-formed; attributes are kept as `@_name`. */
export function xml(out: string, rel: string): Record<string, unknown> {
  const text = fs.readFileSync(path.join(out, rel), "utf8");
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`${rel}: ${valid.err.msg}`);
  return new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ["entry", "url", "sitemap", "category", "author"].includes(name),
  }).parse(text) as Record<string, unknown>;
}

/** Whitespace-normalised text content of an element. */
export function textOf(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** Every file below `out` whose bytes contain `needle`. */
export function filesContaining(out: string, needle: string): string[] {
  const hits: string[] = [];
  for (const e of fs.readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const p = path.join(e.parentPath, e.name);
    if (fs.readFileSync(p).includes(Buffer.from(needle))) hits.push(path.relative(out, p));
    if (p.includes(needle)) hits.push(path.relative(out, p));
  }
  return hits;
}

/** Maps a root-relative link (with the site's base path) to the output file it names. */
export function fileOfHref(href: string, basePath = "/"): string | undefined {
  const clean = href.split(/[?#]/)[0]!;
  if (!clean.startsWith(basePath)) return undefined;
  const rel = decodeURIComponent(clean.slice(basePath.length));
  return rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel;
}
