// The site's own asset files (`/assets/<name>`): declared here so the collision check sees them
// before anything is written; render copies exactly these and refuses any other. The stylesheet and
// the icon are fingerprinted (`site.<sha256-12>.css`) so hosts may cache them for a year.

/** The file names render writes below `/assets/`: `layouts/assets/*` and the joined stylesheet. */
export const ASSET_NAMES: readonly string[] = ["favicon.svg", "logo.png", "site.css", "site.js"];

/**
 * The assets whose output name carries their content hash. `logo.png` keeps its name: it is the
 * publisher logo JSON-LD names (a stable URL crawlers keep), so it is cached briefly instead.
 */
export const FINGERPRINTED_ASSETS: readonly string[] = ["favicon.svg", "site.css", "site.js"];

/** The output file name of each asset (below `/assets/`), keyed by its name in `ASSET_NAMES`. */
export type AssetFiles = Readonly<Record<string, string>>;

/** Each asset under its own name: what collect uses when the build passes no fingerprints. */
export const PLAIN_ASSET_FILES: AssetFiles = Object.fromEntries(ASSET_NAMES.map((n) => [n, n]));

/** `site.css` with the hex digest `hash` → `site.<first 12 hex>.css` (the extension kept last). */
export function fingerprintedName(name: string, hash: string): string {
  const dot = name.lastIndexOf(".");
  const h12 = hash.slice(0, 12);
  return dot <= 0 ? `${name}.${h12}` : `${name.slice(0, dot)}.${h12}${name.slice(dot)}`;
}
