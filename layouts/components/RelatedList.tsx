// The article's side rail lists: related articles and earlier stories of its section, as cards.
import type { VNode } from "preact";
import type { ArticleCard } from "../../src/collect/cards.ts";
import type { Lang } from "../../src/routes.ts";
import { CardList } from "./CardList.tsx";

/** `<section class="{class}" aria-labelledby>` with a heading and compact cards; nothing when empty. */
export function RelatedList(props: {
  label: string;
  items: ArticleCard[];
  pageLang: Lang;
  id: string;
  class?: string;
}): VNode | null {
  if (props.items.length === 0) return null;
  return (
    <section class={props.class ?? "related"} aria-labelledby={props.id}>
      <h2 id={props.id}>{props.label}</h2>
      <CardList cards={props.items} pageLang={props.pageLang} heading="h3" size="standard" />
    </section>
  );
}
