// The comments section: a quiet note without a provider; with one, a button that loads it on click.
import type { VNode } from "preact";
import type { CommentsEmbed } from "../../src/collect/comments-embed.ts";
import type { Strings } from "../../src/strings.ts";

const PROVIDER_NAMES: Record<CommentsEmbed["provider"], string> = {
  giscus: "giscus",
  remark42: "Remark42",
  coral: "Coral",
};

/**
 * `<section aria-labelledby="comments-title"><h2>Comments</h2>…`: the site's notice (or a one-line
 * "not open" note); with a provider, a button (shown under the head script's `js` class, so never
 * without JavaScript) whose `data-*` settings `site.js` hands the provider, and the box it fills.
 */
export function Comments(props: { s: Strings; notice: string; embed?: CommentsEmbed }): VNode {
  const { s, embed } = props;
  const data: Record<string, string> = {};
  for (const [k, v] of Object.entries(embed?.data ?? {})) data[`data-${k}`] = v;
  return (
    <section
      class={embed ? "comments" : "comments comments-closed"}
      aria-labelledby="comments-title"
    >
      <h2 id="comments-title">{s.comments}</h2>
      <p class="comments-note">{props.notice || (embed ? "" : s.commentsClosed)}</p>
      {embed && (
        <>
          <p class="comments-consent">{s.commentsConsent(PROVIDER_NAMES[embed.provider])}</p>
          <button
            type="button"
            class="comments-load"
            data-provider={embed.provider}
            data-src={embed.src}
            {...data}
          >
            {s.showComments}
          </button>
          <div class="comments-thread" id="comments-thread" />
        </>
      )}
    </section>
  );
}
