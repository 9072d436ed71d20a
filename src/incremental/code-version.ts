// The fingerprint of everything that turns a page's view into bytes and checks them: our source,
// the layouts, the Eleventy config and the locked library versions. Any change re-renders every page.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** What the fingerprint covers, relative to the package root (folders are walked). */
export const CODE_INPUTS = ["src", "layouts", ".eleventy.ts", "package-lock.json"];

/** SHA-256 over the names and bytes of every file under `inputs` (below `root`), in a stable order. */
export function codeVersion(root = ROOT, inputs: readonly string[] = CODE_INPUTS): string {
  const h = createHash("sha256");
  const add = (rel: string): void => {
    const full = path.join(root, rel);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (!stat) {
      h.update(`${rel}\0missing\0`);
    } else if (stat.isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) add(path.posix.join(rel, name));
    } else {
      h.update(`${rel}\0`).update(fs.readFileSync(full)).update("\0");
    }
  };
  for (const rel of inputs) add(rel);
  return h.digest("hex");
}
