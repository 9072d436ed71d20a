// Where the package's files are, whether this process runs the TypeScript sources (through tsx) or
// the JavaScript `bin/broadsheet.mjs` compiled from them into `.cache/js/<source hash>/`.
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Whether this process runs the compiled JavaScript (its modules end in `.js`). */
export const COMPILED = import.meta.url.endsWith(".js");

/** The folder holding the code that runs: `src/`, `.eleventy.*` (the sources, or their compiled copy). */
export const CODE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The package root: `src/`, `layouts/` and the lockfile as written, never the compiled copy (which
 * sits three folders below it, in `.cache/js/<hash>/`), so fingerprints and assets are the same either way.
 */
export const PACKAGE_ROOT = COMPILED ? path.resolve(CODE_ROOT, "../../..") : CODE_ROOT;

/** The extension of the code's own modules in this process: `.js` compiled, `.ts` from the sources. */
export const CODE_EXT = COMPILED ? ".js" : ".ts";
