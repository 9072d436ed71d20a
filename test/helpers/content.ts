// Content-stage fixtures: a loaded file from text or bytes, and the smallest valid site.yaml.
import type { SourceFile } from "../../src/content/load.ts";

/** A file as the loader hands it on: content-relative path, display path under `content/`, bytes. */
export function sourceFile(p: string, text: string | Uint8Array = new Uint8Array()): SourceFile {
  return {
    path: p,
    displayPath: `content/${p}`,
    bytes: typeof text === "string" ? new TextEncoder().encode(text) : text,
  };
}

/** The smallest valid bilingual site.yaml (one section). */
export const MINIMAL_SITE_YAML = [
  'title: { en: "Mountain City Daily", zh: "山城日报" }',
  "baseUrl: https://news.example.org",
  "timeZone: Asia/Shanghai",
  "languages: [en, zh]",
  "sections:",
  "  - { id: news, title: { en: News, zh: 新闻 } }",
].join("\n");
