// The naive baseline a cold build is compared with (bench/RESULTS.md): read + gray-matter +
// remark-parse + remark-gfm + remark-html + write, one thread, no templates.
// Usage: node --import tsx bench/naive.ts <content dir> <out dir>
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import remarkParse from "remark-parse";
import { unified } from "unified";

const [contentDir, outDir] = process.argv.slice(2);
if (!contentDir || !outDir) throw new Error("usage: naive.ts <content dir> <out dir>");
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkHtml).freeze();
const articles = path.join(contentDir, "articles");
const files = fs
  .readdirSync(articles, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".md"))
  .sort();
fs.rmSync(outDir, { recursive: true, force: true });
for (const f of files) {
  const { content, data } = matter(fs.readFileSync(path.join(articles, f), "utf8"), {});
  const html = String(processor.processSync(content));
  const out = path.join(outDir, f.replace(/\.md$/, ""), "index.html");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `<h1>${String(data.title)}</h1>\n${html}`);
}
process.stdout.write(`${files.length} pages\n`);
