// The minimal Hugo site of the benchmark: the bench page set (articles, home and tag pages at 20 a
// page, the tag index). Kept as strings (Go templates are not HTML that prettier can parse) and
// written out before a run; the content folder is passed to hugo with --contentDir.
import fs from "node:fs";
import path from "node:path";

/** Files of the Hugo site, by relative path. */
export const HUGO_SITE: Record<string, string> = {
  ".hugo_build.lock": "",
  "config.toml":
    '# A minimal Hugo site with the bench page set: articles, home and tag pages at 20 a page, the tag index.\n# The content folder is passed on the command line (--contentDir /tmp/bench-corpus-N/articles).\nbaseURL = "https://bench.example.org/"\ntitle = "Bench Daily"\ntimeZone = "Asia/Shanghai"\ndisableKinds = ["RSS", "sitemap", "robotsTXT", "section", "404"]\npaginate = 20\n[taxonomies]\n  tag = "tags"\n[markup.goldmark.renderer]\n  unsafe = false\n',
  "layouts/_default/baseof.html":
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>\n<body><header><a href="{{ "/" | relURL }}">Bench Daily</a> <a href="{{ "/tags/" | relURL }}">Tags</a></header>\n{{ block "main" . }}{{ end }}</body></html>\n',
  "layouts/_default/list.html":
    '{{ define "main" }}<h1>{{ .Title }}</h1>{{ $p := .Paginate .Pages }}<ul>{{ range $p.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>\n{{ with $p.Next }}<a rel="next" href="{{ .URL }}">Older</a>{{ end }}{{ end }}\n',
  "layouts/_default/single.html":
    '{{ define "main" }}<article><h1>{{ .Title }}</h1>\n<time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "2 January 2006, 15:04" }}</time>\n<ul>{{ range .Params.tags }}<li><a href="{{ "/tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul>\n{{ .Content }}</article>{{ end }}\n',
  "layouts/_default/terms.html":
    '{{ define "main" }}<h1>Tags</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}\n',
  "layouts/index.html":
    '{{ define "main" }}{{ $p := .Paginate .Site.RegularPages }}<ul>{{ range $p.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>\n{{ with $p.Next }}<a rel="next" href="{{ .URL }}">Older</a>{{ end }}{{ end }}\n',
};

/** Writes the Hugo site into `dir`. */
export function writeHugoSite(dir: string): void {
  for (const [rel, text] of Object.entries(HUGO_SITE)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
}
