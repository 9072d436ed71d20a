#!/usr/bin/env node
// The `broadsheet` command with no TypeScript on its hot path: compiles src/, layouts/ and
// .eleventy.ts to JavaScript (esbuild) into .cache/js/<source hash>/ once per change of the
// sources, then runs the compiled CLI. Tests and `npm run serve` run the sources through tsx.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import process from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The package root (this file is `bin/broadsheet.mjs`). */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** What is compiled (folders walked): every `.ts`/`.tsx` module in them but declarations. */
const SOURCES = ["src", "layouts", ".eleventy.ts"];
/**
 * What else decides the compiled code: the compiler settings, the libraries bundled into it (the
 * lockfile, and npm's record of what is installed, so a tree compiled before `npm ci` is not reused
 * after it), the list of packages left unbundled (package.json), this launcher.
 */
const ALSO_HASHED = [
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  "node_modules/.package-lock.json",
  "bin/broadsheet.mjs",
];
/** Where compiled trees live; `src/code-root.ts` relies on this depth (three folders below ROOT). */
const JS_CACHE = path.join(ROOT, ".cache", "js");
/** A compiled tree unused for this long is removed when another is made. */
const STALE_MS = 24 * 3600 * 1000;
/**
 * Packages Node loads from node_modules as they are, not bundled: native or binary code (sharp,
 * Pagefind), packages that find their own files at run time (Eleventy, esbuild, tsx), and every
 * devDependency (absent from a production install; only tools import them).
 */
function notBundled() {
  const { devDependencies = {} } = JSON.parse(
    fs.readFileSync(path.join(ROOT, "package.json"), "utf8"),
  );
  const names = ["@11ty/eleventy", "@11ty/eleventy-dev-server", "sharp", "pagefind", "esbuild"];
  return [...names, "tsx", ...Object.keys(devDependencies)];
}

/** Every file under `rel` (a file or a folder), relative to ROOT, in a stable order. */
function walk(rel, out) {
  const full = path.join(ROOT, rel);
  const stat = fs.statSync(full, { throwIfNoEntry: false });
  if (stat?.isDirectory()) {
    for (const name of fs.readdirSync(full).sort()) walk(path.posix.join(rel, name), out);
  } else if (stat?.isFile()) out.push(rel);
  return out;
}

/** The modules to compile, the other files to copy, and the hash of everything that decides their compiled form. */
function sourceState() {
  const sources = SOURCES.flatMap((rel) => walk(rel, []));
  const h = createHash("sha256");
  for (const rel of [...sources, ...ALSO_HASHED.flatMap((r) => walk(r, []))])
    h.update(`${rel}\0`)
      .update(fs.readFileSync(path.join(ROOT, rel)))
      .update("\0");
  const isModule = (f) => /\.tsx?$/.test(f);
  const modules = sources.filter((f) => isModule(f) && !f.endsWith(".d.ts"));
  const others = sources.filter((f) => !isModule(f));
  return { hash: h.digest("hex").slice(0, 20), modules, others };
}

/** Compiles `modules` into `dir` and copies `others` there (written beside it, then renamed in: never seen half-written). */
async function compile(dir, { modules, others }) {
  const { build, stop } = await import("esbuild");
  const tmp = `${dir}.tmp-${process.pid}`;
  try {
    await build({
      entryPoints: modules.map((f) => path.join(ROOT, f)),
      outdir: tmp,
      outbase: ROOT,
      // One output file per module: every import of our own modules stays an import (of its .js).
      // The libraries are bundled: once each in our compiled code, in a shared chunk (`chunks/`)
      // when several modules use one, else inlined into the module that does. Node then resolves
      // and reads ~190 files at start-up (our modules, a few chunks) instead of ~400. (Eleventy
      // still loads its own luxon and js-yaml from node_modules.)
      bundle: true,
      splitting: true,
      chunkNames: "chunks/[name]-[hash]",
      external: notBundled().flatMap((p) => [p, `${p}/*`]),
      // Bundled CommonJS and some ESM libraries (gray-matter, js-yaml, yaml, xmlbuilder2) call
      // require(): Node's own modules, and js-yaml 3's optional esprima, found from
      // .cache/js/<hash>/ upwards in ROOT/node_modules as before. esbuild renames a module's own
      // `require`; startup.test.ts checks that each compiled file declares it once.
      banner: {
        js: 'import { createRequire as __broadsheetRequire } from "node:module"; const require = __broadsheetRequire(import.meta.url);',
      },
      platform: "node",
      format: "esm",
      target: "node20",
      jsx: "automatic",
      jsxImportSource: "preact",
      sourcemap: "linked",
      sourcesContent: false,
      logLevel: "error",
      plugins: [
        {
          name: "own-modules-external",
          setup(b) {
            b.onResolve({ filter: /^\.\.?\/.*\.tsx?$/ }, (args) => ({
              path: args.path.replace(/\.tsx?$/, ".js"),
              external: true,
            }));
          },
        },
      ],
    });
  } finally {
    // esbuild's service process would otherwise stay beside the build until it exits (17-76 MB).
    await stop();
  }
  // Other files (styles, images) beside their modules, for code that finds them from its own place.
  for (const f of others) fs.cpSync(path.join(ROOT, f), path.join(tmp, f));
  fs.writeFileSync(path.join(tmp, "package.json"), '{ "type": "module" }\n');
  try {
    fs.renameSync(tmp, dir);
  } catch (err) {
    // Another process compiled the same sources first: use its tree.
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!fs.existsSync(dir)) throw err;
  }
  for (const name of fs.readdirSync(JS_CACHE)) {
    const other = path.join(JS_CACHE, name);
    if (other !== dir && Date.now() - fs.statSync(other).mtimeMs > STALE_MS)
      fs.rmSync(other, { recursive: true, force: true });
  }
}

/** The compiled CLI's entry, compiling first when the sources changed since the last run. */
async function compiledEntry() {
  const { hash, ...files } = sourceState();
  const dir = path.join(JS_CACHE, hash);
  if (!fs.existsSync(dir)) {
    fs.mkdirSync(JS_CACHE, { recursive: true });
    await compile(dir, files);
  }
  return path.join(dir, "src/cli/main.js");
}

let entry;
try {
  entry = pathToFileURL(await compiledEntry()).href;
} catch (err) {
  // No compiled tree (a read-only checkout, a compile error): run the sources through tsx instead.
  process.stderr.write(
    `broadsheet: running the TypeScript sources (${err.message.split("\n")[0]})\n`,
  );
  const { register } = await import("tsx/esm/api");
  register();
  entry = pathToFileURL(path.join(ROOT, "src/cli/main.ts")).href;
}
// Note: source maps are written but not read by default (reading them costs ~50 ms of start-up):
// `node --enable-source-maps bin/broadsheet.mjs …` maps a stack trace to the TypeScript sources.
await import(entry);
