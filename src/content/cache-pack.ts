// A cache pack: one JSON file of keyed entries under a checksum line, written atomically; the parse
// cache and the text-stats cache each keep one. A damaged or foreign pack reads as empty.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The entries of the pack `file` of `format`; empty when absent, damaged (checksum) or of another format. */
export function readPack<T>(file: string, format: string): Map<string, T> {
  try {
    const text = fs.readFileSync(file, "utf8");
    const body = text.slice(65);
    if (text[64] !== "\n" || createHash("sha256").update(body).digest("hex") !== text.slice(0, 64))
      return new Map();
    const raw = JSON.parse(body) as { format?: unknown; entries?: unknown };
    if (raw.format !== format || !Array.isArray(raw.entries)) return new Map();
    return new Map(raw.entries as [string, T][]);
  } catch {
    return new Map();
  }
}

/** Writes `entries` as the pack `file` (temp file + rename); a failure to write is ignored. */
export function writePack<T>(file: string, format: string, entries: ReadonlyMap<string, T>): void {
  const body = JSON.stringify({ format, entries: [...entries] });
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(6).toString("hex")}`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, `${createHash("sha256").update(body).digest("hex")}\n${body}`);
    fs.renameSync(tmp, file);
  } catch {
    fs.rmSync(tmp, { force: true });
  }
}
