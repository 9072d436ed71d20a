// The QR code of an article's URL for WeChat, drawn while its page renders (`qr` by Paul Miller: a
// tenth of qrcode-generator's time, whose mask search was a fifth of a cold render; the only input
// is our own URL): a page carried over or restored from the cache never pays for it.
import { encodeQR } from "qr";

/** A QR code as an SVG path of dark modules, on a `size`×`size` grid (quiet zone included). */
export interface QrView {
  size: number;
  path: string;
}

const QUIET = 2;

/** The QR code of `text` (error correction M, byte mode, smallest version that fits, the best mask). */
export function qrOf(text: string): QrView {
  const grid = encodeQR(text, "raw", { ecc: "medium", encoding: "byte", border: QUIET });
  const n = grid.length;
  let path = "";
  for (let r = 0; r < n; r++) {
    const row = grid[r]!;
    for (let c = 0; c < n; c++) {
      if (!row[c]) continue;
      let w = 1;
      while (c + w < n && row[c + w]) w++;
      path += `M${c} ${r}h${w}v1h-${w}z`;
      c += w - 1;
    }
  }
  return { size: n, path };
}
