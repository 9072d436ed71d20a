// The response headers a built site asks its host for (`_headers`, Netlify/Cloudflare syntax), so the
// local server of the screenshots and browser gates sends what production sends (the CSP above all).
import fs from "node:fs";
import path from "node:path";

/** One rule of `_headers`: a path pattern (`*` matches anything) and its headers. */
type HeaderRule = { pattern: RegExp; headers: [string, string][] };

/** Reads `<root>/_headers`; an absent file gives no rules. */
export function readHostHeaders(root: string): HeaderRule[] {
  const file = path.join(root, "_headers");
  if (!fs.existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*");
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const at = line.indexOf(":");
    if (at > 0 && rules.length > 0)
      rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}

/**
 * The headers for `pathname`: every matching rule, later ones winning. Served over plain HTTP on
 * 127.0.0.1, HSTS and `upgrade-insecure-requests` are left out (they would send the browser to https).
 */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      if (/^strict-transport-security$/i.test(name)) continue;
      out[name.toLowerCase()] = /^content-security-policy$/i.test(name)
        ? value.replace(/;?\s*upgrade-insecure-requests\s*/i, "")
        : value;
    }
  }
  return out;
}
