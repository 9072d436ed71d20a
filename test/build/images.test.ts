// Photos through the real CLI: <picture> with AVIF/WebP/fallback srcsets, renditions read back with
// sharp (sizes, formats, orientation), EXIF secrets gone, preview crops, byte-stable and warm builds.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import sharp from "sharp";
import { listTree, runCli, tempDir, treeHash, writeTree } from "../helpers/cli.ts";
import { html } from "../helpers/output.ts";
import { flatJpeg, paddedJpeg, phonePhoto, SECRETS } from "../helpers/photos.ts";
import { article, siteYaml } from "../helpers/site.ts";

const NOW = "2025-01-01T00:00:00+08:00";
const ARTICLE = "news/2023/05/a-story/index.html";

/** Builds the fixture `root/content` into `root/<out>` with its own image cache `imgCache`. */
function build(root: string, out: string, imgCache: string) {
  const dist = path.join(root, out);
  const args = ["build", "--content", path.join(root, "content"), "--out", dist, "--now", NOW];
  const r = runCli([...args, "--verbose", "--cache", path.join(root, `cache-${out}`)], {
    env: { INIT_CWD: root, BROADSHEET_IMAGE_CACHE: imgCache },
  });
  assert.equal(r.status, 0, r.stderr);
  return { ...r, dist };
}

