// Tests for src/markdown/bodies.ts: a body the cache holds is kept by reference (read back from its
// entry when asked, an error once the entry is gone), the same digest whether rendered or served,
// and held in memory when there is no cache.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { bodyDigest } from "../../../src/content/body.ts";
import { renderBodies, type BodiesOptions } from "../../../src/markdown/bodies.ts";
import type { RenderPool } from "../../../src/markdown/pool.ts";
import type { RenderOutcome } from "../../../src/markdown/protocol.ts";
import { renderMarkdown, type RenderInput } from "../../../src/markdown/render.ts";
import {
  recordingContext,
  type RenderDeps,
  type RenderTables,
} from "../../../src/markdown/tables.ts";
import { tempDir } from "../../helpers/cli.ts";
import { faultError } from "../../../src/publish/fs-fault.ts";

const inputs: RenderInput[] = [
  {
    source: "articles/ferry.md",
    displayPath: "content/articles/ferry.md",
    body: "Ferries *resume* at dawn.\n",
    bodyLine: 4,
  },
];
const tables: RenderTables = {
  baseUrl: "https://e.org/",
  articleHrefs: new Map(),
  media: new Map(),
};

/** A pool that renders on this thread, counting the bodies it was given (each outcome through `keep`). */
function pool(): { pool: RenderPool; rendered: () => number } {
  let n = 0;
  const render = (
    list: readonly RenderInput[],
    _tables: unknown,
    _progress: unknown,
    keep: (index: number, outcome: RenderOutcome) => unknown,
  ): Promise<unknown[]> => {
    n += list.length;
    return Promise.resolve(
      list.map((input, i) => {
        const deps: RenderDeps = { links: [], images: [] };
        return keep(i, { result: renderMarkdown(input, recordingContext(tables, deps)), deps });
      }),
    );
  };
  return { pool: { render } as unknown as RenderPool, rendered: () => n };
}

function options(p: RenderPool, dir?: string): BodiesOptions {
  const scope = {
    renderer: "r1",
    baseUrl: tables.baseUrl,
    slugStyle: "pinyin",
    mediaDigest: new Map(),
  };
  return { pool: p, ...(dir ? { cache: { dir, scope } } : {}) };
}

const HTML = "<p>Ferries <em>resume</em> at dawn.</p>\n";

describe("renderBodies", () => {
  it("should keep a cached body by reference and read it back from its entry", async () => {
    const dir = tempDir("bodies-");
    const first = pool();
    const fresh = await renderBodies(inputs, tables, options(first.pool, dir));
    const [made] = fresh.results;
    assert.ok(made?.ok);
    assert.equal(made.body.html(), HTML);
    // The bytes it wrote, for the body cache's ledger: its one entry file.
    const entries = fs.readdirSync(path.join(dir, "md"), { recursive: true }).map(String);
    const written = entries.filter((f) => f.endsWith(".json"));
    assert.equal(written.length, 1);
    assert.equal(fresh.added, fs.statSync(path.join(dir, "md", written[0]!)).size);
    assert.equal(made.body.digest(), bodyDigest(HTML, made.body.text()));
    const second = pool();
    const again = await renderBodies(inputs, tables, options(second.pool, dir));
    assert.deepEqual([again.hits, second.rendered()], [1, 0], "served from the cache");
    assert.equal(again.added, 0, "nothing written");
    const [served] = again.results;
    assert.ok(served?.ok);
    assert.equal(served.body.digest(), made.body.digest(), "one digest, rendered or served");
    assert.equal(
      JSON.stringify({ b: served.body }),
      JSON.stringify({ b: `\0body:${made.body.digest()}` }),
    );
    // Nothing is held: with the entry gone the body cannot be read, and says why.
    fs.rmSync(path.join(dir, "md"), { recursive: true });
    let thrown: unknown;
    assert.throws(
      () => served.body.html(),
      (err) => (
        (thrown = err),
        /content\/articles\/ferry\.md was removed or changed/.test(String(err))
      ),
    );
    // The build reports it as a located error with a hint, never as a bug of ours.
    const located = faultError(thrown, "out", "write the output");
    assert.equal(located?.code, "E_CACHE_CHANGED");
    assert.match(located?.file ?? "", /md\/[0-9a-f]{2}\/[0-9a-f]{64}\.json$/);
  });

  it("should check a cached body by its index row, without reading its entry", async () => {
    const dir = tempDir("bodies-index-");
    await renderBodies(inputs, tables, options(pool().pool, dir));
    assert.ok(fs.existsSync(path.join(dir, "md-index", "entries.json")), "the index is written");
    const [entry] = fs
      .readdirSync(path.join(dir, "md"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".json"))
      .map((f) => path.join(dir, "md", f));
    // Re-dated to a whole second (exact in a Date), read once more so the index row holds it.
    const then = new Date("2026-01-01T00:00:00Z");
    fs.utimesSync(entry!, then, then);
    assert.equal((await renderBodies(inputs, tables, options(pool().pool, dir))).hits, 1);
    // Garbled in place with its size and mtime kept: only a read of the entry could tell.
    fs.writeFileSync(entry!, "x".repeat(fs.statSync(entry!).size));
    fs.utimesSync(entry!, then, then);
    const second = pool();
    const again = await renderBodies(inputs, tables, options(second.pool, dir));
    assert.deepEqual([again.hits, second.rendered()], [1, 0], "served from the index");
    const [served] = again.results;
    assert.ok(served?.ok);
    // Read back, the damage shows: a located error, and the entry is gone so the next build renders.
    assert.throws(() => served.body.html(), /was removed or changed/);
    assert.equal(fs.existsSync(entry!), false);
    const third = pool();
    const healed = await renderBodies(inputs, tables, options(third.pool, dir));
    assert.deepEqual([healed.hits, third.rendered()], [0, 1]);
    assert.ok(healed.results[0]?.ok);
    assert.equal(healed.results[0].body.html(), HTML);
  });

  it("should read the entry, not trust its row, once its size or mtime changed", async () => {
    const dir = tempDir("bodies-index-");
    await renderBodies(inputs, tables, options(pool().pool, dir));
    const [entry] = fs
      .readdirSync(path.join(dir, "md"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".json"))
      .map((f) => path.join(dir, "md", f));
    fs.appendFileSync(entry!, " ");
    const second = pool();
    const again = await renderBodies(inputs, tables, options(second.pool, dir));
    assert.deepEqual(
      [again.hits, second.rendered()],
      [0, 1],
      "the damaged entry is rendered again",
    );
    const third = pool();
    const warm = await renderBodies(inputs, tables, options(third.pool, dir));
    assert.deepEqual([warm.hits, third.rendered()], [1, 0]);
    assert.equal(warm.results[0]?.ok && warm.results[0].body.html(), HTML);
  });

  it("should hold the body in memory without a cache", async () => {
    const [r] = (await renderBodies(inputs, tables, options(pool().pool))).results;
    assert.ok(r?.ok);
    assert.equal(r.body.html(), HTML);
    assert.equal(r.body.text(), "Ferries resume at dawn.");
  });
});
