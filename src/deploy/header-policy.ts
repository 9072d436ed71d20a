// The security headers every response carries, the Content-Security-Policy first: the one source
// the `_headers`, `vercel.json` and `nginx.conf` writers read.
import { createHash } from "node:crypto";
import * as z from "zod";

/**
 * An origin a third-party service (a comments provider) is served from: `https://host[:port]`
 * (http too: site.yaml may name an http server; the browser then upgrades or blocks it).
 */
const origin = z
  .string()
  .regex(/^https?:\/\/[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/);

/** Extra origins per CSP directive, for a comments provider (default: none). */
export const extraOriginsSchema = z
  .object({
    script: z.array(origin).default([]),
    frame: z.array(origin).default([]),
    connect: z.array(origin).default([]),
    style: z.array(origin).default([]),
    img: z.array(origin).default([]),
  })
  .strict();

/** What a caller passes: any directive's list may be left out. */
export type ExtraOrigins = z.input<typeof extraOriginsSchema>;

/** What the policy is built from. */
export interface HeaderPolicyInput {
  /** The exact text of every inline executable script (`layouts/inline-scripts.ts`). */
  inlineScripts: readonly string[];
  /** Third-party origins (a comments provider); validated, so no header can be smuggled in. */
  origins?: ExtraOrigins;
  /** The site is served over https (its base URL): then `upgrade-insecure-requests`. */
  https: boolean;
}

/** One response header. */
export interface Header {
  name: string;
  value: string;
}

/** The CSP source of an inline script: `'sha256-<base64 of its UTF-8 bytes>'`. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The Content-Security-Policy: only our own files, inline scripts by hash (never
 * `'unsafe-inline'`), WebAssembly for Pagefind, and the extra origins given.
 */
export function contentSecurityPolicy(input: HeaderPolicyInput): string {
  const o = extraOriginsSchema.parse(input.origins ?? {});
  const hashes = [...new Set(input.inlineScripts.map(scriptHash))].sort();
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", "'wasm-unsafe-eval'", ...hashes, ...o.script],
    ["style-src", "'self'", ...o.style],
    ["img-src", "'self'", "data:", ...o.img],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...o.connect],
    ["frame-src", ...(o.frame.length ? o.frame : ["'none'"])],
    ["worker-src", "'self'"],
    ["manifest-src", "'self'"],
    ["media-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'self'"],
  ];
  if (input.https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((d) => d.join(" ")).join("; ");
}

/** Every security header, in a fixed order (the same on every host). */
export function securityHeaders(input: HeaderPolicyInput): Header[] {
  return [
    { name: "Content-Security-Policy", value: contentSecurityPolicy(input) },
    { name: "X-Content-Type-Options", value: "nosniff" },
    { name: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // Browsers ignore it over http; no includeSubDomains: other hosts of the domain are not ours.
    { name: "Strict-Transport-Security", value: "max-age=31536000" },
    {
      name: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    },
    { name: "X-Frame-Options", value: "SAMEORIGIN" },
  ];
}
