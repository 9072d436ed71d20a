// The QR code of an article's URL for WeChat, drawn while its page renders (qrcode-generator; the
// only input is our own URL): a page carried over or restored from the cache never pays for it.
import qrcode from "qrcode-generator";

/** A QR code as an SVG path of dark modules, on a `size`×`size` grid (quiet zone included). */
export interface QrView {
  size: number;
  path: string;
}

const QUIET = 2;

/** The QR code of `text` (error correction M, smallest version that fits, the best mask). */
export function qrOf(text: string): QrView {
  const qr = qrcode(0, "M");
  qr.addData(text, "Byte");
  qr.make();
  const n = qr.getModuleCount();
  let path = "";
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (!qr.isDark(r, c)) continue;
      let w = 1;
      while (c + w < n && qr.isDark(r, c + w)) w++;
      path += `M${c + QUIET} ${r + QUIET}h${w}v1h-${w}z`;
      c += w - 1;
    }
  }
  return { size: n + 2 * QUIET, path };
}
