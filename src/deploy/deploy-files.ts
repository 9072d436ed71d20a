// The deploy stage: writes the host recipes (`_headers`, `vercel.json`, `nginx.conf`) into the
// staging folder beside the rendered site, fresh on every build (never carried over), so an
// incremental build writes the same bytes as a clean one.
import { HOST_FILES } from "../collect/host-files.ts";
import { writeInside } from "../render/render.ts";
import { outputFile } from "../routes.ts";
import { deployModel, type DeployInput } from "./deploy-model.ts";
import { headersFile } from "./headers-file.ts";
import { nginxConf } from "./nginx-conf.ts";
import { vercelJson } from "./vercel-json.ts";

/** The recipes of `input`, by site path: exactly the reserved `HOST_FILES`. */
export function deployFiles(input: DeployInput): Map<string, string> {
  const model = deployModel(input);
  const files = new Map([
    ["/_headers", headersFile(model)],
    ["/vercel.json", vercelJson(model)],
    ["/nginx.conf", nginxConf(model)],
  ]);
  // The collision check reserved HOST_FILES: a file not declared there would be written unchecked.
  for (const p of files.keys())
    if (!HOST_FILES.includes(p)) throw new Error(`internal: ${p} not in HOST_FILES`);
  return files;
}

/** Writes the recipes into `staging`; returns how many files. */
export async function writeDeployFiles(
  staging: string,
  input: DeployInput,
): Promise<{ files: number }> {
  const files = deployFiles(input);
  for (const [p, text] of files) await writeInside(staging, outputFile(p), text);
  return { files: files.size };
}
