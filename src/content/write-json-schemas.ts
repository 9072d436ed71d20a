// `npm run schemas`: writes schema/*.schema.json from the zod schemas and the sample site.yaml.
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT, schemaFileTexts } from "./json-schema-files.ts";

for (const [file, text] of await schemaFileTexts()) {
  const target = path.join(REPO_ROOT, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  process.stdout.write(`wrote ${file}\n`);
}
