// The sample site as the reader-facing tools see it: built once at a fixed clock, and its page kinds.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The build clock of screenshots and browser gates: the sample's newest story is from the day before. */
export const SAMPLE_NOW = "2026-12-04T20:00:00+08:00";

/** Builds content/ into `out` through the real CLI at `SAMPLE_NOW`; throws with the CLI's output on failure. */
export function buildSample(out: string): void {
  const r = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      path.join(ROOT, "src/cli/main.ts"),
      "build",
      "--out",
      out,
      "--now",
      SAMPLE_NOW,
      "--quiet",
    ],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, TZ: "UTC", INIT_CWD: ROOT } },
  );
  if (r.status !== 0)
    throw new Error(`sample build failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

/** One kind of page to look at: a name and its path per edition. */
export type PageKind = { kind: string; en: string; zh: string };

/** Every kind of reader-facing page of the sample, in both editions. */
export const PAGE_KINDS: PageKind[] = [
  { kind: "home", en: "/", zh: "/zh/" },
  { kind: "section", en: "/news/", zh: "/zh/news/" },
  {
    kind: "article",
    en: "/news/2026/12/chaotianmen-ferries-return/",
    zh: "/zh/news/2026/12/chao-tian-men-ye-du-hui-gui/",
  },
  {
    kind: "article-table",
    en: "/sport/2026/11/chongqing-marathon-2026-results/",
    zh: "/zh/sport/2026/11/chong-qing-ma-la-song-2026/",
  },
  { kind: "tag", en: "/tags/football/", zh: "/zh/tags/zu-qiu/" },
  { kind: "all-tags", en: "/tags/", zh: "/zh/tags/" },
  { kind: "author", en: "/authors/li-wei/", zh: "/zh/authors/li-wei/" },
  { kind: "archive-year", en: "/2026/", zh: "/zh/2026/" },
  { kind: "archive-month", en: "/2026/11/", zh: "/zh/2026/11/" },
  { kind: "search", en: "/search/", zh: "/zh/search/" },
  { kind: "page", en: "/about/", zh: "/zh/about/" },
  { kind: "404", en: "/404.html", zh: "/zh/404.html" },
];

/** The page kinds whose page exists in the built site `out` (search appears once it is built). */
export function builtKinds(out: string): PageKind[] {
  const exists = (p: string): boolean =>
    fs.existsSync(path.join(out, p.endsWith("/") ? p + "index.html" : p));
  return PAGE_KINDS.filter((k) => exists(k.en) && exists(k.zh));
}
