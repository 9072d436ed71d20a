// The preview server's side of the build child process: forks it (through tsx), asks it for builds,
// and replaces it when the code changes so the next build runs the new code.
import { fork, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BUILD_ENV, NODE_FLAGS } from "../build-command.ts";
import type { BuildReport } from "../pipeline.ts";
import { CHILD_CONFIG_ENV, type BuildAnswer, type ChildConfig } from "./protocol.ts";

const CHILD = fileURLToPath(new URL("./build-child.ts", import.meta.url));
const APP = path.resolve(path.dirname(CHILD), "../..");
/** tsx by file URL: the server may run from any working directory. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** How one build request ended. */
export type BuildOutcome =
  | { kind: "report"; report: BuildReport }
  /** The child threw or died: the build code itself failed. */
  | { kind: "crash"; message: string }
  /** The child was replaced (code changed) before it answered: build again. */
  | { kind: "superseded" };

interface Pending {
  id: number;
  resolve: (o: BuildOutcome) => void;
}

/** A long-lived build child, started on first use and after each `restart()`. */
export class BuildChild {
  private child: ChildProcess | undefined;
  private pending: Pending | undefined;
  private nextId = 1;
  private stderrTail = "";
  private closed = false;

  constructor(private readonly config: ChildConfig) {}

  /** Builds once in the child (starting it if needed). */
  build(): Promise<BuildOutcome> {
    if (this.closed) return Promise.resolve({ kind: "superseded" });
    const child = this.child ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending = { id, resolve };
      child.send({ type: "build", id });
    });
  }

  /** Stops the current child (its build, if any, ends `superseded`); the next build forks a fresh one. */
  restart(): void {
    this.stop({ kind: "superseded" });
  }

  /** Stops the child for good. */
  close(): void {
    this.closed = true;
    this.stop({ kind: "superseded" });
  }

  private stop(outcome: BuildOutcome): void {
    const child = this.child;
    this.child = undefined;
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    this.settle(outcome);
  }

  private settle(outcome: BuildOutcome, id?: number): void {
    const p = this.pending;
    if (!p || (id !== undefined && id !== p.id)) return;
    this.pending = undefined;
    p.resolve(outcome);
  }

  private start(): ChildProcess {
    this.stderrTail = "";
    const child = fork(CHILD, [], {
      // The Node flags and environment of `npm run build` (`build-command.ts`).
      execArgv: ["--import", TSX, ...NODE_FLAGS],
      env: {
        // tsx reads the JSX settings from the working directory's tsconfig.json unless told.
        TSX_TSCONFIG_PATH: path.join(APP, "tsconfig.json"),
        ...BUILD_ENV,
        ...process.env,
        [CHILD_CONFIG_ENV]: JSON.stringify(this.config),
      },
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "json",
    });
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-4000);
    });
    child.on("message", (a: BuildAnswer) => {
      if (a.type === "report") this.settle({ kind: "report", report: a.report }, a.id);
      else this.settle({ kind: "crash", message: a.message }, a.id);
    });
    child.on("exit", (code, signal) => {
      if (this.child !== child) return;
      this.child = undefined;
      const why = signal ? `signal ${signal}` : `exit code ${code}`;
      this.settle({
        kind: "crash",
        message: `the build process stopped (${why})\n${this.stderrTail}`.trim(),
      });
    });
    this.child = child;
    return child;
  }
}
