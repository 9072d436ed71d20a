// `nginx.conf`: the directives of the site for the inside of a `server {}` block (the server's
// own `listen`, `server_name`, TLS and `root` stay the operator's): headers on every response,
// caching per location, redirects.lock's moves as 301 and gone URLs as 410, a 404 page per edition.
import { isPlaceholder, SHORT, type CacheRule } from "./cache-rules.ts";
import type { DeployModel } from "./deploy-model.ts";

/** Files of the output that are recipes, not pages: never served. */
const RECIPES = ["nginx.conf", "_headers", "_redirects", "vercel.json"];

/** A path nginx can take in double quotes: no quote, backslash, `$`, control or space character. */
const SAFE_PATH = /^\/[^"\\$\s\p{Cc};{}]*$/u;

/** `"path"` for a location or a `return`; throws on a path that could break out of the quotes. */
export function quotedPath(path: string): string {
  if (!SAFE_PATH.test(path)) throw new Error(`internal: unsafe path for nginx.conf: ${path}`);
  return `"${path}"`;
}

/** `"value"` for an `add_header` value (our own policy text: no quotes or backslashes in it). */
function quotedValue(value: string): string {
  if (/["\\$\p{Cc}]/u.test(value)) throw new Error(`internal: unsafe header value: ${value}`);
  return `"${value}"`;
}

/**
 * The location of a cache rule: `= "/x"` exact, `^~ "/x/"` a prefix, or a regex where a `:name`
 * segment stands for any one segment (`~ "^/pagefind/[^/]+/[^/]+/fragment/"`).
 */
export function ruleLocation(rule: CacheRule): string {
  const segments = rule.path.split("/");
  if (!segments.some(isPlaceholder))
    return `${rule.match === "exact" ? "=" : "^~"} ${quotedPath(rule.path)}`;
  const literal = segments.filter((seg) => !isPlaceholder(seg));
  if (!literal.every((seg) => /^[A-Za-z0-9._~-]*$/.test(seg)))
    throw new Error(`internal: unsafe path for an nginx regex: ${rule.path}`);
  const regex = segments
    .map((seg) => (isPlaceholder(seg) ? "[^/]+" : seg.replace(/\./g, "[.]")))
    .join("/");
  return `~ "^${regex}${rule.match === "exact" ? "$" : ""}"`;
}

/** The nginx.conf text of `model`. */
export function nginxConf(model: DeployModel): string {
  // add_header in a location replaces the server's: every location repeats the whole set.
  const headers = (cache: string): string[] => [
    ...model.headers.map((h) => `add_header ${h.name} ${quotedValue(h.value)} always;`),
    `add_header Cache-Control ${quotedValue(cache)} always;`,
  ];
  const block = (head: string, body: string[]): string[] => [
    `location ${head} {`,
    ...body.map((l) => `  ${l}`),
    "}",
  ];
  const [home, ...others] = model.editions;
  const lines = [
    "# The site's directives for inside a server block, written by the build. Use it as:",
    "#   server { listen 443 ssl; server_name example.org; root /srv/site/dist;",
    "#            include /srv/site/dist/nginx.conf; }",
    "charset utf-8;",
    "charset_types text/css text/plain text/xml application/javascript application/json application/atom+xml application/xml image/svg+xml;",
    "absolute_redirect off;",
    "server_tokens off;",
    "index index.html;",
    ...(home ? [`error_page 404 ${quotedPath(home.notFound)};`] : []),
    ...block(quotedPath(model.base), [...headers(SHORT), "try_files $uri $uri/ =404;"]),
    ...others.flatMap((e) =>
      block(`^~ ${quotedPath(e.prefix)}`, [
        `error_page 404 ${quotedPath(e.notFound)};`,
        ...headers(SHORT),
        "try_files $uri $uri/ =404;",
      ]),
    ),
    ...model.cache.flatMap((r) =>
      block(ruleLocation(r), [...headers(r.cacheControl), "try_files $uri =404;"]),
    ),
    ...RECIPES.flatMap((name) => block(`= ${quotedPath(model.base + name)}`, ["return 404;"])),
    ...model.moves.flatMap((m) =>
      block(`= ${quotedPath(m.fromPath)}`, [...headers(SHORT), `return 301 ${quotedPath(m.to)};`]),
    ),
    ...model.gone.flatMap((g) =>
      block(`= ${quotedPath(g.path)}`, [
        `error_page 410 ${quotedPath(g.notFound)};`,
        ...headers(SHORT),
        "return 410;",
      ]),
    ),
  ];
  return `${lines.join("\n")}\n`;
}
