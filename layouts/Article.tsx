// The article page: headline, byline, hero, body, tags, share, prev/next, comments and a side rail.
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
import { ShareBlock } from "./components/ShareBlock.tsx";
import { TagList } from "./components/TagList.tsx";
import { smartText } from "./components/smart-text.ts";
import { WordBreaks } from "./components/WordBreaks.tsx";

/**
 * Breadcrumbs, then a grid: the `<article>` (kicker, headline, standfirst, byline, hero, body, tags),
 * share, prev/next and comments in the main column; related and earlier stories in the side rail.
 */
export function ArticleLayout(props: { view: ArticleView }): VNode {
  const { view } = props;
  const lang = view.chrome.lang;
  const s = stringsFor(lang);
  const section = view.breadcrumbs[1] ?? view.breadcrumbs[0]!;
  return (
    <Base chrome={view.chrome}>
      {view.draft && <Banner kind="draft" text={s.draftBanner} />}
      {view.pending && (
        <Banner kind="pending" text={s.pendingBanner(view.liveAt?.display ?? view.date.display)} />
      )}
      <Breadcrumbs label={s.breadcrumb} homeLabel={s.home} items={view.breadcrumbs} />
      <div class="article-page">
        <article class="article">
          <header class="article-header">
            <p class="kicker">
              <a href={section.href}>{section.label}</a>
            </p>
            <h1>
              <WordBreaks text={view.title} />
            </h1>
            {view.summary && <p class="standfirst">{smartText(view.summary)}</p>}
            <Byline
              s={s}
              authors={view.authors}
              date={view.date}
              updated={view.updated}
              readingMinutes={view.readingMinutes}
            />
            <p class="print-url">{view.chrome.canonical}</p>
          </header>
          <Corrections s={s} items={view.corrections} />
          {view.image && <Figure image={view.image} creditLabel={s.photoCredit} />}
          <RawHtml class="article-body" html={view.body.html()} />
          <TagList label={s.tags} tags={view.tags} />
        </article>
        <div class="article-after">
          <ShareBlock s={s} share={view.share} />
          <ArticleNav s={s} prev={view.prev} next={view.next} />
          <Comments s={s} notice={view.commentsNotice} embed={view.comments} />
        </div>
        <aside class="rail" aria-label={s.related}>
          <RelatedList
            label={s.related}
            items={view.rail.related}
            pageLang={lang}
            id="related-title"
          />
          <RelatedList
            label={s.earlierInSection}
            items={view.rail.earlier}
            pageLang={lang}
            id="earlier-title"
            class="earlier"
          />
        </aside>
      </div>
    </Base>
  );
}
