// Finds two outputs that would share one URL (compared case-folded and NFC, as macOS and Windows do).
import type { SiteData } from "./site-data.ts";
import type { ContentError } from "../content/errors.ts";

/** One `E_PATH_COLLISION` per output path claimed twice, naming both sources. */
export function findPathCollisions(
  site: SiteData,
  displayPath: (source: string) => string,
): ContentError[] {
  const owners = new Map<string, string>();
  const errors: ContentError[] = [];
  const claim = (path: string, owner: string): void => {
    const key = path.normalize("NFC").toLowerCase();
    const first = owners.get(key);
    if (first === undefined) {
      owners.set(key, owner);
      return;
    }
    // Two generated pages (tag, author, feed…) can only clash through a slug clash that tags.ts
    // already reports with both source files (E_SLUG_COLLISION); don't repeat it without a file.
    if (!owner.startsWith("content:") && !first.startsWith("content:")) return;
    const [file, other] = owner.startsWith("content:") ? [owner, first] : [first, owner];
    errors.push({
      file: file.replace(/^content:/, ""),
      line: 1,
      col: 1,
      code: "E_PATH_COLLISION",
      message: `${path} is claimed twice (${other.replace(/^content:/, "")})`,
      hint: "give one of them another slug (front matter `slug:`), section id or file name",
    });
  };
  for (const p of site.articlePages) claim(p.path, `content:${displayPath(p.source)}`);
  for (const p of site.listPages) claim(p.path, `generated ${p.kind} page`);
  for (const p of site.tagIndexPages) claim(p.path, "generated tag index");
  for (const p of site.plainPages) claim(p.path, `content:${displayPath(p.source)}`);
  for (const p of site.notFoundPages) claim(p.path, "generated 404 page");
  for (const p of site.redirectPages) claim(p.path, `redirect page to ${p.targetHref}`);
  for (const f of [
    ...site.feeds,
    ...site.feeds.map((feed) => ({ path: feed.jsonPath })),
    ...site.sitemaps,
    site.sitemapIndex,
    ...site.newsSitemaps,
    ...site.textFiles,
  ])
    claim(f.path, `generated ${f.path}`);
  return errors;
}