describe("photos", () => {
  const root = tempDir("broadsheet-images-");
  let phone: Buffer;
  let first: ReturnType<typeof build>;
  before(async () => {
    phone = await phonePhoto(2400, 1800);
    const rgba = await sharp({
      create: {
        width: 300,
        height: 200,
        channels: 4,
        background: { r: 0, g: 90, b: 0, alpha: 0.5 },
      },
    })
      .png()
      .toBuffer();
    writeTree(path.join(root, "content"), {
      "site.yaml": siteYaml(),
      "articles/a-story.md": article(
        { image: "{ src: ../media/phone.jpg, alt: Red over blue, focus: top }" },
        'Intro.\n\n![The same photo](../media/phone.jpg "Caption © Credit")\n\n![A map](../media/map.png)\n',
      ),
      "articles/b-small.md": article({
        title: '"Small"',
        date: "2023-05-12 09:00",
        image: "{ src: ../media/small.png, alt: Small }",
      }),
    });
    fs.mkdirSync(path.join(root, "content/media"));
    fs.writeFileSync(path.join(root, "content/media/phone.jpg"), phone);
    fs.writeFileSync(path.join(root, "content/media/map.png"), rgba);
    fs.writeFileSync(path.join(root, "content/media/small.png"), rgba);
    first = build(root, "dist", path.join(root, "img-a"));
  });

  it("should serve the hero as an eager <picture> with AVIF, WebP and JPEG srcsets, upright", () => {
    const hero = html(first.dist, ARTICLE).querySelector("figure.figure picture")!;
    const types = hero.querySelectorAll("source").map((s) => s.getAttribute("type"));
    assert.deepEqual(types, ["image/avif", "image/webp"]);
    const img = hero.querySelector("img")!;
    assert.deepEqual(
      ["width", "height", "loading", "fetchpriority", "alt"].map((a) => img.getAttribute(a)),
      ["960", "720", "eager", "high", "Red over blue"],
    );
    assert.match(img.getAttribute("src")!, /^\/media\/phone\.[0-9a-f]{12}-960\.jpg$/);
    const widths = (s: string) => s.split(", ").map((c) => Number(/ (\d+)w$/.exec(c)![1]));
    assert.deepEqual(widths(img.getAttribute("srcset")!), [320, 480, 640, 960, 1440, 2048]);
    assert.deepEqual(
      widths(hero.querySelector("source")!.getAttribute("srcset")!),
      [480, 960, 1440],
    );
  });

  it("should make body images lazy pictures, the transparent one with a PNG fallback", () => {
    const body = html(first.dist, ARTICLE).querySelector(".article-body")!;
    const imgs = body.querySelectorAll("picture img");
    assert.equal(imgs.length, 2);
    for (const img of imgs) {
      assert.equal(img.getAttribute("loading"), "lazy");
      assert.equal(img.getAttribute("decoding"), "async");
      assert.equal(img.getAttribute("fetchpriority"), undefined);
    }
    assert.match(imgs[1]!.getAttribute("src")!, /^\/media\/map\.[0-9a-f]{12}-300\.png$/);
    assert.equal(body.querySelector("figure figcaption")?.text.trim(), "Caption Credit");
  });

  it("should read back every rendition at its named size and format, none over 2560 px", async () => {
    const media = listTree(path.join(first.dist, "media"));
    assert.ok(media.length > 20, media.join(" "));
    for (const f of media) {
      const m =
        /^([a-z-]+)\.[0-9a-f]{12}-(?:(16x9|4x3|1x1|og)(?:-[a-z-]+)?-)?(\d+)\.(avif|webp|jpg|png)$/.exec(
          f,
        );
      assert.ok(m, `${f} is not named <name>.<sha256-12>-[<crop>-]<width>.<ext>`);
      const meta = await sharp(path.join(first.dist, "media", f)).metadata();
      assert.equal(meta.width, Number(m[3]), f);
      assert.ok(Math.max(meta.width, meta.height) <= 2560, f);
      assert.equal(meta.format, { avif: "heif", webp: "webp", jpg: "jpeg", png: "png" }[m[4]!], f);
      assert.equal(meta.exif, undefined, `${f} keeps EXIF`);
      assert.equal(meta.orientation, undefined, f);
    }
  });

  it("should apply the EXIF orientation before resizing: the red half is on top", async () => {
    const f = listTree(path.join(first.dist, "media")).find((n) =>
      /^phone\.\w+-640\.jpg$/.test(n),
    )!;
    const { data, info } = await sharp(path.join(first.dist, "media", f))
      .raw()
      .toBuffer({ resolveWithObject: true });
    assert.deepEqual([info.width, info.height], [640, 480]);
    const at = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3),
    ];
    assert.ok(at(320, 40)[0]! > 180 && at(320, 40)[2]! < 80, `top is ${at(320, 40)}`);
    assert.ok(at(320, 440)[2]! > 180 && at(320, 440)[0]! < 80, `bottom is ${at(320, 440)}`);
  });

  it("should never publish the original, nor any byte of its Artist or GPS fields", () => {
    for (const f of listTree(first.dist)) {
      const bytes = fs.readFileSync(path.join(first.dist, f));
      assert.ok(!bytes.equals(phone), `${f} is the original`);
      assert.ok(!bytes.includes(SECRETS.artist), `${f} holds the Artist field`);
      assert.ok(!bytes.includes(SECRETS.datum), `${f} holds the GPS block`);
    }
  });

  it("should crop cards to 16:9 and give og:image 1200×630 and JSON-LD 16:9, 4:3, 1:1", async () => {
    const card = html(first.dist, "index.html").querySelector(".card img")!;
    assert.deepEqual([card.getAttribute("width"), card.getAttribute("height")], ["960", "540"]);
    assert.match(card.getAttribute("src")!, /-16x9-top-960\.jpg$/);
    const page = html(first.dist, ARTICLE);
    const og = page.querySelector('meta[property="og:image"]')!.getAttribute("content")!;
    const ogMeta = await sharp(path.join(first.dist, new URL(og).pathname)).metadata();
    assert.deepEqual([ogMeta.width, ogMeta.height], [1200, 630]);
    const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text) as
      { image?: string[] } | { image?: string[] }[];
    const images = (Array.isArray(ld) ? ld : [ld]).find((o) => o.image)!.image!;
    const sizes = await Promise.all(
      images.map(async (u) => {
        const m = await sharp(path.join(first.dist, new URL(u).pathname)).metadata();
        return [m.width, m.height];
      }),
    );
    assert.deepEqual(sizes, [
      [1200, 675],
      [1200, 900],
      [1200, 1200],
    ]);
  });

  it("should warn W_IMAGE_SMALL at the image field of a hero under 1200 px, and still build", () => {
    assert.match(
      first.stderr,
      /articles\/b-small\.md:\d+:\d+ W_IMAGE_SMALL the hero image is 300 px wide/,
    );
  });

  it("should write byte-identical images from a cold cache, and make none from a warm one", () => {
    const again = build(root, "dist-b", path.join(root, "img-b"));
    assert.equal(
      treeHash(path.join(again.dist, "media")),
      treeHash(path.join(first.dist, "media")),
    );
    const made = (out: string) => Number(/images +\d+ images \((\d+) made/.exec(out)?.[1]);
    assert.ok(made(first.stdout + first.stderr) > 20);
    const warm = build(root, "dist-c", path.join(root, "img-a"));
    assert.equal(made(warm.stdout + warm.stderr), 0);
    assert.equal(treeHash(path.join(warm.dist, "media")), treeHash(path.join(first.dist, "media")));
  });
});

