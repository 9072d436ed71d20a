// Share links that load nothing from third parties (plain URLs); the layout draws the QR code of
// `url` (layouts/components/qr-code.ts) only for the pages it renders.
import type { Lang } from "../routes.ts";

/** One share target: a plain link the reader's browser opens, nothing loaded before the click. */
export interface ShareLink {
  /** `email`, `x`, `facebook`, `weibo`, `linkedin`: the layout's label and icon. */
  kind: "email" | "x" | "facebook" | "weibo" | "linkedin";
  href: string;
}

/** An article's share block: its URL (for the Web Share API and the QR code), title and links. */
export interface ShareView {
  url: string;
  title: string;
  links: ShareLink[];
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
  return { url, title, links };
}
