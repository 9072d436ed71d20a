// Page-store fixtures: an entry stored from bytes (the store copies from a published file), and
// the bytes an entry holds.
import fs from "node:fs";
import path from "node:path";
import type { FileFacts } from "../../src/publish/verify.ts";
import { lookupPage, writePage } from "../../src/incremental/page-store.ts";
import { tempDir } from "./cli.ts";

/** Stores `bytes` with `facts` under `key` in the store at `dir`, as a build stores a published page. */
export function storeBytes(
  dir: string,
  key: string,
  bytes: Buffer,
  facts: FileFacts = {},
): boolean {
  const file = path.join(tempDir(), "page.html");
  fs.writeFileSync(file, bytes);
  return writePage(dir, key, { file, facts });
}

/** The bytes and facts the store serves for `key`, or undefined on a miss. */
export function storedPage(
  dir: string,
  key: string,
): { bytes: Buffer; facts: FileFacts } | undefined {
  const page = lookupPage(dir, key);
  return page && { bytes: fs.readFileSync(page.file), facts: page.facts };
}