describe("photo warnings and edits", () => {
  it("should warn W_IMAGE_LARGE over 8 MB, and re-render the page when the photo changes", async () => {
    const root = tempDir("broadsheet-images-");
    writeTree(path.join(root, "content"), {
      "site.yaml": siteYaml(),
      "articles/a-story.md": article({}, "![A harbour](../media/harbour.jpg)\n"),
    });
    const photo = path.join(root, "content/media/harbour.jpg");
    fs.mkdirSync(path.dirname(photo));
    fs.writeFileSync(photo, await paddedJpeg(9 * 1024 * 1024, 400, 300));
    const one = build(root, "dist", path.join(root, "img"));
    assert.match(one.stderr, /media\/harbour\.jpg:1:1 W_IMAGE_LARGE the image file is 9\.\d MB/);
    const src = () =>
      html(one.dist, ARTICLE).querySelector(".article-body img")!.getAttribute("src");
    const before = src();
    fs.writeFileSync(photo, await flatJpeg(400, 300, "#aa3300"));
    const two = build(root, "dist", path.join(root, "img"));
    assert.doesNotMatch(two.stderr, /W_IMAGE_LARGE/);
    assert.notEqual(src(), before, "the page names the new photo's renditions");
    assert.ok(fs.existsSync(path.join(one.dist, src()!)));
    assert.ok(!fs.existsSync(path.join(one.dist, before!)), "the old renditions are gone");
  });
});

describe("author photos", () => {
  it("should show an author's photo as a 1:1 lazy picture on their page", async () => {
    const root = tempDir("broadsheet-images-");
    writeTree(path.join(root, "content"), {
      "site.yaml": siteYaml(),
      "authors.yaml": "li-ming:\n  name: Li Ming\n  photo: media/authors/li-ming.jpg\n",
      "articles/a-story.md": article({ authors: "[li-ming]" }),
    });
    const photo = path.join(root, "content/media/authors/li-ming.jpg");
    fs.mkdirSync(path.dirname(photo), { recursive: true });
    fs.writeFileSync(photo, await flatJpeg(600, 800, "#336699"));
    const { dist } = build(root, "dist", path.join(root, "img"));
    const img = html(dist, "authors/li-ming/index.html").querySelector("picture img.portrait")!;
    assert.equal(img.getAttribute("alt"), "Li Ming");
    assert.equal(img.getAttribute("loading"), "lazy");
    assert.deepEqual([img.getAttribute("width"), img.getAttribute("height")], ["480", "480"]);
    assert.match(img.getAttribute("src")!, /^\/media\/li-ming\.[0-9a-f]{12}-1x1-480\.jpg$/);
    const meta = await sharp(path.join(dist, img.getAttribute("src")!)).metadata();
    assert.deepEqual([meta.width, meta.height], [480, 480]);
  });
});
