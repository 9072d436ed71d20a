// Test factories for the content model: an Article with realistic defaults, Stamps from ISO text,
// and media assets.
import type { Article } from "../../src/content/article.ts";
import { heldBody } from "../../src/content/body.ts";
import type { SiteConfig } from "../../src/content/site-config.ts";
import type { MediaAsset, Stamp } from "../../src/content/values.ts";
import { absoluteUrl, href, makeRoutes, outputFile } from "../../src/routes.ts";

const MONTHS =
  "January February March April May June July August September October November December".split(
    " ",
  );

/** `+08:00` → `UTC+8`, `-05:30` → `UTC-5:30`, `Z` → `UTC+0` (as src/content/dates.ts writes them). */
function utcLabel(offset: string): string {
  if (offset === "Z") return "UTC+0";
  const [, sign, hh, mm] = /^([+-])(\d{2}):(\d{2})$/.exec(offset)!;
  return `UTC${sign}${Number(hh)}${mm === "00" ? "" : `:${mm}`}`;
}

/**
 * A Stamp as the parse stage makes it from `2024-05-01T10:00:00+08:00` (the offset is the site
 * zone's): epoch ms, the site-zone date and the English byline (`1 May 2024, 10:00 (UTC+8)`) unless
 * `display` is given.
 */
export function makeStamp(iso: string, display?: string): Stamp {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) throw new Error(`makeStamp: ${iso} is not an ISO time with an offset`);
  const [, y, mo, d, hh, mi, offset] = m;
  return {
    iso,
    ms: Date.parse(iso),
    dateOnly: false,
    display:
      display ?? `${Number(d)} ${MONTHS[Number(mo) - 1]} ${y}, ${hh}:${mi} (${utcLabel(offset!)})`,
    ymd: `${y}-${mo}-${d}`,
  };
}

/** The fields `makeArticle` computes from the others, as the parse and index stages do. */
type Derived = "id" | "displayPath" | "path" | "href" | "url" | "file";

/** Every default of `makeArticle`, in one place: a published English news story. */
const ARTICLE_DEFAULTS: Omit<Article, Derived | "body"> = {
  source: "articles/2024/typhoon-signal.md",
  lang: "en",
  title: "Typhoon signal raised as storm nears the coast",
  date: makeStamp("2024-05-01T10:00:00+08:00"),
  section: "news",
  tags: [],
  authors: [],
  featured: false,
  draft: false,
  slug: "typhoon-signal",
  corrections: [],
  fieldAt: {
    title: { line: 2, col: 8 },
    date: { line: 3, col: 7 },
    section: { line: 4, col: 10 },
  },
  status: "published",
  media: [],
};

/** The site the derived URL fields are computed for: siteConfig() of test/helpers/collect.ts. */
export const ARTICLE_SITE: Pick<SiteConfig, "baseUrl" | "languages"> = {
  baseUrl: "https://example.org/news/",
  languages: ["en", "zh"],
};

/**
 * An Article after the bodies stage: the defaults above with `overrides` on top (fresh arrays each
 * call). Unless overridden, `id` and `displayPath` follow `source`, and the URL fields follow
 * lang, section, date and slug on `site` (base path and default language). `status` needs a clock,
 * so it is never derived: a test that sets `draft`, `publishAt` or `expires` sets `status` too.
 */
export function makeArticle(
  overrides: Partial<Article> = {},
  site: Pick<SiteConfig, "baseUrl" | "languages"> = ARTICLE_SITE,
): Article {
  // The body holds functions (no structured clone): each article gets its own.
  const body = heldBody(
    "<p>The observatory raised the typhoon signal on Wednesday morning.</p>",
    "The observatory raised the typhoon signal on Wednesday morning.",
  );
  const a = { ...structuredClone(ARTICLE_DEFAULTS), body, ...overrides };
  const path = makeRoutes(site.languages[0]!).article(a.lang, a.section, a.date.ymd, a.slug);
  return {
    id: a.source,
    displayPath: `content/${a.source}`,
    path,
    href: href(site.baseUrl, path),
    url: absoluteUrl(site.baseUrl, path),
    file: outputFile(path),
    ...a,
  };
}

/**
 * The asset of content file `source` copied to `path` (`/media/<name>.<hash12>.<ext>`); its SHA-256
 * starts with the path's 12 hex digits, as the media stage names copies.
 */
export function makeMedia(source: string, path: string, width = 1200, height = 800): MediaAsset {
  const hash12 = /\.([0-9a-f]{12})\.[a-z0-9]+$/.exec(path)?.[1] ?? "0".repeat(12);
  return { source, path, sha256: hash12.padEnd(64, "0"), width, height, alpha: false };
}
