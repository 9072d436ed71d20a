// Each loaded text file's SHA-256, made once however many caches key on its bytes (the build stamp,
// the parse cache, the body cache): at 10k articles, 74 MB of Markdown was hashed three times a build.
import { createHash } from "node:crypto";
import type { SourceFile } from "./load.ts";

const digests = new WeakMap<SourceFile, string>();

/** SHA-256 (hex) of `file`'s bytes, computed on first use (a loaded file's bytes never change). */
export function sourceDigest(file: SourceFile): string {
  let d = digests.get(file);
  if (d === undefined) {
    d = createHash("sha256").update(file.bytes).digest("hex");
    digests.set(file, d);
  }
  return d;
}
