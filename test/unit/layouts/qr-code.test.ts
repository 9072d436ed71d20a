// Tests for layouts/components/qr-code.ts: the QR code drawn while an article page renders.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import qrcode from "qrcode-generator";
import { qrOf } from "../../../layouts/components/qr-code.ts";

const URL_ = "https://news.example.org/news/2023/05/cq-hk/";

describe("qrOf", () => {
  it("should draw exactly the library's dark modules, offset by a two-module quiet zone", () => {
    const qr = qrOf(URL_);
    const ref = qrcode(0, "M");
    ref.addData(URL_, "Byte");
    ref.make();
    const n = ref.getModuleCount();
    assert.equal(qr.size, n + 4);
    const dark = new Set<string>();
    for (const m of qr.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
      for (let i = 0; i < Number(m[3]); i++)
        dark.add(`${Number(m[2]) - 2},${Number(m[1]) - 2 + i}`);
    }
    assert.match(qr.path, /^(M\d+ \d+h\d+v1h-\d+z)+$/);
    for (let r = 0; r < n; r++)
      for (let c = 0; c < n; c++)
        assert.equal(dark.has(`${r},${c}`), ref.isDark(r, c), `${r},${c}`);
  });
});
