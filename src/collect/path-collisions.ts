// Finds two outputs that would share one URL (compared case-folded and NFC, as macOS and Windows do).
import type { ContentError } from "../content/errors.ts";
import { foldPath } from "../routes.ts";
import { outputFiles, rowOf } from "./page-kinds.ts";
import type { SiteData } from "./site.ts";

/** The key two paths share when one case-insensitive, normalising file system sees one file. */
export function pathKey(path: string): string {
  return foldPath(path);
}

/** One `E_PATH_COLLISION` per output path claimed twice, naming both sources. */
export function findPathCollisions(
  site: SiteData,
  displayPath: (source: string) => string,
): ContentError[] {
  const owners = new Map<string, string>();
  const errors: ContentError[] = [];
  for (const f of outputFiles(site)) {
    const who = rowOf(f.kind).owner(f.view);
    const owner = "source" in who ? `content:${displayPath(who.source)}` : who.generated;
    const key = pathKey(f.path);
    const first = owners.get(key);
    if (first === undefined) {
      owners.set(key, owner);
      continue;
    }
    // Two generated pages (tag, author, feed…) can only clash through a slug clash that tags.ts
    // already reports with both source files (E_SLUG_COLLISION); don't repeat it without a file.
    if (!owner.startsWith("content:") && !first.startsWith("content:")) continue;
    const [file, other] = owner.startsWith("content:") ? [owner, first] : [first, owner];
    errors.push({
      file: file.replace(/^content:/, ""),
      line: 1,
      col: 1,
      code: "E_PATH_COLLISION",
      message: `${f.path} is claimed twice (${other.replace(/^content:/, "")})`,
      hint: "give one of them another slug (front matter `slug:`), section id or file name",
    });
  }
  return errors;
}
