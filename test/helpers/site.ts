// Small content trees for build tests: a valid site.yaml and article front matter to vary.
/** A minimal valid site.yaml (en default + zh), with an optional base path. */
export function siteYaml(
  opts: { baseUrl?: string; pageSize?: number; slugStyle?: string } = {},
): string {
  return `title: { en: "Test Daily", zh: "测试日报" }
baseUrl: ${opts.baseUrl ?? "https://news.example.org/"}
timeZone: Asia/Shanghai
languages: [en, zh]
sections:
  - { id: news, title: { en: News, zh: 新闻 } }
  - { id: tech, title: { en: Technology, zh: 科技 } }
pageSize: ${opts.pageSize ?? 20}
slugStyle: ${opts.slugStyle ?? "pinyin"}
commentsNotice: { en: "Comments are checked for spam.", zh: "评论经过垃圾过滤。" }
`;
}

/** An article file with the given front-matter lines (title/date/section defaults) and body. */
export function article(fm: Record<string, string> = {}, body = "A paragraph of news.\n"): string {
  const fields = { title: '"A story"', date: "2023-05-13 02:08:25", section: "news", ...fm };
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== "")
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join("\n")}\n---\n${body}`;
}
