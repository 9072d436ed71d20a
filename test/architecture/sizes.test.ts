// The size rule of docs/ARCHITECTURE.md: no source file over 300 lines, no function over 80.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 80;

/** The source files the rule covers: code and styles under src/ and layouts/, and .eleventy.ts. */
function sourceFiles(): string[] {
  const listed = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "src", "layouts"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return [...listed.split("\n"), ".eleventy.ts"].filter(
    (f) => /\.(ts|tsx|css)$/.test(f) && fs.existsSync(path.join(ROOT, f)),
  );
}

/** `file:line name (n lines)` for every function-like node of `text` longer than `max` lines. */
export function longFunctions(file: string, text: string, max: number): string[] {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = sf.getLineAndCharacterOfPosition(node.end).line;
      const name = node.name?.getText(sf) ?? "(anonymous)";
      if (end - start > max) found.push(`${file}:${start + 1} ${name} (${end - start} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe("source sizes", () => {
  it(`should keep every source file under ${MAX_FILE_LINES} lines`, () => {
    const long = sourceFiles().flatMap((f) => {
      const lines = fs.readFileSync(path.join(ROOT, f), "utf8").split("\n").length - 1;
      return lines > MAX_FILE_LINES ? [`${f} (${lines} lines)`] : [];
    });
    assert.deepEqual(long, [], "split these by concept");
  });

  it(`should keep every function under ${MAX_FUNCTION_LINES} lines`, () => {
    const long = sourceFiles()
      .filter((f) => !f.endsWith(".css"))
      .flatMap((f) =>
        longFunctions(f, fs.readFileSync(path.join(ROOT, f), "utf8"), MAX_FUNCTION_LINES),
      );
    assert.deepEqual(long, [], "split these into named steps");
  });

  it("should find a long function (the check itself can fail)", () => {
    const body = Array.from({ length: 90 }, (_, i) => `  const v${i} = ${i};`).join("\n");
    const text = `export function big(): void {\n${body}\n}\nconst small = () => 1;\n`;
    assert.deepEqual(longFunctions("x.ts", text, MAX_FUNCTION_LINES), ["x.ts:1 big (91 lines)"]);
  });
});
