// `_headers` for Netlify and Cloudflare Pages: the security headers on every path, then one rule
// per cache class. Both hosts join the values of rules that match one path, so no two rules here
// set the same header on one path; HTML and feeds keep the hosts' default revalidation (`SHORT`).
import type { DeployModel } from "./deploy-model.ts";

/** The `_headers` text of `model`. */
export function headersFile(model: DeployModel): string {
  const lines = [
    "# Security and caching headers for Netlify and Cloudflare Pages, written by the build.",
    `${model.base}*`,
    ...model.headers.map((h) => `  ${h.name}: ${h.value}`),
  ];
  for (const rule of model.cache) {
    lines.push(rule.match === "prefix" ? `${rule.path}*` : rule.path);
    lines.push(`  Cache-Control: ${rule.cacheControl}`);
  }
  return `${lines.join("\n")}\n`;
}
