// Supply chain (SECURITY.md row R32): `npm audit` cannot reach an advisory service here, so
// the lockfile is checked against the advisory table kept in security/advisories.json.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { ROOT } from "../helpers/cli.ts";

interface Row {
  package: string;
  id?: string;
  fixed?: string[];
  min?: string[];
}
interface Table {
  advisories: Row[];
  policy: Row[];
}
interface Lock {
  packages: Record<string, { version?: string; link?: boolean }>;
}

const table = JSON.parse(
  fs.readFileSync(path.join(ROOT, "security/advisories.json"), "utf8"),
) as Table;
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as Lock;

/** Compares two semver versions (major.minor.patch, a pre-release sorts before its release). */
function compareVersions(a: string, b: string): number {
  const parse = (v: string): [number[], string] => {
    const [core = "", pre = ""] = v.replace(/^v/, "").split(/[-+]/, 2);
    return [core.split(".").map((n) => Number(n) || 0), v.includes("-") ? pre : ""];
  };
  const [ca, pa] = parse(a);
  const [cb, pb] = parse(b);
  for (let i = 0; i < 3; i++) if ((ca[i] ?? 0) !== (cb[i] ?? 0)) return (ca[i] ?? 0) - (cb[i] ?? 0);
  if (pa === pb) return 0;
  if (pa === "") return 1;
  if (pb === "") return -1;
  return pa < pb ? -1 : 1;
}

/** Whether `version` is below the fixed version of its release line (see the table's $comment). */
function isBelowFixed(version: string, fixed: readonly string[]): boolean {
  const major = (v: string): number => Number(v.split(".")[0]) || 0;
  const sameLine = fixed.filter((f) => major(f) === major(version));
  if (sameLine.length) return sameLine.every((f) => compareVersions(version, f) < 0);
  const lowest = [...fixed].sort(compareVersions)[0];
  return (
    lowest !== undefined && compareVersions(version, lowest) < 0 && major(version) < major(lowest)
  );
}

/** Every installed copy of every package in the lockfile: name → [{path, version}]. */
function installed(): Map<string, { at: string; version: string }[]> {
  const out = new Map<string, { at: string; version: string }[]>();
  for (const [at, entry] of Object.entries(lock.packages)) {
    if (!at.includes("node_modules/") || !entry.version) continue;
    const name = at.slice(at.lastIndexOf("node_modules/") + "node_modules/".length);
    out.set(name, [...(out.get(name) ?? []), { at, version: entry.version }]);
  }
  return out;
}

describe("supply chain", () => {
  const copies = installed();

  it("should compare versions as semver does", () => {
    assert.ok(compareVersions("4.1.1", "4.1.0") > 0);
    assert.ok(compareVersions("4.10.0", "4.9.9") > 0);
    assert.ok(compareVersions("4.1.1-rc.1", "4.1.1") < 0);
    assert.equal(isBelowFixed("3.14.1", ["3.14.2", "4.1.1"]), true);
    assert.equal(isBelowFixed("3.15.0", ["3.14.2", "4.1.1"]), false);
    assert.equal(isBelowFixed("4.1.0", ["3.14.2", "4.1.1"]), true);
    assert.equal(isBelowFixed("2.0.0", ["3.14.2", "4.1.1"]), true);
    assert.equal(isBelowFixed("5.0.0", ["3.14.2", "4.1.1"]), false);
  });

  it("R32: should have no installed package below the fixed version of a known advisory", () => {
    const bad: string[] = [];
    for (const row of table.advisories) {
      assert.match(
        row.id ?? "",
        /^GHSA-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/,
        `${row.package}: advisory id`,
      );
      for (const c of copies.get(row.package) ?? [])
        if (isBelowFixed(c.version, row.fixed ?? []))
          bad.push(`${c.at}@${c.version} (${row.id}, fixed in ${row.fixed?.join(" / ")})`);
    }
    assert.deepEqual(bad, []);
  });

  it("R32: should meet the project floors: js-yaml ≥ 3.14.2 / 4.1.1 everywhere, remark-html ≥ 16.0.1, markdown-it ≥ 14.3.3 if present", () => {
    assert.ok(copies.get("js-yaml")?.length, "js-yaml is in the tree (gray-matter, Eleventy)");
    assert.ok(copies.get("remark-html")?.length, "remark-html is in the tree");
    const bad: string[] = [];
    for (const row of table.policy)
      for (const c of copies.get(row.package) ?? [])
        if (isBelowFixed(c.version, row.min ?? []))
          bad.push(`${c.at}@${c.version} < ${row.min?.join(" / ")}`);
    assert.deepEqual(bad, []);
  });

  it("R32: should install exactly what the lockfile says (node_modules agrees, npm ls js-yaml resolves)", () => {
    const drift: string[] = [];
    for (const [at, entry] of Object.entries(lock.packages)) {
      if (!at.startsWith("node_modules/") || !entry.version || entry.link) continue;
      const pkg = path.join(ROOT, at, "package.json");
      if (!fs.existsSync(pkg)) continue; // optional platform packages
      const v = (JSON.parse(fs.readFileSync(pkg, "utf8")) as { version: string }).version;
      if (v !== entry.version) drift.push(`${at}: lockfile ${entry.version}, installed ${v}`);
    }
    assert.deepEqual(drift, []);
    const ls = spawnSync("npm", ["ls", "js-yaml", "--all", "--json"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    assert.equal(ls.status, 0, ls.stderr);
    const versions: string[] = [];
    const walk = (
      deps: Record<string, { version?: string; dependencies?: object }> | undefined,
    ): void => {
      for (const [name, d] of Object.entries(deps ?? {})) {
        if (name === "js-yaml" && d.version) versions.push(d.version);
        walk(d.dependencies as typeof deps);
      }
    };
    walk(
      (JSON.parse(ls.stdout) as { dependencies?: Record<string, { version?: string }> })
        .dependencies,
    );
    assert.ok(versions.length > 0);
    for (const v of versions)
      assert.equal(isBelowFixed(v, ["3.14.2", "4.1.1"]), false, `js-yaml ${v}`);
  });

  it("R32: should pin every direct dependency exactly in package.json", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as Record<
      string,
      Record<string, string> | undefined
    >;
    const loose = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(
      ([, v]) => !/^(?:\d+\.\d+\.\d+(?:-[\w.]+)?|npm:[^@]+@\d+\.\d+\.\d+)$/.test(v),
    );
    assert.deepEqual(loose, []);
  });
});
