// Finds two outputs that would share one file, or a file where another needs a folder (compared
// case-folded and NFC, as macOS and Windows do): pages, feeds, sitemaps, redirect pages, text files,
// assets and media all go through this one check before anything is written.
import type { ContentError } from "../content/errors.ts";
import { foldPath, makeRoutes, outputFile } from "../routes.ts";
import { ASSET_NAMES } from "./assets.ts";
import { HOST_FILES } from "./host-files.ts";
import { outputFiles, REDIRECTS_SOURCE, rowOf } from "./page-kinds.ts";
import type { SiteData } from "./site.ts";

/** The key two paths share when one case-insensitive, normalising file system sees one file. */
export function pathKey(path: string): string {
  return foldPath(path);
}

/** One output file and who claims it: a content file (`source`) or a generated name. */
interface Claim {
  path: string;
  file: string;
  owner: Owner;
}

/** Who claims a path: a content file (`what` says how, e.g. a redirect's target) or a generated name. */
type Owner = { source: string; what?: string } | { generated: string };

/** The asset route does not depend on the language. */
const routes = makeRoutes("en");

/** Every output file of the site: the page-kind table's, then assets, media, redirect pages last. */
export function claimsOf(site: SiteData): Claim[] {
  const claims: Claim[] = outputFiles(site).map((f) => ({
    path: f.path,
    file: f.file,
    owner: rowOf(f.kind).owner(f.view),
  }));
  for (const name of ASSET_NAMES) {
    const p = routes.asset(name);
    claims.push({ path: p, file: outputFile(p), owner: { generated: `asset ${p}` } });
  }
  for (const p of HOST_FILES)
    claims.push({ path: p, file: outputFile(p), owner: { generated: `host file ${p}` } });
  for (const m of site.media)
    claims.push({ path: m.path, file: outputFile(m.path), owner: { source: m.source } });
  // A redirect page yields: it is the one to blame when it lands on anything else.
  const weak = (c: Claim) => ("source" in c.owner && c.owner.source === REDIRECTS_SOURCE ? 1 : 0);
  return claims.sort((a, b) => weak(a) - weak(b));
}

/**
 * One `E_PATH_COLLISION` per output file claimed twice, or claimed as a file where another output
 * needs a folder (`/feed.xml` and `/feed.xml/`), naming both sources.
 */
export function findPathCollisions(
  site: SiteData,
  displayPath: (source: string) => string,
): ContentError[] {
  const claims = claimsOf(site);
  const files = new Map<string, Claim>();
  const errors: ContentError[] = [];
  const clash = (first: Claim, second: Claim, message: string): void => {
    const error = collision(first, second, message, displayPath);
    if (error) errors.push(error);
  };
  for (const c of claims) {
    const key = pathKey(c.file);
    const first = files.get(key);
    if (first === undefined) files.set(key, c);
    else clash(first, c, `${c.path} is claimed twice`);
  }
  const reported = new Set<Claim>();
  for (const c of claims) {
    const parts = pathKey(c.file).split("/");
    for (let i = 1; i < parts.length; i++) {
      const file = files.get(parts.slice(0, i).join("/"));
      if (file === undefined || reported.has(c)) continue;
      reported.add(c);
      clash(file, c, `${c.path} needs the folder /${parts.slice(0, i).join("/")}/, a file`);
    }
  }
  return errors;
}

/** The error of one clash, at the content file to blame (the later one); none between two generated outputs. */
function collision(
  first: Claim,
  second: Claim,
  message: string,
  displayPath: (source: string) => string,
): ContentError | undefined {
  // Two generated pages (tag, author, feed…) can only clash through a slug clash that tags.ts,
  // authors.ts or site.yaml's checks already report with their source; don't repeat it without one.
  const [blamed, other] = "source" in second.owner ? [second, first] : [first, second];
  if (!("source" in blamed.owner)) return undefined;
  const name = (c: Claim) =>
    "source" in c.owner
      ? `${displayPath(c.owner.source)}${c.owner.what ? `: ${c.owner.what}` : ""}`
      : c.owner.generated;
  const lock = blamed.owner.source === REDIRECTS_SOURCE;
  return {
    file: displayPath(blamed.owner.source),
    line: 1,
    col: 1,
    code: "E_PATH_COLLISION",
    message: `${message} (${name(other)})`,
    hint: lock
      ? "remove this old URL from redirects.lock: an old URL cannot be another redirect's, a page's, a feed's or a file's the site writes"
      : "give one of them another slug (front matter `slug:`), section id or file name",
  };
}
