// Per-call state of one render: the input, the resolvers, and what the transforms collect.
import type { ContentError } from "../content/errors.ts";
import type { MediaAsset } from "../content/values.ts";
import type { RenderContext, RenderInput } from "./render-input.ts";
import { resolveTarget, type ResolvedTarget } from "../content/resolve-path.ts";

/** The key under which a render's state travels in `file.data` through the frozen processor. */
export const STATE_KEY = "broadsheet";

/** A node with an optional source position (any mdast node). */
interface Positioned {
  position?: { start: { line: number; column: number } } | undefined;
}

/** What the transforms of one render share: input, resolvers, collected errors and media. */
export class RenderState {
  readonly errors: ContentError[] = [];
  /** Set by the depth check: the tree is too deep to walk, later transforms skip it. */
  fatal = false;
  private readonly mediaBySource = new Map<string, MediaAsset>();

  constructor(
    readonly input: RenderInput,
    readonly ctx: RenderContext,
  ) {}

  /** The state carried by a vfile's data; throws when a transform runs outside `renderMarkdown`. */
  static of(file: { data: Record<string, unknown> }): RenderState {
    const state = file.data[STATE_KEY];
    if (!(state instanceof RenderState))
      throw new Error("markdown transform run without a RenderState");
    return state;
  }

  /**
   * Resolves a local link or image target against the article file; reports `E_PATH_ESCAPE` or
   * `invalidCode` (bad percent-encoding) at `node` and returns undefined when it cannot.
   */
  resolveLocal(
    node: Positioned & { url: string },
    noun: "image" | "link",
    invalidCode: string,
    escapeHint: string,
  ): Extract<ResolvedTarget, { ok: true }> | undefined {
    const target = resolveTarget(this.input.source, node.url);
    if (target.ok) return target;
    if (target.reason === "escape") {
      this.report(
        node,
        "E_PATH_ESCAPE",
        `${noun} "${node.url}" leaves the content folder`,
        escapeHint,
      );
    } else {
      this.report(
        node,
        invalidCode,
        `${noun} "${node.url}" is not a valid path`,
        "check the percent-encoding of the path",
      );
    }
    return undefined;
  }

  /** Records an error located at `node` (lines counted from the top of the file). */
  report(node: Positioned | undefined, code: string, message: string, hint: string): void {
    const start = node?.position?.start;
    this.errors.push({
      file: this.input.displayPath,
      line: start ? start.line + this.input.bodyLine - 1 : this.input.bodyLine,
      col: start ? start.column : 1,
      code,
      message,
      hint,
    });
  }

  /** Records a local image the body uses (deduplicated by source, first use first). */
  addMedia(asset: MediaAsset): void {
    if (!this.mediaBySource.has(asset.source)) this.mediaBySource.set(asset.source, asset);
  }

  /** The local images the body uses, in order of first use. */
  get media(): MediaAsset[] {
    return [...this.mediaBySource.values()];
  }
}
