// `vercel.json` for a Vercel deploy of the output folder: the same headers and cache rules as
// `_headers`, and redirects.lock's moves as permanent redirects (Vercel has no 410: gone URLs
// answer 404 there).
import { isPlaceholder } from "./cache-rules.ts";
import type { DeployModel } from "./deploy-model.ts";

/** Characters path-to-regexp (Vercel's `source` syntax) reads as syntax, escaped in literal paths. */
const PATTERN_CHARS = /[()*+?:{}\\!]/g;

/** A literal path as a Vercel `source` pattern. */
export function literalSource(path: string): string {
  return path.replace(PATTERN_CHARS, (c) => `\\${c}`);
}

/** A cache rule's path as a `source`: literal, but a `:name` segment stays a parameter. */
function ruleSource(path: string): string {
  return path
    .split("/")
    .map((s) => (isPlaceholder(s) ? s : literalSource(s)))
    .join("/");
}

/** The `vercel.json` text of `model` (2-space JSON, a final newline). */
export function vercelJson(model: DeployModel): string {
  const headers = [
    {
      source: `${literalSource(model.base)}(.*)`,
      headers: model.headers.map((h) => ({ key: h.name, value: h.value })),
    },
    ...model.cache.map((rule) => ({
      source: rule.match === "prefix" ? `${ruleSource(rule.path)}(.*)` : ruleSource(rule.path),
      headers: [{ key: "Cache-Control", value: rule.cacheControl }],
    })),
  ];
  const redirects = model.moves.map((m) => ({
    source: literalSource(m.from),
    destination: m.to,
    permanent: true,
  }));
  return `${JSON.stringify({ headers, redirects }, null, 2)}\n`;
}
