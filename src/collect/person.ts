// An author page's header: who they are, besides the name (the heading) and the bio (the intro).
import type { Lang } from "../routes.ts";
import type { AuthorInfo } from "./authors.ts";
import type { ImageView } from "./cards.ts";
import type { SiteContext } from "./context.ts";
import { portraitView } from "./images.ts";
import { localText } from "./local-text.ts";

/** An author page's header: role, own page and photo. */
export interface PersonView {
  role?: string;
  url?: string;
  image?: ImageView;
}

/** The header of `author`'s page in `lang` (`name` already in that language, for the photo's alt). */
export function personView(
  ctx: SiteContext,
  lang: Lang,
  author: AuthorInfo,
  name: string,
): PersonView {
  const role = localText(author.role, lang, ctx.defaultLang);
  return {
    ...(role ? { role } : {}),
    ...(author.url !== undefined ? { url: author.url } : {}),
    ...(author.portrait ? { image: portraitView(ctx, author.portrait, name) } : {}),
  };
}
