// Reads front-matter dates in the site's time zone and formats them for bylines.
import { DateTime, Settings } from "luxon";
import type { Stamp } from "./values.ts";
import type { Lang } from "../routes.ts";

// Note: Luxon takes digits and calendar from the process locale (`hi-IN-u-nu-deva` would put
// Devanagari digits into URLs, `th-TH` a Buddhist year); output must not depend on the machine.
Settings.defaultLocale = "en-US";
Settings.defaultNumberingSystem = "latn";
Settings.defaultOutputCalendar = "gregory";

const DATE_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** The outcome of reading one date field: a stamp, or a problem with a code and hint. */
export type DateResult =
  | { ok: true; stamp: Stamp }
  | {
      ok: false;
      code: "E_DATE_INVALID" | "E_DATE_AMBIGUOUS" | "E_DATE_NO_TZ";
      message: string;
      hint: string;
    };

/** Whether `zone` is an IANA zone Luxon can use. */
export function isValidZone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid;
}

/**
 * Parses a front-matter date (`YYYY-MM-DD`, `YYYY-MM-DD hh:mm[:ss]`, `T` or space, optional offset).
 * A naive value is wall-clock time in `zone`. Checked by round trip: no roll-over (`2023-02-30`).
 * Note: YAML timestamps are kept as strings (FAILSAFE) so they never become UTC Dates.
 */
export function parseContentDate(raw: string, zone: string | undefined, lang: Lang): DateResult {
  const text = raw.trim();
  const m = DATE_RE.exec(text);
  const hint = `use YYYY-MM-DD or YYYY-MM-DD hh:mm:ss${zone ? ` in the site time zone (${zone})` : ""}, optionally with an offset like +08:00`;
  if (!m) return { ok: false, code: "E_DATE_INVALID", message: `"${raw}" is not a date`, hint };
  const [, y, mo, d, h, mi, s, off] = m;
  const dateOnly = h === undefined;
  const parts = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: h === undefined ? 0 : Number(h),
    minute: mi === undefined ? 0 : Number(mi),
    second: s === undefined ? 0 : Number(s),
  };
  if (off === undefined && !zone) {
    return {
      ok: false,
      code: "E_DATE_NO_TZ",
      message: `"${raw}" has no offset and site.yaml has no timeZone`,
      hint: "set timeZone in site.yaml (e.g. Asia/Shanghai) or write an offset like +08:00",
    };
  }
  const srcZone = off === undefined ? zone! : off === "Z" ? "UTC" : `UTC${normaliseOffset(off)}`;
  const dt = DateTime.fromObject(parts, { zone: srcZone });
  const roundTrip =
    dt.isValid &&
    dt.year === parts.year &&
    dt.month === parts.month &&
    dt.day === parts.day &&
    dt.hour === parts.hour &&
    dt.minute === parts.minute &&
    dt.second === parts.second;
  if (!roundTrip) {
    const realDay = DateTime.fromObject({
      year: parts.year,
      month: parts.month,
      day: parts.day,
    }).isValid;
    return {
      ok: false,
      code: "E_DATE_INVALID",
      message: realDay
        ? `"${raw}" does not exist in ${srcZone} (a clock change skips it)`
        : `"${raw}" is not a real day`,
      hint,
    };
  }
  const shown = zone ? dt.setZone(zone) : dt;
  return { ok: true, stamp: makeStamp(shown, lang, dateOnly) };
}

function normaliseOffset(off: string): string {
  return off.includes(":") ? off : `${off.slice(0, 3)}:${off.slice(3)}`;
}

/** Builds a `Stamp` from an instant already set to the display zone. */
export function makeStamp(dt: DateTime, lang: Lang, dateOnly: boolean): Stamp {
  return {
    iso: dt.toISO({ suppressMilliseconds: true, includeOffset: true }) ?? "",
    ms: dt.toMillis(),
    dateOnly,
    display: formatByline(dt, lang, dateOnly),
    ymd: dt.toFormat("yyyy-MM-dd"),
  };
}

/** Formats a byline time: `2023年5月13日 02:08` (zh) or `13 May 2023, 02:08 (UTC+8)` (en). */
export function formatByline(dt: DateTime, lang: Lang, dateOnly: boolean): string {
  if (lang === "zh") {
    const day = `${dt.year}年${dt.month}月${dt.day}日`;
    return dateOnly ? day : `${day} ${dt.toFormat("HH:mm")}`;
  }
  const day = dt.setLocale("en-GB").toFormat("d LLLL yyyy");
  if (dateOnly) return day;
  const off = dt.offset;
  const sign = off < 0 ? "-" : "+";
  const abs = Math.abs(off);
  const utc = `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, "0")}` : ""}`;
  return `${day}, ${dt.toFormat("HH:mm")} (${utc})`;
}

/** Reads the build clock (`--now`): ISO with or without offset; a naive value is in `zone`. */
export function parseNow(raw: string | undefined, zone: string, lang: Lang): Stamp | undefined {
  if (raw === undefined) return makeStamp(DateTime.now().setZone(zone), lang, false);
  const iso = DateTime.fromISO(raw, { zone, setZone: true });
  if (iso.isValid) return makeStamp(iso.setZone(zone), lang, false);
  const r = parseContentDate(raw, zone, lang);
  return r.ok ? r.stamp : undefined;
}
