// No import cycles between source files (type imports included) or between top-level folders.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { ROOT, tempDir, writeTree } from "../helpers/cli.ts";
import {
  checkImports,
  describeCycles,
  findCycles,
  folderOf,
  missedImports,
  type Graph,
  type ImportReport,
} from "./graph.ts";

/** A tree with a file cycle through `import type`, a folder cycle, and an import dpdm cannot see. */
const FIXTURE: Record<string, string> = {
  "src/content/a.ts": 'import type { B } from "./b.ts";\nexport interface A {\n  b?: B;\n}\n',
  "src/content/b.ts": 'import type { A } from "./a.ts";\nexport interface B {\n  a?: A;\n}\n',
  "src/collect/c.ts": 'import { d } from "../render/d.ts";\nexport const c = d;\n',
  "src/render/d.ts": 'export type { E } from "../collect/e.ts";\nexport const d = 1;\n',
  "src/collect/e.ts": "export type E = number;\n",
  "src/routes.ts": 'import type { A } from "./content/a.ts";\nexport type Route = A;\n',
  "layouts/components/View.tsx":
    'import type { Route } from "../../src/routes.ts";\nexport type V = Route;\n',
  "src/content/f.ts": 'export type F = typeof import("./a.ts");\n',
  ".eleventy.ts": 'import type { V } from "./layouts/components/View.tsx";\nexport type C = V;\n',
};

/** A graph from `node: targets` pairs. */
const graphOf = (edges: Record<string, string[]>): Graph =>
  new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));

describe("import cycles", () => {
  let report: ImportReport;
  before(async () => {
    report = await checkImports(ROOT);
  });

  it("should read every import of src/, layouts/ and .eleventy.ts, type-only ones included", () => {
    for (const file of [".eleventy.ts", "src/routes.ts", "src/pipeline.ts", "layouts/Base.tsx"])
      assert.ok(report.graph.has(file), `${file} is in the graph`);
    assert.deepEqual(report.unresolved, [], "relative imports that resolve to no file");
    assert.deepEqual(
      missedImports(ROOT, report.specifiers),
      [],
      "imports TypeScript sees that dpdm's graph lacks (e.g. `typeof import(…)` types)",
    );
  });

  it("should have no import cycle between files", () => {
    assert.equal(
      report.fileCycles.length,
      0,
      describeCycles("import cycle(s) between files", report.fileCycles),
    );
  });

  it("should have no import cycle between top-level folders", () => {
    assert.equal(
      report.folderCycles.length,
      0,
      describeCycles("import cycle(s) between folders", report.folderCycles),
    );
  });
});

describe("import cycle checker", () => {
  it("should name a file's folder node: its top-level folder, or itself directly in src/", () => {
    assert.equal(folderOf("src/markdown/plugins/links.ts"), "src/markdown");
    assert.equal(folderOf("src/routes.ts"), "src/routes.ts");
    assert.equal(folderOf("layouts/components/Card.tsx"), "layouts");
    assert.equal(folderOf("layouts/Base.tsx"), "layouts");
    assert.equal(folderOf(".eleventy.ts"), ".eleventy.ts");
  });

  it("should list every elementary cycle once, from its smallest node", () => {
    const g = graphOf({ a: ["b"], b: ["a", "c"], c: ["a", "c"], d: ["a"] });
    assert.deepEqual(findCycles(g), [["a", "b"], ["a", "b", "c"], ["c"]]);
    assert.deepEqual(findCycles(graphOf({ a: ["b"], b: ["c"], c: [] })), []);
  });

  it("should find a type-only file cycle and a folder cycle in a fixture tree", async () => {
    const root = tempDir("broadsheet-imports-");
    writeTree(root, FIXTURE);
    fs.copyFileSync(path.join(ROOT, "tsconfig.json"), path.join(root, "tsconfig.json"));
    const fixture = await checkImports(root);
    assert.deepEqual(fixture.unresolved, []);
    assert.deepEqual(missedImports(root, fixture.specifiers), ["src/content/f.ts: ./a.ts"]);
    assert.deepEqual(
      [...(fixture.graph.get("src/content/a.ts") ?? [])],
      ["src/content/b.ts"],
      "an `import type` is an edge",
    );
    assert.deepEqual(fixture.fileCycles, [["src/content/a.ts", "src/content/b.ts"]]);
    assert.deepEqual(fixture.folderCycles, [["src/collect", "src/render"]]);
    assert.deepEqual([...fixture.folders.keys()].sort(), [
      ".eleventy.ts",
      "layouts",
      "src/collect",
      "src/content",
      "src/render",
      "src/routes.ts",
    ]);
    assert.equal(
      describeCycles("import cycle(s) between files", fixture.fileCycles),
      "1 import cycle(s) between files:\n  src/content/a.ts → src/content/b.ts → src/content/a.ts",
    );
  });
});
