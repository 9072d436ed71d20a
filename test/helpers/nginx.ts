// Debian's nginx serving a built site with its generated nginx.conf, for the deploy and browser
// tests; and the small site they build (a moved URL, a gone one in the zh edition).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { runCli, tempDir, writeTree } from "./cli.ts";
import { article, siteYaml } from "./site.ts";

/** Where Debian installs nginx. */
export const NGINX = "/usr/sbin/nginx";

/** The fixture's moved and gone URLs and where the moved one went. */
export const DEPLOY_FIXTURE = {
  moved: "/news/2023/05/old-slug/",
  movedTo: "/news/2023/05/new-slug/",
  gone: "/zh/news/2022/01/removed/",
  article: "/news/2023/05/new-slug/",
  zhArticle: "/zh/news/2023/05/yu-gang/",
};

/** Builds the deploy fixture (en + zh, a redirects.lock with a moved and a gone URL) into a folder. */
export function buildDeployFixture(opts: { baseUrl?: string } = {}): {
  out: string;
  content: string;
  status: number | null;
  stderr: string;
} {
  const content = path.join(tempDir(), "content");
  const lock = {
    articles: {
      "01HZX3K8T9Q2M4N6P8R0S2T4V6": { urls: [DEPLOY_FIXTURE.moved] },
      "01HZX3K8T9Q2M4N6P8R0S2T4V7": { urls: [DEPLOY_FIXTURE.gone], gone: true },
    },
  };
  writeTree(content, {
    "site.yaml": siteYaml({ baseUrl: opts.baseUrl }),
    "redirects.lock": `${JSON.stringify(lock, null, 2)}\n`,
    "articles/en/a.md": article({
      id: "01HZX3K8T9Q2M4N6P8R0S2T4V6",
      slug: "new-slug",
      title: '"Regatta on the river"',
    }),
    "articles/zh/b.md": article({ title: '"渝港合作"', slug: "yu-gang" }),
  });
  const out = path.join(tempDir(), "dist");
  const r = runCli(
    ["build", "--content", content, "--out", out, "--now", "2024-06-01", "--quiet"],
    {
      env: { CI: "" },
    },
  );
  return { out, content, status: r.status, stderr: r.stderr };
}

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Starts nginx in the foreground serving `root` on 127.0.0.1, the generated `root/nginx.conf`
 * included in a minimal `http {}` wrapper; resolves once it answers.
 */
export async function startNginx(root: string): Promise<{ origin: string; stop: () => void }> {
  const prefix = tempDir("nginx-");
  const port = await freePort();
  const conf = path.join(prefix, "nginx.conf");
  fs.writeFileSync(
    conf,
    `worker_processes 1;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${root};
    include ${path.join(root, "nginx.conf")};
  }
}
`,
  );
  const child: ChildProcess = spawn(
    NGINX,
    [
      "-c",
      conf,
      "-p",
      prefix,
      "-g",
      `daemon off; pid ${prefix}/nginx.pid; error_log ${prefix}/error.log; user root;`,
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    const ok = await fetch(`${origin}/`).then(
      () => true,
      () => false,
    );
    if (ok) return { origin, stop: () => child.kill("SIGTERM") };
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill("SIGTERM");
  throw new Error(`nginx did not answer: ${stderr}`);
}
