// A static file server on 127.0.0.1 for a built site, confined to its folder (screenshots, browser gates).
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { headersFor, readHostHeaders } from "./host-headers.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".wasm": "application/wasm",
  ".webmanifest": "application/manifest+json",
};

/** A running server: its origin, the paths it answered 404, and how to stop it. */
export type StaticServer = { origin: string; missed: string[]; close: () => Promise<void> };

/** The file under `root` that `pathname` names (a folder → its index.html), or undefined. */
export function fileFor(root: string, pathname: string): string | undefined {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (rel.includes("\0")) return undefined;
  if (rel.endsWith("/")) rel += "index.html";
  const file = path.resolve(root, "." + path.posix.normalize(rel));
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  try {
    const stat = fs.statSync(file);
    if (stat.isFile()) return file;
    if (stat.isDirectory() && fs.statSync(path.join(file, "index.html")).isFile())
      return path.join(file, "index.html");
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Serves `dir` on a free loopback port with the headers of its `_headers` file (see host-headers.ts);
 * unknown paths get the site's 404.html with status 404.
 */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  const missed: string[] = [];
  const rules = readHostHeaders(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = fileFor(root, url.pathname);
    if (file === undefined) {
      missed.push(url.pathname);
      const notFound = path.join(root, "404.html");
      res.writeHead(404, { ...headersFor(rules, "/404.html"), "content-type": TYPES[".html"]! });
      res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : "not found");
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
    res.writeHead(200, { ...headersFor(rules, url.pathname), "content-type": type });
    res.end(req.method === "HEAD" ? undefined : fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    missed,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
