// The hero-image field of article front matter, and how its path resolves in the content tree.
import { resolveTarget } from "./resolve-path.ts";
import * as z from "zod";
import type { IssueCtx } from "./fields.ts";
import { checkText, fail, flag, text } from "./fields.ts";

const FOCUS = [
  "center",
  "top",
  "bottom",
  "left",
  "right",
  "top-left",
  "top-right",
  "bottom-left",
  "bottom-right",
];

/** The hero image: a content file, its alt text (or `decorative: true`), caption, credit and focus. */
export function imageField() {
  return z
    .strictObject({
      src: z.string(),
      alt: z.string().nullable().optional(),
      caption: text({ max: 500 }).optional(),
      credit: text({ max: 200 }).optional(),
      focus: z
        .string()
        .optional()
        .transform((v, ctx) =>
          v === undefined || FOCUS.includes(v)
            ? v
            : fail(ctx, `"${v}" is not a focus`, {
                code: "E_FM_TYPE",
                hint: `use one of: ${FOCUS.join(", ")}`,
              }),
        ),
      decorative: flag().default(false),
    })
    .transform((img, ctx) => {
      const src = checkImageSrc(img.src, ctx);
      const alt = img.decorative ? "" : (img.alt ?? "").trim();
      if (!img.decorative && alt === "") {
        fail(ctx, "image.alt is missing", {
          code: "E_ALT_MISSING",
          hint: "describe the image in alt: …, or set decorative: true",
          at: "key",
          bare: true,
        });
      } else if (!img.decorative) checkText(alt, ctx, { max: 500 }, ["alt"]);
      return {
        src,
        alt,
        ...(img.caption !== undefined ? { caption: img.caption } : {}),
        ...(img.credit !== undefined ? { credit: img.credit } : {}),
        decorative: img.decorative,
        ...(img.focus !== undefined ? { focus: img.focus } : {}),
      };
    });
}

/**
 * Checks an image path as written: a file in the content tree, not a URL (the build copies and
 * measures every image); percent-escapes decoded, backslashes and NUL refused.
 */
function checkImageSrc(src: string, ctx: IssueCtx): string {
  const raw = src.trim();
  const at = ["src"];
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith("//")) {
    const http = /^(https?:)?\/\//i.test(raw);
    return fail(
      ctx,
      `"${raw}" is not a file in the content tree`,
      {
        code: http ? "E_FM_TYPE" : "E_UNSAFE_URL",
        hint: "put the image under media/ and write a relative path such as ../media/x.jpg",
      },
      at,
    );
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return fail(
      ctx,
      `"${raw}" is not a valid path`,
      { code: "E_FM_TYPE", hint: "write a plain relative path such as ../media/x.jpg" },
      at,
    );
  }
  if (decoded === "" || /[\\\0]/.test(decoded)) {
    return fail(
      ctx,
      `"${raw}" is not a valid path`,
      { code: "E_PATH_ESCAPE", hint: "write a relative path with forward slashes" },
      at,
    );
  }
  return decoded;
}

/**
 * Resolves a checked image path like a git host's Markdown preview: relative to the article file
 * (`source`), or from the content root when it starts with `/`. Undefined when it leaves the tree.
 */
export function resolveImagePath(src: string, source: string): string | undefined {
  const r = resolveTarget(source, src);
  return r.ok && r.path !== "" && r.path !== "." ? r.path : undefined;
}
