// The located errors of a body whose worker failed it: timed out, out of memory or crashed.
import type { ContentError } from "../content/errors.ts";
import type { RenderOutcome } from "./protocol.ts";
import type { RenderInput } from "./render.ts";

/** The outcome of a body that could not render: one error at the body's first line. */
export function failedOutcome(
  input: RenderInput,
  code: string,
  message: string,
  hint: string,
): RenderOutcome {
  const error: ContentError = {
    file: input.displayPath,
    line: input.bodyLine,
    col: 1,
    code,
    message,
    hint,
  };
  return { result: { ok: false, errors: [error] }, deps: { links: [], images: [] } };
}

/** Why a worker died on a body: out of memory (the body is too large), or a crash (our bug). */
export function crashReason(err: Error): [code: string, message: string, hint: string] {
  const oom = (err as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY";
  return oom
    ? [
        "E_TOO_LARGE",
        "rendering this body ran out of memory",
        "split the article or simplify its Markdown",
      ]
    : [
        "E_RENDER_CRASH",
        `rendering this body failed: ${err.message}`,
        "this is probably a bug in Broadsheet; please report it with this article",
      ];
}
