// The staged tree as verify lists it: every file and symbolic link, relative to staging; one
// top-level folder (the search index, written meanwhile by its own job) is listed on its own later.
import fs from "node:fs";
import path from "node:path";

/** The files and symbolic links of the top-level entry `name` of `staging`, relative to staging. */
export function listLater(staging: string, name: string): { files: Set<string>; links: string[] } {
  const st = fs.lstatSync(path.join(staging, name), { throwIfNoEntry: false });
  if (!st) return { files: new Set(), links: [] };
  if (st.isSymbolicLink()) return { files: new Set(), links: [name] };
  if (!st.isDirectory()) return { files: new Set([name]), links: [] };
  const rest = listFiles(path.join(staging, name));
  return {
    files: new Set([...rest.files].map((f) => `${name}/${f}`)),
    links: rest.links.map((l) => `${name}/${l}`),
  };
}

/**
 * Every file and symbolic link below `root`, relative to it, but those in the top-level folder
 * `skip` (never read: it may be being written). Note: synchronous on purpose: Node 20's recursive
 * `fs.promises.readdir` took 1.7 s over the 49k entries of a 10k site, `readdirSync` 0.17 s.
 */
export function listFiles(root: string, skip?: string): { files: Set<string>; links: string[] } {
  const files = new Set<string>();
  const links: string[] = [];
  const top = path.resolve(root);
  const add = (entry: fs.Dirent, rel: string): void => {
    if (entry.isFile()) files.add(rel);
    else if (entry.isSymbolicLink()) links.push(rel);
  };
  for (const entry of fs.readdirSync(top, { withFileTypes: true })) {
    if (entry.name === skip) continue;
    add(entry, entry.name);
    if (!entry.isDirectory()) continue;
    const dir = path.join(top, entry.name);
    for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      // Note: every entry's parent is `top` or below it; slicing is a tenth of `path.relative`.
      const parent = e.parentPath.slice(top.length + 1);
      add(e, `${parent}${path.sep}${e.name}`.split(path.sep).join("/"));
    }
  }
  return { files, links };
}
