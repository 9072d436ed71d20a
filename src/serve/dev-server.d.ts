// The slice of @11ty/eleventy-dev-server 2.1's API that the preview server calls (it ships no types).
declare module "@11ty/eleventy-dev-server" {
  import type { IncomingMessage, Server, ServerResponse } from "node:http";

  /** A connect-style middleware: answer with `res.end`, or pass on with `next()`. */
  export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => unknown;

  /** The options the preview server sets. */
  export interface DevServerOptions {
    liveReload?: boolean;
    domDiff?: boolean;
    watch?: string[];
    portReassignmentRetryCount?: number;
    showVersion?: boolean;
    middleware?: Middleware[];
    messageOnStart?: () => string | false;
    logger?: {
      info: (...args: unknown[]) => void;
      log: (...args: unknown[]) => void;
      error: (...args: unknown[]) => void;
    };
  }

  /** The dev server: static files with a live-reload script injected into HTML responses. */
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    /** The HTTP server (created on first access, with the reload socket set up on `listening`). */
    readonly server: Server;
    /** Resolves once the server listens and the reload socket is up. */
    ready(): Promise<void>;
    /** Tells every open page to reload. */
    reload(event?: { files?: string[]; subtype?: string; build?: { templates?: unknown[] } }): void;
    close(): Promise<void>;
  }
}
