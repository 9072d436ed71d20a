// The text of each `schema/<name>.schema.json`, generated from the zod schemas and the sample
// site's site.yaml and formatted as the repository's prettier would, so the files and the code agree.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { formatContentError } from "./errors.ts";
import { contentJsonSchemas, SCHEMA_NAMES } from "./json-schema.ts";
import { parseSiteConfig } from "./site-config.ts";

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The site.yaml whose sections and languages the schemas name, relative to the repository root. */
export const SAMPLE_SITE = "content/site.yaml";

/** Each schema file's repository-relative path and its text, in `SCHEMA_NAMES` order. */
export async function schemaFileTexts(root = REPO_ROOT): Promise<Map<string, string>> {
  const site = parseSiteConfig({
    path: "site.yaml",
    displayPath: SAMPLE_SITE,
    bytes: fs.readFileSync(path.join(root, SAMPLE_SITE)),
  });
  if (!site.ok) throw new Error(site.errors.map(formatContentError).join("\n"));
  const schemas = contentJsonSchemas(site.config, SAMPLE_SITE);
  const out = new Map<string, string>();
  for (const name of SCHEMA_NAMES) {
    const file = `schema/${name}.schema.json`;
    const options = (await prettier.resolveConfig(path.join(root, file))) ?? {};
    const text = await prettier.format(JSON.stringify(schemas[name], null, 2), {
      ...options,
      parser: "json",
    });
    out.set(file, text);
  }
  return out;
}
