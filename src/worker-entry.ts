// How a worker thread starts on one of our modules, whether this process runs the TypeScript sources
// (through tsx) or the JavaScript compiled by bin/broadsheet.mjs.
import { COMPILED } from "./code-root.ts";

/**
 * The entry a `Worker` starts on to run the module at `url` (named with this process's `CODE_EXT`):
 * the module itself when compiled; from the sources, a tiny ESM entry that registers tsx, then
 * imports it (Node 20 cannot start a worker on a .ts file even under `--import tsx`:
 * ERR_UNKNOWN_FILE_EXTENSION, the entry loads before the hooks apply).
 */
export function workerEntry(url: URL): URL {
  if (COMPILED) return url;
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const code = `import { register } from ${tsx}; register(); await import(${JSON.stringify(url.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
