// A file written in two steps: its bytes go to a temp file beside the target before the output is
// swapped (where a full disk or a read-only folder can still stop the build), and are renamed into
// place after it (a rename in one folder, which does not fail for want of space).
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

/** A file whose bytes are on disk beside its target, waiting to be renamed in or thrown away. */
export interface StagedWrite {
  /** The file it will replace. */
  target: string;
  /** Renames the temp file onto the target. */
  commit(): Promise<void>;
  /** Removes the temp file (the build failed). */
  discard(): Promise<void>;
}

/** One file to write: where, and what. */
export interface PendingFile {
  file: string;
  text: string;
}

/**
 * Writes `text` to a fresh temp file beside `file` (its folder created) and returns the pending
 * write; a fault throws with nothing left behind.
 */
export async function stageWrite(pending: PendingFile): Promise<StagedWrite> {
  const target = path.resolve(pending.file);
  const tmp = `${target}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  const discard = (): Promise<void> => fs.rm(tmp, { force: true }).catch(() => undefined);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(tmp, pending.text, { flag: "wx" });
  } catch (err) {
    await discard();
    // Name the file the user knows, not the temp file beside it.
    const e = err as NodeJS.ErrnoException;
    if (e.path === tmp) e.path = target;
    throw err;
  }
  return { target, commit: () => fs.rename(tmp, target), discard };
}

/** Stages every file, or none: on a fault the ones already written are removed and it throws. */
export async function stageWrites(files: readonly PendingFile[]): Promise<StagedWrite[]> {
  const staged: StagedWrite[] = [];
  try {
    for (const f of files) staged.push(await stageWrite(f));
  } catch (err) {
    await Promise.all(staged.map((s) => s.discard()));
    throw err;
  }
  return staged;
}
