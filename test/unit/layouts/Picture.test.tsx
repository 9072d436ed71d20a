// Tests for layouts/components/Picture.tsx: sources per format, the fallback <img>, eager or lazy.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { render } from "preact-render-to-string";
import { parse } from "node-html-parser";
import type { ImageView } from "../../../src/collect/cards.ts";
import { Picture } from "../../../layouts/components/Picture.tsx";

const view: ImageView = {
  sources: [
    { type: "image/avif", srcset: "/m/a-480.avif 480w" },
    { type: "image/webp", srcset: "/m/a-320.webp 320w, /m/a-480.webp 480w" },
  ],
  src: "/m/a-480.jpg",
  srcset: "/m/a-320.jpg 320w, /m/a-480.jpg 480w",
  sizes: "8rem",
  wideSizes: "(min-width: 44rem) 44rem, 100vw",
  width: 480,
  height: 270,
  priority: false,
  alt: 'A "quoted" <b>alt</b>',
  decorative: false,
};

function picture(el: preact.JSX.Element) {
  return parse(render(el)).querySelector("picture")!;
}

describe("Picture", () => {
  it("should list a source per modern format, then the fallback img with its size, lazy", () => {
    const p = picture(<Picture image={view} class="thumb" />);
    const sources = p.querySelectorAll("source");
    assert.deepEqual(
      sources.map((s) => [s.getAttribute("type"), s.getAttribute("sizes")]),
      [
        ["image/avif", "8rem"],
        ["image/webp", "8rem"],
      ],
    );
    const img = p.querySelector("img")!;
    assert.deepEqual(
      ["src", "srcset", "width", "height", "loading", "decoding", "fetchpriority", "class"].map(
        (a) => img.getAttribute(a),
      ),
      ["/m/a-480.jpg", view.srcset, "480", "270", "lazy", "async", undefined, "thumb"],
    );
    assert.equal(img.getAttribute("alt"), view.alt, "alt is escaped, not markup");
    assert.equal(img.querySelectorAll("b").length, 0);
  });

  it("should load eagerly with fetchpriority=high when the view or the caller says so", () => {
    for (const el of [
      <Picture image={{ ...view, priority: true }} />,
      <Picture image={view} priority sizes={view.wideSizes} />,
    ]) {
      const p = picture(el);
      const img = p.querySelector("img")!;
      assert.equal(img.getAttribute("loading"), "eager");
      assert.equal(img.getAttribute("fetchpriority"), "high");
      assert.equal(img.getAttribute("decoding"), undefined);
    }
    const wide = picture(<Picture image={view} sizes={view.wideSizes} />);
    assert.equal(wide.querySelector("source")!.getAttribute("sizes"), view.wideSizes);
  });

  it("should give a decorative image an empty alt", () => {
    const img = picture(<Picture image={{ ...view, decorative: true }} />).querySelector("img")!;
    assert.equal(img.getAttribute("alt"), "");
  });
});
