// The site's own words, one typed table per language, read by the layouts and by collect (page
// titles, breadcrumbs, archive headings). Section titles, tag labels and the comments notice come
// from the content; only the interface's own words live here.
import type { Lang } from "./routes.ts";

/** Every UI word a layout shows; a key missing from one language is a type error. */
export interface Strings {
  home: string;
  skipToContent: string;
  breadcrumb: string;
  sections: string;
  language: string;
  footer: string;
  published: string;
  updated: string;
  /** Precedes the author names, spacing included: "By " / "作者：". */
  by: string;
  /** Joins author names: ", " / "、". */
  listSeparator: string;
  tags: string;
  comments: string;
  articleNav: string;
  previous: string;
  next: string;
  pagination: string;
  newer: string;
  older: string;
  allTags: string;
  correction: string;
  corrections: string;
  draftBanner: string;
  /** The banner of a scheduled article in a preview, with when it goes live (a byline time). */
  pendingBanner: (liveAt: string) => string;
  previewBanner: string;
  notFoundTitle: string;
  notFoundText: string;
  backHome: string;
  latest: string;
  leadStory: string;
  inThisSection: string;
  /** A year archive's heading: "Archive 2023" / "2023年归档". */
  archiveYear: (y: string) => string;
  /** A month archive's heading: "May 2023" / "2023年5月". */
  archiveMonth: (y: string, m: string) => string;
  /** "Page 2 of 10" / "第 2 页，共 10 页". */
  pageOf: (current: number, total: number) => string;
  /** "1 article", "5 articles" / "5 篇文章". */
  articleCount: (n: number) => string;
  /** "8 min read" / "阅读约 8 分钟". */
  readingTime: (minutes: number) => string;
  related: string;
  /** Label of a list's feed links. */
  subscribe: string;
  months: string;
  /** Text of the page left at an old URL, before the link to the new one. */
  movedTo: string;
}

const MONTHS_EN =
  "January February March April May June July August September October November December".split(
    " ",
  );

/** The UI strings per language. */
export const STRINGS = {
  en: {
    home: "Home",
    archiveYear: (y) => `Archive ${y}`,
    archiveMonth: (y, m) => `${MONTHS_EN[Number(m) - 1]} ${y}`,
    skipToContent: "Skip to content",
    breadcrumb: "Breadcrumb",
    sections: "Sections",
    language: "Language",
    footer: "Site",
    published: "Published",
    updated: "Updated",
    by: "By ",
    listSeparator: ", ",
    tags: "Tags",
    comments: "Comments",
    articleNav: "More in this section",
    previous: "Previous",
    next: "Next",
    pagination: "Pagination",
    newer: "Newer",
    older: "Older",
    allTags: "All tags",
    correction: "Correction",
    corrections: "Corrections",
    draftBanner: "Draft: this article is not published.",
    pendingBanner: (at) => `Scheduled: this article goes live on ${at}.`,
    previewBanner: "Preview build: not for publication.",
    notFoundTitle: "Page not found",
    notFoundText: "The page you asked for does not exist or has moved.",
    backHome: "Go to the home page",
    latest: "Latest",
    leadStory: "Lead story",
    inThisSection: "In this section",
    pageOf: (current, total) => `Page ${current} of ${total}`,
    articleCount: (n) => `${n} ${n === 1 ? "article" : "articles"}`,
    readingTime: (minutes) => `${minutes} min read`,
    related: "Related articles",
    subscribe: "Subscribe",
    months: "Months",
    movedTo: "This article has moved to",
  },
  zh: {
    home: "首页",
    archiveYear: (y) => `${y}年归档`,
    archiveMonth: (y, m) => `${y}年${Number(m)}月`,
    skipToContent: "跳到正文",
    breadcrumb: "面包屑导航",
    sections: "栏目",
    language: "语言",
    footer: "网站",
    published: "发布于",
    updated: "更新于",
    by: "作者：",
    listSeparator: "、",
    tags: "标签",
    comments: "评论",
    articleNav: "本栏目更多文章",
    previous: "上一篇",
    next: "下一篇",
    pagination: "分页",
    newer: "较新",
    older: "较早",
    allTags: "全部标签",
    correction: "更正",
    corrections: "更正",
    draftBanner: "草稿：本文尚未发布。",
    pendingBanner: (at) => `定时发布：本文将于${at}发布。`,
    previewBanner: "预览版本：请勿发布。",
    notFoundTitle: "页面未找到",
    notFoundText: "您要找的页面不存在或已移动。",
    backHome: "返回首页",
    latest: "最新",
    leadStory: "头条",
    inThisSection: "本栏目",
    pageOf: (current, total) => `第 ${current} 页，共 ${total} 页`,
    articleCount: (n) => `${n} 篇文章`,
    readingTime: (minutes) => `阅读约 ${minutes} 分钟`,
    related: "相关文章",
    subscribe: "订阅",
    months: "月份",
    movedTo: "本文已移至",
  },
} satisfies Record<Lang, Strings>;

/** The UI strings of one language. */
export function stringsFor(lang: Lang): Strings {
  return STRINGS[lang];
}
