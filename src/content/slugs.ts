// Slugs for URLs and the merge key of tags (SECURITY.md rows R14–R17).
import { createHash } from "node:crypto";
import { pinyin } from "pinyin-pro";
import { isDeviceName } from "../routes.ts";
import type { SiteConfig } from "./site-config.ts";

/** The slug policy of a site. */
export type SlugStyle = SiteConfig["slugStyle"];

/** Longest slug, in code points (80 CJK characters stay under a 255-byte path segment, R16). */
export const MAX_SLUG_LENGTH = 80;

/** Longest path segment most file systems accept, in UTF-8 bytes (R16: 80 supplementary-plane letters exceed it). */
export const MAX_SEGMENT_BYTES = 255;

/** Whether a slug would be a path segment longer than the file system allows (`E_PATH_TOO_LONG`, R16). */
export function isSegmentTooLong(s: string): boolean {
  return Buffer.byteLength(s, "utf8") > MAX_SEGMENT_BYTES;
}

const HAN_RUN = /\p{Script=Han}+/gu;
/** `C#`, `C++`, `F#`: signs right after a letter or digit, at the end of a word, are spelled out. */
const SIGN_SUFFIX = /(?<=[\p{L}\p{N}])([+#]+)(?=$|[^\p{L}\p{N}])/gu;
const SIGN_WORDS: Record<string, string> = { "+": "plus", "#": "sharp" };
/** Latin letters that NFKD does not decompose into an ASCII base letter. */
const LATIN_EXTRA: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  þ: "th",
  ı: "i",
  ħ: "h",
  ŋ: "ng",
};

/**
 * Turns a title, file name or tag into a URL slug in the site's style: never empty, ≤ 80 characters.
 * Note: a slugify that deletes CJK and emoji gives empty or colliding slugs; an empty result
 * becomes `t-` + 8 hex of the SHA-256 of the tag key.
 */
export function slugify(text: string, style: SlugStyle): string {
  const spelled = text
    .normalize("NFKC")
    .replace(SIGN_SUFFIX, (signs: string) =>
      [...signs].map((c) => `-${SIGN_WORDS[c] ?? ""}-`).join(""),
    );
  const words =
    style === "unicode" ? unicodeWords(spelled) : asciiWords(spelled, style === "pinyin");
  const slug = cut(words.join("-").replace(/-+/g, "-").replace(/^-|-$/g, ""));
  return slug === "" ? `t-${sha256hex(tagKey(text)).slice(0, 8)}` : slug;
}

/** Whether `s` is already a valid slug in `style` (editors' explicit `slug:` must be; R16, R17). */
export function isValidSlug(s: string, style: SlugStyle): boolean {
  if (s === "" || [...s].length > MAX_SLUG_LENGTH || isWindowsReservedName(s)) return false;
  if (style !== "unicode") return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s);
  return (
    /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u.test(s) &&
    s === s.toLowerCase() &&
    s === s.normalize("NFC")
  );
}

/** Whether a slug is a name Windows reserves for devices (`con`, `nul.txt`, `COM1`…; R16). */
export function isWindowsReservedName(s: string): boolean {
  return isDeviceName(s);
}

/** The merge key of a tag: one leading `#` stripped, NFKC, case-folded, trimmed, inner spaces collapsed. */
export function tagKey(tag: string): string {
  const t = tag.normalize("NFKC").trim();
  return (t.startsWith("#") ? t.slice(1) : t).toLowerCase().trim().replace(/\s+/g, " ");
}

function asciiWords(text: string, transliterate: boolean): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(HAN_RUN)) {
    out.push(latin(text.slice(last, m.index)));
    if (transliterate) out.push(pinyin(m[0], { toneType: "none", type: "array" }).join("-"));
    else out.push("-");
    last = m.index + m[0].length;
  }
  out.push(latin(text.slice(last)));
  return out;
}

function latin(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßæœøđðłþıħŋ]/g, (c) => LATIN_EXTRA[c] ?? c)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^a-z0-9]+/g, "-");
}

function unicodeWords(text: string): string[] {
  return [
    text
      .toLowerCase()
      .normalize("NFC")
      .replace(/[^\p{L}\p{N}]+/gu, "-"),
  ];
}

function cut(slug: string): string {
  const chars = [...slug];
  if (chars.length <= MAX_SLUG_LENGTH) return cutBytes(slug);
  const head = chars.slice(0, MAX_SLUG_LENGTH + 1).join("");
  const at = head.lastIndexOf("-");
  const kept = at > 0 ? head.slice(0, at) : chars.slice(0, MAX_SLUG_LENGTH).join("");
  return cutBytes(kept.replace(/-+$/, ""));
}

/** Drops trailing characters until the slug fits one path segment (R16). */
function cutBytes(slug: string): string {
  const chars = [...slug];
  while (isSegmentTooLong(chars.join(""))) chars.pop();
  return chars.join("").replace(/-+$/, "");
}

function sha256hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
