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

/** A pool that renders on this thread, counting the bodies it was given. */
function pool(): { pool: RenderPool; rendered: () => number } {
  let n = 0;
  const render = (list: readonly RenderInput[]): Promise<RenderOutcome[]> => {
    n += list.length;
    return Promise.resolve(
      list.map((input) => {
        const deps: RenderDeps = { links: [], images: [] };
        return { result: renderMarkdown(input, recordingContext(tables, deps)), deps };
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
    const [made] = (await renderBodies(inputs, tables, options(first.pool, dir))).results;
    assert.ok(made?.ok);
    assert.equal(made.body.html(), HTML);
    assert.equal(made.body.digest(), bodyDigest(HTML, made.body.text()));
    const second = pool();
    const again = await renderBodies(inputs, tables, options(second.pool, dir));
    assert.deepEqual([again.hits, second.rendered()], [1, 0], "served from the cache");
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

  it("should hold the body in memory without a cache", async () => {
    const [r] = (await renderBodies(inputs, tables, options(pool().pool))).results;
    assert.ok(r?.ok);
    assert.equal(r.body.html(), HTML);
    assert.equal(r.body.text(), "Ferries resume at dawn.");
  });
});
