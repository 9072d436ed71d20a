// Leak-proof embargo and scheduling: before its time a pending article leaves no
// trace anywhere in the output, and the tree equals a build without it.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT, tempDir, treeHash, writeTree } from "../helpers/cli.ts";
import { filesContaining, html } from "../helpers/output.ts";
import { article, siteYaml } from "../helpers/site.ts";

const NOW = "2024-06-01 12:00";
const SLUG = "zeppelin-embargo-slug";
const TITLE = "Zeppelin lands on the embargoed roof";
const MEDIA = "secret-embargo-photo";

function site(withPending: boolean): string {
  const content = path.join(tempDir(), "content");
  writeTree(content, {
    "site.yaml": siteYaml(),
    "articles/en/a.md": article({ title: '"Roof garden opens"', tags: '["Roofs", "City"]' }),
    "articles/en/b.md": article({
      title: '"Roof repairs finish"',
      tags: '["Roofs"]',
      date: "2023-05-20 10:00",
    }),
    "articles/zh/c.md": article({ title: '"屋顶花园"', lang: "zh", tags: '["Roofs"]' }),
    // Two older Roofs stories: related lists never repeat prev/next, so one of them is "related".
    "articles/en/d.md": article({
      title: '"Roof tiles sold out"',
      tags: '["Roofs"]',
      date: "2023-04-01 10:00",
    }),
    "articles/en/e.md": article({
      title: '"Roofers strike"',
      tags: '["Roofs"]',
      date: "2023-03-01 10:00",
    }),
    ...(withPending
      ? {
          "articles/en/pending.md": article(
            {
              title: JSON.stringify(TITLE),
              slug: SLUG,
              tags: '["Roofs", "Zeppelins"]',
              date: "2024-05-01 09:00",
              publishAt: "2024-06-01 18:00",
              image: `{ src: ../../media/${MEDIA}.jpg, alt: "A zeppelin" }`,
            },
            `Roof roof roof.\n\n![A zeppelin over the roof](../../media/${MEDIA}-2.jpg "Landing")\n`,
          ),
          "articles/en/later.md": article({ title: '"Later still"', date: "2024-07-01 08:00" }),
        }
      : {}),
  });
  fs.mkdirSync(path.join(content, "media"), { recursive: true });
  for (const name of [`${MEDIA}.jpg`, `${MEDIA}-2.jpg`]) {
    fs.copyFileSync(
      path.join(ROOT, "content/media/dragon-boats.jpg"),
      path.join(content, "media", name),
    );
  }
  return content;
}

const TSX = pathToFileURL(createRequire(path.join(ROOT, "package.json")).resolve("tsx")).href;

/** Builds from a fresh working directory, so its `.broadsheet/` state is this build's alone. */
function build(content: string, now = NOW): { out: string; cwd: string } {
  const cwd = tempDir();
  const out = path.join(cwd, "dist");
  const args = ["build", "--content", content, "--out", out, "--now", now, "--quiet"];
  const r = spawnSync(
    process.execPath,
    ["--import", TSX, path.join(ROOT, "src/cli/main.ts"), ...args],
    {
      cwd,
      // tsx finds tsconfig.json (JSX settings) from the working directory unless told.
      env: { ...process.env, TZ: "UTC", TSX_TSCONFIG_PATH: path.join(ROOT, "tsconfig.json") },
      encoding: "utf8",
      timeout: 180_000,
    },
  );
  assert.equal(r.status, 0, r.stderr);
  return { out, cwd };
}

describe("embargo", () => {
  let withIt = { out: "", cwd: "" };
  let without = { out: "", cwd: "" };
  let content = "";
  before(() => {
    content = site(true);
    withIt = build(content);
    without = build(site(false));
  });

  it("should leave no trace of a pending article: slug, title and media names absent from every file", () => {
    for (const needle of [SLUG, TITLE, MEDIA, "Zeppelins", "zeppelins"]) {
      assert.deepEqual(filesContaining(withIt.out, needle), [], needle);
    }
  });

  it("should give the same tree, tag counts and related lists as a build without it", () => {
    assert.equal(treeHash(withIt.out), treeHash(without.out));
    const related = (out: string) =>
      html(out, "news/2023/05/a/index.html")
        .querySelectorAll(".related a")
        .map((a) => a.getAttribute("href"));
    assert.deepEqual(related(withIt.out), related(without.out));
    assert.ok(related(withIt.out).length > 0, "the related list is there to compare");
  });

  it("should publish it, media included, once the clock passes publishAt", () => {
    const later = build(content, "2024-06-01 18:00:01");
    const page = html(later.out, `news/2024/05/${SLUG}/index.html`);
    assert.equal(page.querySelector("h1")?.textContent, TITLE);
    assert.ok(filesContaining(later.out, MEDIA).some((f) => f.startsWith("media/")));
  });

  it("should write .broadsheet/next-publish.json outside dist with the earliest pending instant", () => {
    const file = path.join(withIt.cwd, ".broadsheet/next-publish.json");
    const data = JSON.parse(fs.readFileSync(file, "utf8")) as { nextPublish: string | null };
    assert.equal(data.nextPublish, "2024-06-01T18:00:00+08:00");
    assert.ok(path.relative(withIt.out, file).startsWith(".."), "outside the output folder");
  });
});
