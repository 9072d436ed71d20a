// Global `site` data for Eleventy run on its own (`eleventy --serve`): runs stages 1–3 on content/.
import { prepareSite } from "../prepare.ts";
import { terminalProgress } from "../progress.ts";
import { formatContentError } from "../content/errors.ts";
import type { SiteData } from "../collect/site-data.ts";

/** Loads and collects `content/` (or `$BROADSHEET_CONTENT`); throws a readable error on bad content. */
export async function loadSiteForEleventy(): Promise<SiteData> {
  const prepared = await prepareSite(
    { contentDir: process.env.BROADSHEET_CONTENT ?? "content", preview: false },
    terminalProgress({ quiet: true }),
  );
  if (prepared.errors.length || !prepared.collected) {
    throw new Error(`content errors:\n${prepared.errors.map(formatContentError).join("\n")}`);
  }
  return prepared.collected.site;
}
