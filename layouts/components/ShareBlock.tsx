// Share links as plain URLs (nothing loads from a third party), a Web Share button and a QR code.
import type { VNode } from "preact";
import type { ShareLink, ShareView } from "../../src/collect/share.ts";
import type { Strings } from "../../src/strings.ts";
import { qrOf } from "./qr-code.ts";

const NAMES: Record<ShareLink["kind"], string> = {
  email: "",
  x: "X",
  facebook: "Facebook",
  weibo: "微博 Weibo",
  linkedin: "LinkedIn",
};

/**
 * `<aside class="share">`: the Web Share button (`data-share-*`, shown under the head script's
 * `can-share` class where the browser has `navigator.share`; `site.js` calls it), one link per
 * target, and the article URL's QR code as inline SVG.
 */
export function ShareBlock(props: { s: Strings; share: ShareView }): VNode {
  const { s, share } = props;
  const qr = qrOf(share.url);
  return (
    <aside class="share" aria-labelledby="share-title">
      <h2 id="share-title">{s.share}</h2>
      <button
        type="button"
        class="share-native"
        data-share-url={share.url}
        data-share-title={share.title}
      >
        {s.shareNative}
      </button>
      <ul class="share-links">
        {share.links.map((l) => (
          <li key={l.kind}>
            <a
              class={`share-${l.kind}`}
              href={l.href}
              rel="noopener noreferrer"
              target={l.kind === "email" ? undefined : "_blank"}
            >
              {l.kind === "email" ? s.shareEmail : NAMES[l.kind]}
            </a>
          </li>
        ))}
      </ul>
      <figure class="share-qr">
        <svg
          viewBox={`0 0 ${qr.size} ${qr.size}`}
          width="112"
          height="112"
          role="img"
          aria-label={s.shareQr}
          shape-rendering="crispEdges"
        >
          <rect width={qr.size} height={qr.size} fill="#fff" />
          <path d={qr.path} fill="#000" />
        </svg>
        <figcaption>{s.shareQr}</figcaption>
      </figure>
    </aside>
  );
}
