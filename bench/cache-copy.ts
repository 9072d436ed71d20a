// How the bench copies a build cache (the copy a CI job restores, and the copy it saves): as
// `actions/cache` restores one, every file's mtime kept, but each page of the page store hard-linked
// rather than copied. No build writes a stored page in place (an entry is written whole and renamed
// into place, and removed by unlink), so the copies stay independent, and the three copies of a
// cache that the ci and publish modes hold take the page store's bytes once.
import fs from "node:fs";
import path from "node:path";
import { PAGE_EXT } from "../src/incremental/page-store.ts";

/** Copies the cache folder `from` to the new folder `to`: stored pages linked, the rest copied. */
export function copyCache(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const [src, dest] = [path.join(from, entry.name), path.join(to, entry.name)];
    if (entry.isDirectory()) copyCache(src, dest);
    else if (entry.name.endsWith(PAGE_EXT)) fs.linkSync(src, dest);
    else if (entry.isFile()) {
      fs.copyFileSync(src, dest);
      const st = fs.statSync(src);
      fs.utimesSync(dest, st.atime, st.mtime);
    }
  }
}
