// Eleventy 3 configuration: renders the thin templates in src/pages/ from the global `pages` data.
// Run through tsx (Eleventy cannot load TypeScript itself): node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { UserConfig } from "@11ty/eleventy";
import { addTsxTemplates } from "./src/render/tsx-extension.ts";
import { fullRenderSet } from "./src/render/render-set.ts";
import { modelForEleventy } from "./src/model-site.ts";

/** The templates folder, relative to the working directory: builds may run from any folder. */
const INPUT =
  path.relative(
    process.cwd(),
    path.join(path.dirname(fileURLToPath(import.meta.url)), "src/pages"),
  ) || ".";

const refuse = (): never => {
  throw new Error("front matter code is not allowed (YAML only)");
};

/** Eleventy's config. Never set dir.output here: the build passes its staging folder. */
export default function configure(config: UserConfig) {
  addTsxTemplates(config);
  config.setUseGitIgnore(false);
  // Templates are ours, but close code front matter anyway: no engine may evaluate code.
  config.setFrontMatterParsingOptions({ engines: { javascript: refuse, js: refuse } });
  // The build injects `pages` before this file runs; add it only when Eleventy runs on its own.
  if (!("pages" in config.globalData))
    config.addGlobalData("pages", async () => fullRenderSet(await modelForEleventy()));
  return {
    dir: { input: INPUT },
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
    // Compiled by bin/broadsheet.mjs, the templates are .11ty.js.
    templateFormats: ["11ty.tsx", "11ty.ts", "11ty.js"],
  };
}
