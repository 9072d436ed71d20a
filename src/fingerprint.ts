// The one code fingerprint: SHA-256 over the files of a set of code inputs. The page fingerprint
// covers everything that turns a view into bytes (a change re-renders every page); the Markdown
// renderer's covers src/markdown/ and the lockfile (a change re-renders every body).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT as ROOT } from "./code-root.ts";

/** What the page fingerprint covers, relative to the package root (folders are walked). */
export const CODE_INPUTS = ["src", "layouts", ".eleventy.ts", "tsconfig.json", "package-lock.json"];

/** What the Markdown renderer's fingerprint covers: its chain, the rendition plan of body pictures, the locked libraries. */
export const RENDERER_INPUTS = [
  "src/markdown",
  "src/content/body.ts",
  "src/images/plan.ts",
  "package-lock.json",
];

const memo = new Map<string, string>();

/** `codeVersion` of the package's own files, computed once per process for each set of inputs. */
export function fingerprint(inputs: readonly string[]): string {
  const key = inputs.join("\0");
  let v = memo.get(key);
  if (v === undefined) memo.set(key, (v = codeVersion(ROOT, inputs)));
  return v;
}

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
