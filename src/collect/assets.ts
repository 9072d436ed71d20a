// The site's own asset files (`/assets/<name>`): declared here so the collision check sees them
// before anything is written; render copies exactly these and refuses any other.

/** The file names render writes below `/assets/`: `layouts/assets/*` and the joined stylesheet. */
export const ASSET_NAMES: readonly string[] = ["favicon.svg", "logo.png", "site.css"];
