// One preview session: builds on each change (one build at a time, bursts merged), keeps the
// problems of the last build for the overlay, prints them, and reloads the open pages.
import type { ContentError } from "../content/errors.ts";
import type { BuildChild, BuildOutcome } from "./builder.ts";
import { overlayHtml } from "./overlay.ts";
import { terminalError, visibleControls } from "./terminal.ts";
import type { ChangeKind } from "./watch.ts";

/** Where a session sends its lines and its reloads. */
export interface SessionIo {
  /** One line (or a located problem with its hint) to the terminal. */
  print(line: string): void;
  /** Tells the open pages to reload. */
  reload(): void;
}

/** The file a failure of the build code itself is reported at (the child that ran it). */
const CHILD_FILE = "src/serve/build-child.ts";

/** Rebuilds the preview on request and remembers what the last build found wrong. */
export class Session {
  private errors: ContentError[] = [];
  private overlay = "";
  private running: Promise<void> | undefined;
  private dirty = false;
  private codeChanged = false;
  private builds = 0;
  private closed = false;

  constructor(
    private readonly builder: Pick<BuildChild, "build" | "restart">,
    private readonly io: SessionIo,
  ) {}

  /** The overlay for the pages served now: empty unless the last build had errors. */
  overlayHtml(): string {
    return this.overlay;
  }

  /** The problems of the last build. */
  lastErrors(): readonly ContentError[] {
    return this.errors;
  }

  /** Stops building: a build in flight is dropped, later changes are ignored. */
  close(): void {
    this.closed = true;
    this.dirty = false;
  }

  /** Asks for a build after `kinds` of change; resolves when no build is left to do. */
  changed(kinds: ReadonlySet<ChangeKind>): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (kinds.has("code")) {
      this.codeChanged = true;
      // The build in flight runs the old code: stop it now, the loop builds again.
      this.builder.restart();
    }
    this.dirty = true;
    this.running ??= this.loop().finally(() => (this.running = undefined));
    return this.running;
  }

  private async loop(): Promise<void> {
    while (this.dirty) {
      this.dirty = false;
      if (this.codeChanged) this.io.print("code changed: starting a fresh build process");
      this.codeChanged = false;
      const t0 = performance.now();
      const outcome = await this.builder.build();
      if (this.closed) return;
      if (outcome.kind === "superseded") {
        this.dirty = true;
        continue;
      }
      // A newer change arrived during this build: its result is already stale.
      if (this.dirty) continue;
      this.show(outcome, (performance.now() - t0) / 1000);
      this.io.reload();
    }
  }

  private show(outcome: Exclude<BuildOutcome, { kind: "superseded" }>, seconds: number): void {
    this.builds++;
    if (outcome.kind === "crash") {
      const line = outcome.message.split("\n", 1)[0] ?? "";
      this.errors = [
        {
          file: CHILD_FILE,
          line: 1,
          col: 1,
          code: "E_BUILD_CRASHED",
          message: `the build code failed: ${line}`,
          hint: "a change to src/, layouts/ or .eleventy.ts broke the build; fix it and the preview rebuilds (the full message is above)",
        },
      ];
      for (const l of outcome.message.split("\n")) this.io.print(visibleControls(l));
    } else {
      this.errors = outcome.report.errors;
      for (const w of outcome.report.warnings) this.io.print(terminalError(w));
    }
    this.overlay = this.errors.length > 0 ? overlayHtml(this.errors) : "";
    for (const e of this.errors) this.io.print(terminalError(e));
    const n = this.errors.length;
    if (n > 0) {
      this.io.print(
        `build ${this.builds} failed: ${n} error${n === 1 ? "" : "s"} (shown in the browser too)`,
      );
      return;
    }
    if (outcome.kind !== "report") return;
    const r = outcome.report;
    this.io.print(
      `build ${this.builds}: ${r.pagesBuilt} pages from ${r.articles.published} articles (${r.articles.drafts} drafts, ${r.articles.pending} pending); files ${r.files.rendered} rendered / ${r.files.carried} carried over; ${seconds.toFixed(2)} s`,
    );
  }
}
