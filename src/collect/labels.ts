// Titles of the generated pages that have no title in the content (they appear in <title>).
import type { Lang } from "../types.ts";

/** Page titles per language; the UI words of the layouts live in layouts/strings.ts. */
export const PAGE_TITLES: Record<Lang, { tags: string; notFound: string }> = {
  en: { tags: "All tags", notFound: "Page not found" },
  zh: { tags: "全部标签", notFound: "页面未找到" },
};
