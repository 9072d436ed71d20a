// Share links that load nothing from third parties (plain URLs), and a QR code of the article URL for
// WeChat, drawn at build time as one SVG path (qrcode-generator; the only input is our own URL).
import qrcode from "qrcode-generator";
import type { Lang } from "../routes.ts";

/** One share target: a plain link the reader's browser opens, nothing loaded before the click. */
export interface ShareLink {
  /** `email`, `x`, `facebook`, `weibo`, `linkedin`: the layout's label and icon. */
  kind: "email" | "x" | "facebook" | "weibo" | "linkedin";
  href: string;
}

/** A QR code as an SVG path of dark modules, on a `size`×`size` grid (quiet zone included). */
export interface QrView {
  size: number;
  path: string;
}

/** An article's share block: its URL and title (for the Web Share API), links and QR code. */
export interface ShareView {
  url: string;
  title: string;
  links: ShareLink[];
  qr: QrView;
}

const QUIET = 2;

/** The QR code of `text` (error correction M, smallest version that fits). */
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

/** The share block of an article at absolute `url` with `title`; Weibo first for Chinese. */
export function shareOf(url: string, title: string, lang: Lang): ShareView {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const links: ShareLink[] = [
    { kind: "email", href: `mailto:?subject=${t}&body=${u}` },
    { kind: "x", href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { kind: "facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { kind: "weibo", href: `https://service.weibo.com/share/share.php?url=${u}&title=${t}` },
    { kind: "linkedin", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
  ];
  if (lang === "zh") links.unshift(...links.splice(3, 1));
  return { url, title, links, qr: qrOf(url) };
}
