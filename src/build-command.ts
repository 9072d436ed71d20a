// `npm run build`'s command line, read from package.json so that the preview's build child and the
// bench start builds the same way: the environment it sets and Node's flags.
import fs from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT } from "./code-root.ts";

/** The words of package.json's `build` script. */
const words = (
  JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  }
).scripts.build!.split(/\s+/);

/** The Node flags it starts the CLI with (heap sizes). */
export const NODE_FLAGS = words.filter((a) => a.startsWith("--max-"));

/** The environment it sets before `node` (`MALLOC_ARENA_MAX=2`). */
export const BUILD_ENV: Record<string, string> = Object.fromEntries(
  words
    .slice(0, Math.max(0, words.indexOf("node")))
    .map((a) => /^([A-Z_]+)=(.*)$/.exec(a))
    .filter((m) => m !== null)
    .map((m) => [m[1]!, m[2]!]),
);
