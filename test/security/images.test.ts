// Bad photos through the real CLI: a scrambled JPEG, bytes that are not the format their name says, a
// decompression bomb, an animated GIF and an SVG with script are each refused with a located error,
// and nothing is published (the previous output stays byte-identical).
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { png } from "../helpers/png.ts";
import { animatedGif, flatJpeg, scrambledJpeg } from "../helpers/photos.ts";
import { article } from "../helpers/site.ts";
import { sharedBuild, type Expected, type Tree } from "./harness.ts";

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><script>alert(2)</script></svg>';

/** One article using `name` as a body image, and the file itself. */
function row(name: string, bytes: string | Uint8Array, expected: Expected[]) {
  const md = `articles/${name.replace(/\W/g, "-")}.md`;
  const files: Tree = {
    [md]: article({ title: `"${name}"` }, `![A photo](../media/${name})\n`),
    [`media/${name}`]: bytes,
  };
  return { files, expected: [...expected, { file: md, code: "E_IMAGE_MISSING" }] };
}

describe("bad photos", () => {
  let shared: ReturnType<typeof sharedBuild>;
  before(async () => {
    shared = sharedBuild({
      scrambled: row("scrambled.jpg", await scrambledJpeg(), [
        { file: "media/scrambled.jpg", code: "E_IMAGE_INVALID", message: /cannot be decoded/ },
      ]),
      disguised: row("disguised.jpg", png(40, 30), [
        { file: "media/disguised.jpg", code: "E_IMAGE_INVALID", message: /png data, not \.jpg/ },
      ]),
      bomb: row("bomb.png", png(1, 1, [30000, 30000]), [
        { file: "media/bomb.png", code: "E_IMAGE_INVALID", message: /30000×30000/ },
      ]),
      animated: row("spinner.gif", await animatedGif(), [
        { file: "media/spinner.gif", code: "E_IMAGE_ANIMATED", message: /2 frames/ },
      ]),
      svg: row("chart.svg", SVG, [{ file: "media/chart.svg", code: "E_IMAGE_INVALID" }]),
      // A good photo beside them: still nothing is published.
      good: { files: { "media/good.jpg": await flatJpeg(64, 48) }, expected: [] },
    });
  });

  it("should refuse a JPEG whose data cannot be decoded with E_IMAGE_INVALID", () => {
    shared.assertRow("scrambled");
  });

  it("should refuse PNG bytes named .jpg", () => {
    shared.assertRow("disguised");
  });

  it("should refuse a decompression bomb (30000×30000) before decoding it", () => {
    shared.assertRow("bomb");
  });

  it("should refuse an animated GIF with E_IMAGE_ANIMATED (its frames would be lost)", () => {
    shared.assertRow("animated");
  });

  it("should refuse an SVG with script and onload with E_IMAGE_INVALID, publishing none of it", () => {
    shared.assertRow("svg");
    const run = shared.run();
    assert.doesNotMatch(run.stdout, /alert\(/);
  });
});
