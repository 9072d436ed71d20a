// Titles of the generated pages that have no title in the content (they appear in <title>).
import type { Lang } from "../routes.ts";

/** Page titles per language; the UI words of the layouts live in layouts/strings.ts. */
export const PAGE_TITLES: Record<
  Lang,
  {
    tags: string;
    notFound: string;
    /** The first breadcrumb (visible and in BreadcrumbList JSON-LD). */
    home: string;
    /** Year and month archive headings. */
    year: (y: string) => string;
    month: (y: string, m: string) => string;
  }
> = {
  en: {
    tags: "All tags",
    notFound: "Page not found",
    home: "Home",
    year: (y) => `Archive ${y}`,
    month: (y, m) =>
      `${["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][Number(m) - 1]} ${y}`,
  },
  zh: {
    tags: "全部标签",
    notFound: "页面未找到",
    home: "首页",
    year: (y) => `${y}年归档`,
    month: (y, m) => `${y}年${Number(m)}月`,
  },
};
