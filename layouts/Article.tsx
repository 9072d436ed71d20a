// The article page: byline, corrections, hero figure, body, tags, related articles and comments.
import type { VNode } from "preact";
import type { ArticleView } from "../src/collect/articles.ts";
import { Base } from "./Base.tsx";
import { stringsFor } from "../src/strings.ts";
import { ArticleNav } from "./components/ArticleNav.tsx";
import { Banner } from "./components/Banner.tsx";
import { Breadcrumbs } from "./components/Breadcrumbs.tsx";
import { Byline } from "./components/Byline.tsx";
import { Comments } from "./components/Comments.tsx";
import { Corrections } from "./components/Corrections.tsx";
import { Figure } from "./components/Figure.tsx";
import { RawHtml } from "./components/RawHtml.tsx";
import { RelatedList } from "./components/RelatedList.tsx";
import { TagList } from "./components/TagList.tsx";

/** Breadcrumbs, the `<article>` (headline, byline, hero, body, tags), prev/next and comments. */
export function ArticleLayout(props: { view: ArticleView }): VNode {
  const { view } = props;
  const s = stringsFor(view.chrome.lang);
  return (
    <Base chrome={view.chrome}>
      {view.draft && <Banner kind="draft" text={s.draftBanner} />}
      {view.pending && (
        <Banner kind="pending" text={s.pendingBanner(view.liveAt?.display ?? view.date.display)} />
      )}
      <Breadcrumbs label={s.breadcrumb} homeLabel={s.home} items={view.breadcrumbs} />
      <article class="article">
        <header class="article-header">
          <h1>{view.title}</h1>
          {view.summary && <p class="summary">{view.summary}</p>}
          <Byline
            s={s}
            authors={view.authors}
            date={view.date}
            updated={view.updated}
            readingMinutes={view.readingMinutes}
          />
        </header>
        <Corrections s={s} items={view.corrections} />
        {view.image && <Figure image={view.image} loading="eager" />}
        <RawHtml class="article-body" html={view.bodyHtml} />
        <TagList label={s.tags} tags={view.tags} />
      </article>
      <ArticleNav s={s} prev={view.prev} next={view.next} />
      <RelatedList label={s.related} items={view.related} />
      <Comments s={s} notice={view.commentsNotice} />
    </Base>
  );
}
