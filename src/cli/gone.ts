// `npm run news -- gone <id> [--content DIR]`: marks a removed article gone in redirects.lock.
import { markGone } from "../publish/redirects-lock.ts";
import { formatContentError } from "../content/errors.ts";

/** Runs the `gone` command; returns the exit code (0 marked, 1 a problem with the lock or id). */
export async function runGone(contentDir: string, id: string | undefined): Promise<number> {
  if (!id) {
    process.stderr.write("usage: npm run news -- gone <id> [--content DIR]\n");
    return 2;
  }
  const r = await markGone(contentDir, id);
  if (!r.ok) {
    process.stderr.write(`${formatContentError(r.error)}\n`);
    return 1;
  }
  process.stdout.write(
    `marked "${id}" gone in ${r.file}: its old URLs now answer 410; commit it\n`,
  );
  return 0;
}
