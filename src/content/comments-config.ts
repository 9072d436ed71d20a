// The comments provider block of site.yaml (giscus, Remark42 or Coral) and the origins it loads from.
import * as z from "zod";
import { fail, httpUrl, text } from "./fields.ts";

/** A GitHub `owner/name`. */
function repoField() {
  return z.string().transform((v, ctx) =>
    /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/.test(v)
      ? v
      : fail(ctx, `"${v}" is not a GitHub repository`, {
          code: "E_FM_TYPE",
          hint: "write owner/name, e.g. mountain-city/comments",
        }),
  );
}

/** An id as a provider hands it out: letters, digits, `_` and `-` (e.g. giscus `R_kgDOabc`). */
function idField(example: string) {
  return z.string().transform((v, ctx) =>
    /^[A-Za-z0-9_-]{1,100}$/.test(v)
      ? v
      : fail(ctx, `"${v}" is not a provider id`, {
          code: "E_FM_TYPE",
          hint: `copy it from the provider's setup page, e.g. ${example}`,
        }),
  );
}

/** The `comments:` block: one provider and its settings; absent → no provider (the notice only). */
export function commentsField() {
  return z.discriminatedUnion("provider", [
    z.strictObject({
      provider: z.literal("giscus"),
      repo: repoField(),
      repoId: idField("R_kgDOabc123"),
      category: text({ max: 100 }),
      categoryId: idField("DIC_kwDOabc123"),
    }),
    z.strictObject({
      provider: z.literal("remark42"),
      /** The Remark42 server, e.g. https://comments.example.org. */
      host: httpUrl(),
      siteId: idField("remark"),
    }),
    z.strictObject({
      provider: z.literal("coral"),
      /** The Coral Talk server, e.g. https://coral.example.org. */
      host: httpUrl(),
    }),
  ]);
}

/** A validated comments provider block. */
export type CommentsConfig = z.output<ReturnType<typeof commentsField>>;

/** Where a provider's code runs from, for the Content-Security-Policy. */
export interface CommentsOrigins {
  /** The provider's name as readers' tools show it: `giscus`, `Remark42`, `Coral`. */
  name: string;
  scriptSrc: string[];
  frameSrc: string[];
  connectSrc: string[];
}

/** The origins a provider's script, frames and requests use (all one origin for these three). */
export function commentsOrigins(c: CommentsConfig): CommentsOrigins {
  if (c.provider === "giscus") {
    const o = "https://giscus.app";
    return { name: "giscus", scriptSrc: [o], frameSrc: [o], connectSrc: [] };
  }
  const o = new URL(c.host).origin;
  return {
    name: c.provider === "remark42" ? "Remark42" : "Coral",
    scriptSrc: [o],
    frameSrc: [o],
    connectSrc: [o],
  };
}

/** The same origins keyed by CSP directive (`script-src`, `frame-src`, `connect-src`), for the deploy stage. */
export function cspOrigins(c: CommentsConfig): {
  script: string[];
  frame: string[];
  connect: string[];
} {
  const o = commentsOrigins(c);
  return { script: o.scriptSrc, frame: o.frameSrc, connect: o.connectSrc };
}
