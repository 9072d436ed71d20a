// The preview's HTTP server: @11ty/eleventy-dev-server for the live-reload socket and script, with
// our own file handler in front (only files inside the output folder, the error overlay in every
// HTML response).
import fs from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { resolveRequest } from "./guard.ts";
import { escapeHtml, injectOverlay } from "./overlay.ts";

/** Content types of the files a Broadsheet output holds. */
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** Where and what the preview server serves. */
export interface ServerOptions {
  /** The output folder: nothing outside it is ever served. */
  root: string;
  host: string;
  port: number;
  /** The overlay to put in every HTML response now ("" while the last build had no errors). */
  overlay: () => string;
}

/** A listening preview server. */
export interface PreviewServer {
  /** The port it listens on (the one asked for, or the one the system picked for 0). */
  port: number;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

/** Starts the server; rejects (e.g. `EADDRINUSE`) without leaving anything open. */
export async function startServer(opts: ServerOptions): Promise<PreviewServer> {
  const silent = (): void => {};
  const dev = EleventyDevServer.getServer("broadsheet", opts.root, {
    liveReload: true,
    // A full reload: the page is fetched again, so the overlay comes with it.
    domDiff: false,
    watch: [],
    portReassignmentRetryCount: 0,
    messageOnStart: () => false,
    logger: { info: silent, log: silent, error: silent },
    middleware: [(req, res) => handle(req, res, opts)],
  });
  const server = dev.server;
  // The dev server's own error listener retries ports and throws; ours reports to the caller.
  server.removeAllListeners("error");
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port: opts.port, host: opts.host }, () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", silent);
  await dev.ready();
  return {
    port: (server.address() as AddressInfo).port,
    reload: () => dev.reload({ files: [], build: { templates: [] } }),
    close: () => dev.close(),
  };
}

/** Answers one request from the output folder; never calls the dev server's own file handler. */
async function handle(req: IncomingMessage, res: ServerResponse, opts: ServerOptions) {
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("X-Content-Type-Options", "nosniff");
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    return sendHtml(res, 405, page("Method not allowed"), opts);
  }
  try {
    const found = await resolveRequest(opts.root, req.url ?? "/");
    if (found.kind === "forbidden") return sendHtml(res, 403, page("Forbidden"), opts);
    if (found.kind === "redirect") {
      res.statusCode = 301;
      res.setHeader("Location", found.location);
      return res.end();
    }
    if (found.kind === "missing") return sendHtml(res, 404, await notFound(opts.root), opts);
    const type = TYPES[path.extname(found.file).toLowerCase()] ?? "application/octet-stream";
    if (type.startsWith("text/html"))
      return sendHtml(res, 200, await fs.readFile(found.file, "utf8"), opts);
    res.statusCode = 200;
    res.setHeader("Content-Type", type);
    return res.end(await fs.readFile(found.file));
  } catch {
    // A file swapped away mid-read (a build just published): the reload that follows fetches again.
    return sendHtml(res, 503, page("The preview is being rebuilt; reload in a moment"), opts);
  }
}

/** Sends an HTML body with the overlay in it (the dev server adds its reload script on `end`). */
function sendHtml(res: ServerResponse, status: number, html: string, opts: ServerOptions): void {
  res.statusCode = status;
  res.setHeader("Content-Type", TYPES[".html"]!);
  res.end(injectOverlay(html, opts.overlay()));
}

/** The site's own 404 page, or a plain one while there is no output yet. */
async function notFound(root: string): Promise<string> {
  const found = await resolveRequest(root, "/404.html");
  if (found.kind === "file") return fs.readFile(found.file, "utf8").catch(() => page("Not found"));
  return page("Not found (nothing has been built yet, or this page does not exist)");
}

/** A minimal page with one message. */
function page(message: string): string {
  const m = escapeHtml(message);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${m}</title></head><body><p>${m}</p></body></html>`;
}
