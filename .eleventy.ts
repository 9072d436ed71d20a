// Eleventy 3 configuration: renders the thin templates in src/pages/ from the global `pages` data.
// Run through tsx (P-1): node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { UserConfig } from "@11ty/eleventy";
import { addTsxTemplates } from "./src/render/tsx-extension.ts";
import { fullRenderSet } from "./src/render/render-set.ts";
import { loadSiteForEleventy } from "./src/render/standalone.ts";

/** The templates folder, relative to the working directory: builds may run from any folder. */
const INPUT =
  path.relative(
    process.cwd(),
    path.join(path.dirname(fileURLToPath(import.meta.url)), "src/pages"),
  ) || ".";

const refuse = (): never => {
  throw new Error("front matter code is not allowed (YAML only)");
};

/** Eleventy's config. Note: P-34 — never set dir.output here; the build passes the staging folder. */
export default function configure(config: UserConfig) {
  addTsxTemplates(config);
  config.setUseGitIgnore(false);
  // Templates are ours, but close code front matter anyway (P-6).
  config.setFrontMatterParsingOptions({ engines: { javascript: refuse, js: refuse } });
  // Note: P-35 — the build injects `pages` before this file runs; add it only when run on its own.
  if (!("pages" in config.globalData))
    config.addGlobalData("pages", async () => fullRenderSet(await loadSiteForEleventy()));
  return {
    dir: { input: INPUT },
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
    templateFormats: ["11ty.tsx", "11ty.ts"],
  };
}
