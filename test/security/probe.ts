// The prototype probe preloaded into the build process (`--import data:…`): when the main thread
// exits, it writes what content could have changed in it (Object.prototype and friends) to
// $BROADSHEET_PROBE. Plain JavaScript in a data: URL, so worker threads (which inherit the flag)
// load it without a TypeScript loader; it reports from the main thread only.

/** What the probe reports. */
export interface ProbeReport {
  /** `({}).polluted` as the build process saw it at exit. */
  polluted: unknown;
  /** Own keys added to a built-in prototype during the run, as `Object.name`. */
  added: string[];
}

const SOURCE = `
import fs from "node:fs";
import { isMainThread } from "node:worker_threads";
const target = process.env.BROADSHEET_PROBE;
const watched = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype };
const before = Object.fromEntries(Object.entries(watched).map(([k, p]) => [k, new Set(Reflect.ownKeys(p))]));
if (target && isMainThread) {
  process.on("exit", () => {
    const added = Object.entries(watched).flatMap(([k, p]) =>
      Reflect.ownKeys(p).filter((key) => !before[k].has(key)).map((key) => k + "." + String(key)));
    fs.writeFileSync(target, JSON.stringify({ polluted: ({}).polluted, added }));
  });
}
`;

/** The `--import` specifier of the probe. */
export const PROBE_URL = `data:text/javascript,${encodeURIComponent(SOURCE)}`;
