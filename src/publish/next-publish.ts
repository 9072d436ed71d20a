// Writes `.broadsheet/next-publish.json`: the earliest instant after the build clock at which
// an embargo lifts or an article expires, for a CI cron to rebuild on time. It lives outside the
// output folder because release times are not public.
import fs from "node:fs/promises";
import path from "node:path";

/** The file's name inside the state folder. */
export const NEXT_PUBLISH_FILE = "next-publish.json";

/** The file's content: the instant with the site's offset, or null when nothing is scheduled. */
export interface NextPublish {
  nextPublish: string | null;
}

/**
 * Writes `<stateDir>/next-publish.json` atomically (temp file + rename) and returns its path.
 * `nextPublish` is `CollectResult.nextPublish` (undefined: nothing pending).
 */
export async function writeNextPublish(
  stateDir: string,
  nextPublish: string | undefined,
): Promise<string> {
  await fs.mkdir(stateDir, { recursive: true });
  const target = path.join(stateDir, NEXT_PUBLISH_FILE);
  const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
  const body: NextPublish = { nextPublish: nextPublish ?? null };
  await fs.writeFile(tmp, JSON.stringify(body, null, 2) + "\n", { flag: "wx" });
  await fs.rename(tmp, target);
  return target;
}
