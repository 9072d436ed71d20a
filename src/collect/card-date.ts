// The one short date of a card and the date line of a front: per edition, no zone suffix.
import type { Stamp } from "../content/values.ts";
import type { Lang } from "../routes.ts";

const MONTHS_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");
const MONTHS_LONG =
  "January February March April May June July August September October November December".split(
    " ",
  );
const DAYS_EN = "Sunday Monday Tuesday Wednesday Thursday Friday Saturday".split(" ");
const DAYS_ZH = "日一二三四五六";

/** `2023-05-13` (in the site zone) → year, month, day numbers. */
function ymdParts(ymd: string): [number, number, number] {
  const [y, m, d] = ymd.split("-").map(Number);
  return [y!, m!, d!];
}

/** A card's date in the site zone: `13 May 2023` / `2023年5月13日` (the zone stays in the byline). */
export function cardDate(stamp: Stamp, lang: Lang): string {
  const [y, m, d] = ymdParts(stamp.ymd);
  return lang === "zh" ? `${y}年${m}月${d}日` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** A front's date line from the build clock: `Friday 4 December 2026` / `2026年12月4日 星期五`. */
export function dateLine(now: Stamp, lang: Lang): string {
  const [y, m, d] = ymdParts(now.ymd);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return lang === "zh"
    ? `${y}年${m}月${d}日 星期${DAYS_ZH[weekday]}`
    : `${DAYS_EN[weekday]} ${d} ${MONTHS_LONG[m - 1]} ${y}`;
}
