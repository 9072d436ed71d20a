// A link as the layouts show it.
import type { Lang } from "../routes.ts";

/** A link as layouts show it. */
export interface Link {
  href: string;
  label: string;
  /** Marks the link to the current page (`aria-current="page"`). */
  current?: boolean;
  /** The language of the target when it differs from the page's (`hreflang`). */
  lang?: Lang;
}
