// The ledger of a capped cache folder (the page store, the body cache, the search cache): its bytes
// after the last listing plus what builds added since, so a build can tell it is under its cap
// without listing every entry. Every `LEDGER_RUNS` builds, or when it is missing, the folder is listed.
import fs from "node:fs";
import path from "node:path";

/** Builds in a row that may trust the ledger before the folder is listed again (bounds its drift). */
export const LEDGER_RUNS = 20;

/** A folder's byte count as the last build left it, and the builds since it was last listed. */
interface Ledger {
  bytes: number;
  runs: number;
  /** The cap the last listing found (for a folder whose cap comes from that listing). */
  cap?: number;
}

/**
 * Whether the ledger of `dir` shows it within `cap` (default: the cap its last listing found) once
 * `added` bytes are counted, and it was listed fewer than `LEDGER_RUNS` builds ago; if so, the
 * ledger counts them. False means: list the folder, then `ledgerListed`.
 */
export function ledgerAllows(dir: string, added: number, cap?: number): boolean {
  const ledger = readLedger(dir);
  const limit = cap ?? ledger?.cap;
  if (!ledger || limit === undefined || ledger.runs >= LEDGER_RUNS) return false;
  if (ledger.bytes + added > limit) return false;
  writeLedger(dir, { ...ledger, bytes: ledger.bytes + added, runs: ledger.runs + 1 });
  return true;
}

/** Records what a listing of `dir` left: its bytes, and the cap it found when the folder has no fixed one. */
export function ledgerListed(dir: string, bytes: number, cap?: number): void {
  writeLedger(dir, { bytes, runs: 0, ...(cap !== undefined && { cap }) });
}

/** The ledger's file: no entry's name (entries are `<key><ext>`). */
function ledgerFile(dir: string): string {
  return path.join(dir, "ledger");
}

function readLedger(dir: string): Ledger | undefined {
  try {
    const l = JSON.parse(fs.readFileSync(ledgerFile(dir), "utf8")) as Partial<Ledger>;
    if (typeof l.bytes !== "number" || typeof l.runs !== "number") return undefined;
    return { bytes: l.bytes, runs: l.runs, ...(typeof l.cap === "number" && { cap: l.cap }) };
  } catch {
    return undefined;
  }
}

/** Writes the ledger; one that cannot be written is dropped (the next build lists the folder). */
function writeLedger(dir: string, ledger: Ledger): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(ledgerFile(dir), JSON.stringify(ledger));
  } catch {
    try {
      fs.rmSync(ledgerFile(dir), { force: true });
    } catch {
      // Neither written nor removed: a stale ledger only delays a listing by LEDGER_RUNS builds.
    }
  }
}
