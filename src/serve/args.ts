// Parses the command line of `npm run serve` (exactly --content, --port and --host).
import { isIP } from "node:net";
import { parseArgs } from "node:util";

/** A parsed `serve` command line. */
export interface ServeArgs {
  contentDir: string;
  port: number;
  host: string;
}

/** Usage text shown after a usage error. */
export const SERVE_USAGE = `usage:
  npm run serve -- [--content DIR] [--port N] [--host ADDR]

  --content DIR  content tree to preview (default: content)
  --port N       port to listen on (default: 8080)
  --host ADDR    address to listen on (default: 127.0.0.1; anything else is reachable from other machines)
exit codes: 0 stopped, 1 could not start, 2 usage error`;

/** Parses `argv` (without node and script); throws an Error with a readable message on misuse. */
export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      content: { type: "string" },
      port: { type: "string" },
      host: { type: "string" },
    },
  });
  if (positionals.length > 0) throw new Error(`unexpected argument "${positionals[0]}"`);
  const port = values.port ?? "8080";
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535)
    throw new Error(`--port must be a number from 0 to 65535, not "${port}"`);
  const host = values.host ?? "127.0.0.1";
  if (!/^[A-Za-z0-9.:-]+$/.test(host) || host.length > 253)
    throw new Error(`--host must be a host name or an IP address, not "${host}"`);
  if (values.content === "") throw new Error("--content must name a folder");
  return { contentDir: values.content ?? "content", port: Number(port), host };
}

/** Whether `host` only accepts connections from this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  const h = host.toLowerCase();
  if (h === "localhost" || h === "::1") return true;
  return isIP(h) === 4 && h.startsWith("127.");
}

/** The URL a browser opens for `host:port` (IPv6 addresses in brackets). */
export function serverUrl(host: string, port: number): string {
  return `http://${isIP(host) === 6 ? `[${host}]` : host}:${port}/`;
}
