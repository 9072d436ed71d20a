// The import graph of the sources (built by dpdm, type-only imports included) and its cycles.
import fs from "node:fs";
import path from "node:path";
import { parseDependencyTree } from "dpdm";
import ts from "typescript";

/** A directed graph: each node → the nodes it imports (root-relative POSIX paths or folders). */
export type Graph = Map<string, Set<string>>;

/** The checked sources, as globs relative to the root: src/, layouts/ and the Eleventy config. */
export const SOURCES: readonly string[] = [
  "src/**/*.{ts,tsx}",
  "layouts/**/*.{ts,tsx}",
  ".eleventy.ts",
];

/** At most this many cycles are listed per graph (the rest are summarised). */
export const CYCLE_LIMIT = 500;

/** The file graph of a tree, plus what dpdm read of each file and could not resolve. */
export interface FileGraph {
  graph: Graph;
  /** file → the relative specifiers dpdm saw in it (to check it missed none). */
  specifiers: Map<string, Set<string>>;
  /** `file: specifier` of every relative import that resolved to no file. */
  unresolved: string[];
}

/** What the checker found in a tree. */
export interface ImportReport extends FileGraph {
  folders: Graph;
  fileCycles: string[][];
  folderCycles: string[][];
}

const CODE = /\.tsx?$/;
const isRelative = (specifier: string): boolean => /^\.\.?(?:\/|$)/.test(specifier);
const toPosix = (p: string): string => p.split(path.sep).join("/");

/** Whether a dpdm id (relative to root) is a TypeScript source of this tree, not a package. */
function isOwnSource(root: string, id: string): boolean {
  if (path.isAbsolute(id) || id.startsWith("..") || id.split(/[\\/]/).includes("node_modules")) {
    return false;
  }
  return CODE.test(id) && fs.existsSync(path.join(root, id));
}

/**
 * Builds the file import graph of `sources` under `root` with dpdm. `transform: false` parses the
 * source as written, so `import type` and `export type … from` edges stay in the graph (with
 * `transform: true` TypeScript elides them first); `.ts`/`.tsx` specifiers resolve through the
 * root's tsconfig.json when there is one, else as plain paths.
 */
export async function buildFileGraph(
  root: string,
  sources: readonly string[] = SOURCES,
): Promise<FileGraph> {
  const tree = await parseDependencyTree([...sources], {
    cwd: root,
    context: root,
    transform: false,
    skipDynamicImports: false,
  });
  const graph: Graph = new Map();
  const specifiers = new Map<string, Set<string>>();
  const unresolved: string[] = [];
  for (const [file, deps] of Object.entries(tree)) {
    if (!deps || !isOwnSource(root, file)) continue;
    const from = toPosix(file);
    const edges = graph.get(from) ?? new Set<string>();
    const seen = specifiers.get(from) ?? new Set<string>();
    graph.set(from, edges);
    specifiers.set(from, seen);
    for (const dep of deps) {
      if (!isRelative(dep.request)) continue;
      seen.add(dep.request);
      if (dep.id === null) unresolved.push(`${from}: ${dep.request}`);
      else if (isOwnSource(root, dep.id)) edges.add(toPosix(dep.id));
    }
  }
  return { graph, specifiers, unresolved: unresolved.sort() };
}

/**
 * The relative specifiers TypeScript's own scanner finds in a file (imports, re-exports, `import()`
 * calls and `import("…")` types), to check that dpdm's graph misses none.
 */
export function scanSpecifiers(root: string, file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter(isRelative);
}

/** `file: specifier` of every relative import TypeScript's scanner sees that dpdm did not read. */
export function missedImports(root: string, specifiers: Map<string, Set<string>>): string[] {
  const missed: string[] = [];
  for (const [file, seen] of specifiers)
    for (const specifier of scanSpecifiers(root, file))
      if (!seen.has(specifier)) missed.push(`${file}: ${specifier}`);
  return missed.sort();
}

/**
 * The node of a file in the folder graph: its top-level folder (`src/render`, `layouts`); a file
 * directly in `src/` (`src/routes.ts`) or at the root (`.eleventy.ts`) is its own node.
 */
export function folderOf(file: string): string {
  const parts = file.split("/");
  if (parts[0] === "src") return parts.length > 2 ? `src/${parts[1]}` : file;
  return parts.length > 1 ? parts[0]! : file;
}

/** The folder graph of a file graph: one node per folder, edges between different folders. */
export function folderGraph(files: Graph): Graph {
  const folders: Graph = new Map();
  const node = (name: string): Set<string> => {
    const edges = folders.get(name) ?? new Set<string>();
    folders.set(name, edges);
    return edges;
  };
  for (const [file, targets] of files) {
    const from = folderOf(file);
    const edges = node(from);
    for (const target of targets) {
      const to = folderOf(target);
      node(to);
      if (to !== from) edges.add(to);
    }
  }
  return folders;
}

/** The strongly connected components of a graph that hold a cycle (2+ nodes, or a self-import). */
export function cyclicComponents(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v)?.has(v)) out.push(component.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return out.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/**
 * Every elementary cycle of a graph (Johnson's algorithm within each cyclic component), each as
 * its nodes from the smallest one, sorted; at most `limit` of them.
 */
export function findCycles(graph: Graph, limit = CYCLE_LIMIT): string[][] {
  const cycles: string[][] = [];
  for (const component of cyclicComponents(graph)) {
    for (let i = 0; i < component.length && cycles.length < limit; i++) {
      const start = component[i]!;
      const allowed = new Set(component.slice(i));
      const next = (v: string): string[] =>
        [...(graph.get(v) ?? [])].filter((w) => allowed.has(w)).sort();
      const blocked = new Set<string>();
      const blockers = new Map<string, Set<string>>();
      const trail: string[] = [];
      const unblock = (v: string): void => {
        blocked.delete(v);
        const waiting = blockers.get(v) ?? new Set<string>();
        blockers.delete(v);
        for (const w of waiting) if (blocked.has(w)) unblock(w);
      };
      const circuit = (v: string): boolean => {
        let found = false;
        trail.push(v);
        blocked.add(v);
        for (const w of next(v)) {
          if (cycles.length >= limit) break;
          if (w === start) {
            cycles.push([...trail]);
            found = true;
          } else if (!blocked.has(w) && circuit(w)) found = true;
        }
        if (found) unblock(v);
        else for (const w of next(v)) blockers.set(w, (blockers.get(w) ?? new Set()).add(v));
        trail.pop();
        return found;
      };
      circuit(start);
    }
  }
  return cycles.sort((a, b) => a.join("\0").localeCompare(b.join("\0")));
}

/** A cycle as `a.ts → b.ts → a.ts`. */
export function formatCycle(cycle: readonly string[]): string {
  return [...cycle, cycle[0]].join(" → ");
}

/** A readable failure message: a title, then one cycle a line (noting when the limit cut it). */
export function describeCycles(title: string, cycles: readonly string[][]): string {
  const more = cycles.length >= CYCLE_LIMIT ? ` (first ${CYCLE_LIMIT} shown)` : "";
  return [`${cycles.length} ${title}${more}:`, ...cycles.map((c) => `  ${formatCycle(c)}`)].join(
    "\n",
  );
}

/** Runs the whole check on a tree: its file graph, folder graph and the cycles of both. */
export async function checkImports(
  root: string,
  sources: readonly string[] = SOURCES,
): Promise<ImportReport> {
  const files = await buildFileGraph(root, sources);
  const folders = folderGraph(files.graph);
  return {
    ...files,
    folders,
    fileCycles: findCycles(files.graph),
    folderCycles: findCycles(folders),
  };
}
