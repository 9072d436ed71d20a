// Watches what a preview depends on (the content tree, the code, the config files) and reports
// each burst of file events once, as the kinds of change it held.
import fs from "node:fs";
import path from "node:path";

/** A change to content (rebuild) or to code (rebuild in a fresh process). */
export type ChangeKind = "content" | "code";

/** One watched place: a folder (recursively) or a set of file names directly in a folder. */
export interface WatchTarget {
  kind: ChangeKind;
  dir: string;
  /** Only these names directly in `dir` (not recursive); all of `dir`'s tree when absent. */
  names?: readonly string[];
}

/** The code and config files of the app at `appRoot` that a preview build reads. */
export function codeTargets(appRoot: string): WatchTarget[] {
  return [
    { kind: "code", dir: path.join(appRoot, "src") },
    { kind: "code", dir: path.join(appRoot, "layouts") },
    {
      kind: "code",
      dir: appRoot,
      names: [".eleventy.ts", "package.json", "package-lock.json", "tsconfig.json"],
    },
  ];
}

/** A running watch; `close()` stops it. */
export interface Watch {
  close(): void;
}

/**
 * Watches `targets` and calls `onChange` with the kinds of change seen, once per burst: `quietMs`
 * after the last event (editors write a file in several steps). Missing folders are skipped.
 */
export function watchTargets(
  targets: readonly WatchTarget[],
  onChange: (kinds: ReadonlySet<ChangeKind>) => void,
  quietMs = 40,
): Watch {
  let seen = new Set<ChangeKind>();
  let timer: NodeJS.Timeout | undefined;
  const fire = (): void => {
    timer = undefined;
    const kinds = seen;
    seen = new Set();
    onChange(kinds);
  };
  const watchers: fs.FSWatcher[] = [];
  for (const t of targets) {
    if (!fs.existsSync(t.dir)) continue;
    const names = t.names ? new Set(t.names) : undefined;
    const w = fs.watch(t.dir, { recursive: !names, persistent: true }, (_event, name) => {
      if (names && (name === null || !names.has(name))) return;
      seen.add(t.kind);
      clearTimeout(timer);
      timer = setTimeout(fire, quietMs);
    });
    // A watched folder that disappears must not take the server down.
    w.on("error", () => w.close());
    watchers.push(w);
  }
  return {
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
