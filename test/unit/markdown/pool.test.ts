// Tests for src/markdown/pool.ts: the same results as rendering in-process, in input order; a hung
// body fails E_TIMEOUT.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { runInNewContext } from "node:vm";
import v8 from "node:v8";
import { RenderPool } from "../../../src/markdown/pool.ts";
import { renderMarkdown, type RenderInput } from "../../../src/markdown/render.ts";
import { recordingContext, type RenderTables } from "../../../src/markdown/tables.ts";

const tables: RenderTables = {
  baseUrl: "https://e.org/",
  articleHrefs: new Map([["articles/b.md", "/news/2023/05/b/"]]),
  media: new Map(),
};
const doc = (i: number, body: string): RenderInput => ({
  source: `articles/a${i}.md`,
  displayPath: `content/articles/a${i}.md`,
  body,
  bodyLine: 4,
});
const bodies = [
  "# One\n\nSee [b](b.md) and https://example.org.\n",
  "| a | b |\n|---|---|\n| 1 | 2 |\n",
  "Text with a footnote[^1].\n\n[^1]: The note.\n",
  "~~gone~~ and *kept*\n",
  "[missing](nope.md)\n",
  "- [ ] task\n- [x] done\n",
  "中文段落，含有**粗体**。\n",
];

describe("render pool", () => {
  const pool = RenderPool.start({ threads: 2, batchSize: 2, timeoutMs: 1500 });
  after(() => pool.close());

  it("should return exactly what in-process rendering returns, in input order", async () => {
    const inputs = bodies.map((b, i) => doc(i, b));
    const outcomes = await pool.render(inputs, tables);
    assert.equal(outcomes.length, inputs.length);
    inputs.forEach((input, i) => {
      const deps = { links: [], images: [] };
      assert.deepEqual(outcomes[i]!.result, renderMarkdown(input, recordingContext(tables, deps)));
    });
    assert.equal(outcomes[4]!.result.ok, false);
  });

  it("should pass each outcome through `keep` once as it arrives, and hold only what it returns", async () => {
    const inputs = bodies.map((b, i) => doc(i, b));
    const seen: number[] = [];
    const kept = await pool.render(inputs, tables, undefined, (i, o) => {
      seen.push(i);
      return o.result.ok ? o.result.html.length : -1;
    });
    assert.deepEqual(
      [...seen].sort((a, b) => a - b),
      inputs.map((_, i) => i),
    );
    const whole = await pool.render(inputs, tables);
    assert.deepEqual(
      kept,
      whole.map((o) => (o.result.ok ? o.result.html.length : -1)),
    );
  });

  it("should record the article links a body resolved", async () => {
    const [o] = await pool.render([doc(0, bodies[0]!)], tables);
    assert.deepEqual(o!.deps, { links: ["articles/b.md"], images: [] });
  });

  it("should fail a body over the time budget with E_TIMEOUT at its file and render the others", async () => {
    const inputs = [doc(0, "before\n"), doc(1, "*a_ ".repeat(50_000)), doc(2, "after\n")];
    const seen: number[] = [];
    const outcomes = await pool.render(inputs, tables, (done) => seen.push(done));
    const r = outcomes[1]!.result;
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.deepEqual(
        r.errors.map((e) => [e.file, e.line, e.code]),
        [["content/articles/a1.md", 4, "E_TIMEOUT"]],
      );
    }
    assert.deepEqual(outcomes[0]!.result, {
      ok: true,
      html: "<p>before</p>\n",
      text: "before",
      media: [],
    });
    assert.deepEqual(outcomes[2]!.result, {
      ok: true,
      html: "<p>after</p>\n",
      text: "after",
      media: [],
    });
    assert.equal(seen.at(-1), 3);
  });

  it("should let a finished render's inputs go (every article's Markdown, at the bodies stage)", async () => {
    v8.setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    // Made in a function of its own: only the weak reference outlives the render.
    const rendered = async (): Promise<WeakRef<RenderInput[]>> => {
      const inputs = bodies.map((b, i) => doc(i, b));
      await pool.render(inputs, tables);
      return new WeakRef(inputs);
    };
    const ref = await rendered();
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    assert.equal(ref.deref(), undefined, "the pool still holds the inputs of its last render");
  });

  it("should keep working after replacing a timed-out worker", async () => {
    const outcomes = await pool.render([doc(0, "still *here*\n")], tables);
    assert.deepEqual(outcomes[0]!.result, {
      ok: true,
      html: "<p>still <em>here</em></p>\n",
      text: "still here",
      media: [],
    });
  });
});

describe("render pool with a small heap", () => {
  const pool = RenderPool.start({ threads: 1, maxOldGenerationSizeMb: 24, timeoutMs: 20_000 });
  after(() => pool.close());

  it("should report a body that crashes its worker at its file and render the rest", async () => {
    const inputs = [
      doc(0, "fine\n"),
      doc(1, "[a](b) ~~c~~ *d* ".repeat(28_000)),
      doc(2, "also fine\n"),
    ];
    const outcomes = await pool.render(inputs, tables);
    const r = outcomes[1]!.result;
    assert.equal(r.ok, false);
    if (!r.ok)
      assert.deepEqual(
        r.errors.map((e) => [e.file, e.code]),
        [["content/articles/a1.md", "E_TOO_LARGE"]],
      );
    assert.equal(outcomes[0]!.result.ok, true);
    assert.equal(outcomes[2]!.result.ok, true);
  });
});
