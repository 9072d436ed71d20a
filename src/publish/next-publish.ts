// Writes `.broadsheet/next-publish.json`: the earliest instant after the build clock at which
// an embargo lifts or an article expires, for a CI cron to rebuild on time. It lives outside the
// output folder because release times are not public.
import path from "node:path";
import { stageWrite, type PendingFile } from "./staged-write.ts";

/** The file's name inside the state folder. */
export const NEXT_PUBLISH_FILE = "next-publish.json";

/** The file's content: the instant with the site's offset, or null when nothing is scheduled. */
export interface NextPublish {
  nextPublish: string | null;
}

/** The file `writeNextPublish` writes: its path and text (`nextPublish` undefined: nothing pending). */
export function pendingNextPublish(stateDir: string, nextPublish: string | undefined): PendingFile {
  const body: NextPublish = { nextPublish: nextPublish ?? null };
  return {
    file: path.join(stateDir, NEXT_PUBLISH_FILE),
    text: JSON.stringify(body, null, 2) + "\n",
  };
}

/**
 * Writes `<stateDir>/next-publish.json` atomically (temp file + rename) and returns its path.
 * `nextPublish` is `CollectResult.nextPublish` (undefined: nothing pending).
 */
export async function writeNextPublish(
  stateDir: string,
  nextPublish: string | undefined,
): Promise<string> {
  const staged = await stageWrite(pendingNextPublish(stateDir, nextPublish));
  await staged.commit();
  return staged.target;
}
