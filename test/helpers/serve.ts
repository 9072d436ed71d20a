// A tiny static file server on 127.0.0.1 for browser tests (404s get the site's 404 page).
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".jpg": "image/jpeg",
  ".png": "image/png",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".svg": "image/svg+xml",
  ".txt": "text/plain",
};

/** Serves `root` on a free loopback port; returns its origin, the paths it answered 404 and a close function. */
export async function serve(
  root: string,
): Promise<{ origin: string; missed: string[]; close: () => Promise<void> }> {
  const missed: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith("/")) rel += "index.html";
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      missed.push(url.pathname);
      res.writeHead(404, { "content-type": TYPES[".html"] });
      res.end(
        fs.existsSync(path.join(root, "404.html"))
          ? fs.readFileSync(path.join(root, "404.html"))
          : "not found",
      );
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    missed,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
