// The site's own assets, read once per build: `layouts/assets/*` and the joined stylesheet, each
// under its output name (fingerprinted ones as `site.<sha256-12>.css`) with its bytes.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  ASSET_NAMES,
  FINGERPRINTED_ASSETS,
  fingerprintedName,
  type AssetFiles,
} from "../collect/assets.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The assets of one build: output names for collect, bytes by output name for render. */
export interface SiteAssets {
  /** Output file name (below `/assets/`) of each name in `ASSET_NAMES`. */
  files: AssetFiles;
  /** Bytes by output file name. */
  bytes: ReadonlyMap<string, Uint8Array>;
}

/** Reads every asset and names it; throws on a file in `layouts/assets/` not in `ASSET_NAMES`. */
export async function readSiteAssets(root = ROOT): Promise<SiteAssets> {
  const dir = path.join(root, "layouts/assets");
  const sources = new Map<string, Uint8Array>();
  for (const name of (await fs.readdir(dir)).sort()) {
    // The collision check saw only the declared assets: any other would be written unchecked.
    if (!ASSET_NAMES.includes(name)) throw new Error(`internal: asset ${name} not in ASSET_NAMES`);
    sources.set(name, await fs.readFile(path.join(dir, name)));
  }
  sources.set("site.css", Buffer.from(await siteCss(root), "utf8"));
  const files: Record<string, string> = {};
  const bytes = new Map<string, Uint8Array>();
  for (const name of ASSET_NAMES) {
    const data = sources.get(name);
    if (!data) throw new Error(`internal: asset ${name} is missing`);
    const hash = createHash("sha256").update(data).digest("hex");
    const file = FINGERPRINTED_ASSETS.includes(name) ? fingerprintedName(name, hash) : name;
    files[name] = file;
    bytes.set(file, data);
  }
  return { files, bytes };
}

/** The site's stylesheet: `layouts/styles/*.css` joined in name order (one request for readers). */
export async function siteCss(root = ROOT): Promise<string> {
  const dir = path.join(root, "layouts/styles");
  const names = (await fs.readdir(dir)).filter((n) => n.endsWith(".css")).sort();
  const parts = await Promise.all(names.map((n) => fs.readFile(path.join(dir, n), "utf8")));
  return parts.join("");
}
