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
  /** Precedes a photo credit: "Photo: " / "摄影：". */
  photoCredit: string;
  /** Heading of the side rail's earlier stories of the article's section. */
  earlierInSection: string;
  /** The share block's heading, its Web Share button and each target's label. */
  share: string;
  shareNative: string;
  shareEmail: string;
  /** The QR code's caption (WeChat scans it). */
  shareQr: string;
  /** The button that loads the comments provider, and what it says about loading it. */
  showComments: string;
  commentsConsent: (provider: string) => string;
  /** The comments section without a provider and without a notice. */
  commentsClosed: string;
  /** The theme toggle's label. */
  darkMode: string;
  /** Footer headings. */
  feeds: string;
  /** A tag or author page's count line: "12 articles" is `articleCount`. */
  topic: string;
  /** An author page's link to their own site. */
  authorSite: string;
  /** The 404's list of the newest stories. */
  latestHeadlines: string;
  /** The card flag of an updated story. */
  updatedFlag: string;
  /** "All rights reserved" after the copyright. */
  rights: string;
  /** The search page's title and button. */
  search: string;
  /** The search box's label. */
  searchLabel: string;
  /** The search page without JavaScript, before its links to the archives and tags. */
  searchNoScript: string;
  /** Result counts for the search page's script: `{n}` is the number. */
  searchCountOne: string;
  searchCountMany: string;
  /** No result: `{q}` is the query. */
  searchNone: string;
  searchLoading: string;
  searchFailed: string;
  /** Labels of the filters and the sort order of the search page. */
  searchFilters: string;
  searchSection: string;
  searchTag: string;
  searchAuthor: string;
  searchYear: string;
  /** The "no filter" choice of a filter. */
  searchAny: string;
  searchSort: string;
  searchSortRelevance: string;
  searchSortDate: string;
  searchMore: string;
  /** Heading of the search page's links to the year archives. */
  archives: string;
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
    photoCredit: "Photo: ",
    earlierInSection: "Earlier in this section",
    share: "Share",
    shareNative: "Share…",
    shareEmail: "Email",
    shareQr: "Scan to read on your phone (WeChat)",
    showComments: "Show comments",
    commentsConsent: (provider) =>
      `Comments are hosted by ${provider}; they load only when you ask.`,
    commentsClosed: "Comments are not open on this article.",
    darkMode: "Dark mode",
    feeds: "Feeds",
    topic: "Topic",
    authorSite: "Website",
    latestHeadlines: "Latest headlines",
    updatedFlag: "Updated",
    rights: "All rights reserved.",
    search: "Search",
    searchLabel: "Search the articles",
    searchNoScript:
      "Search runs in your browser and needs JavaScript, which is off. Browse the archives and tags instead:",
    searchCountOne: "1 result",
    searchCountMany: "{n} results",
    searchNone: "No articles match “{q}”.",
    searchLoading: "Searching…",
    searchFailed: "Search is not available right now.",
    searchFilters: "Filter the results",
    searchSection: "Section",
    searchTag: "Tag",
    searchAuthor: "Author",
    searchYear: "Year",
    searchAny: "Any",
    searchSort: "Sort by",
    searchSortRelevance: "Relevance",
    searchSortDate: "Newest first",
    searchMore: "More results",
    archives: "Archives",
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
    photoCredit: "摄影：",
    earlierInSection: "本栏目较早文章",
    share: "分享",
    shareNative: "分享…",
    shareEmail: "电子邮件",
    shareQr: "微信扫码在手机上阅读",
    showComments: "显示评论",
    commentsConsent: (provider) => `评论由 ${provider} 提供，只有在您点击后才会加载。`,
    commentsClosed: "本文暂不开放评论。",
    darkMode: "深色模式",
    feeds: "订阅源",
    topic: "话题",
    authorSite: "个人网站",
    latestHeadlines: "最新标题",
    updatedFlag: "已更新",
    rights: "版权所有。",
    search: "搜索",
    searchLabel: "搜索文章",
    searchNoScript: "搜索在浏览器中运行，需要 JavaScript，而它已被关闭。请浏览归档和标签：",
    searchCountOne: "找到 1 篇文章",
    searchCountMany: "找到 {n} 篇文章",
    searchNone: "没有与“{q}”匹配的文章。",
    searchLoading: "正在搜索…",
    searchFailed: "搜索暂时不可用。",
    searchFilters: "筛选结果",
    searchSection: "栏目",
    searchTag: "标签",
    searchAuthor: "作者",
    searchYear: "年份",
    searchAny: "全部",
    searchSort: "排序",
    searchSortRelevance: "相关度",
    searchSortDate: "最新优先",
    searchMore: "更多结果",
    archives: "归档",
  },
} satisfies Record<Lang, Strings>;

/** The UI strings of one language. */
export function stringsFor(lang: Lang): Strings {
  return STRINGS[lang];
}
