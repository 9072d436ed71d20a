// The Nu HTML Checker (vnu-jar on Debian's Java 17) over one built page of every page kind, both
// editions: zero errors.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { before, describe, it } from "node:test";
import { tempDir } from "../helpers/cli.ts";
import { buildSample, builtKinds, PAGE_KINDS } from "../../tools/sample-site.ts";

const VNU_JAR = path.join(
  path.dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")),
  "build/dist/vnu.jar",
);

type VnuMessage = {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
};

/** Runs vnu once over `files`; returns its error messages as `file:line message`. */
export function vnuErrors(files: string[]): string[] {
  const r = spawnSync("java", ["-jar", VNU_JAR, "--errors-only", "--format", "json", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  // vnu writes its JSON report on stderr and exits 1 when it found errors.
  const report = JSON.parse(r.stderr) as { messages: VnuMessage[] };
  return report.messages
    .filter((m) => m.type === "error" || m.type === "non-document-error")
    .map(
      (m) =>
        `${path.basename(path.dirname(m.url ?? ""))}/${path.basename(m.url ?? "")}:${m.lastLine ?? 0} ${m.message}`,
    );
}

let out = "";

before(() => {
  out = path.join(tempDir(), "dist");
  buildSample(out);
});

describe("Nu HTML Checker", () => {
  it("should report no error on any page kind of either edition", () => {
    const kinds = builtKinds(out);
    assert.ok(kinds.length >= PAGE_KINDS.length - 1, "every page kind (search may be absent)");
    const files = kinds.flatMap((k) =>
      [k.en, k.zh].map((p) => path.join(out, p.endsWith("/") ? p + "index.html" : p)),
    );
    assert.deepEqual(vnuErrors(files), []);
  });

  it("should catch an error when there is one (the checker really runs)", () => {
    const bad = path.join(tempDir(), "bad.html");
    fs.writeFileSync(bad, '<!doctype html><html lang="en"><title>x</title><p><div></p>');
    assert.ok(vnuErrors([bad]).length > 0);
  });
});
