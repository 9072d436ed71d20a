// Reads a file without ever holding more than a cap of its bytes, even if it grows while being read.
import { closeSync, openSync, readSync } from "node:fs";

/**
 * Reads a file, but never more than `cap + 1` bytes (it may have grown since `lstat`); undefined when
 * it is larger than `cap`. The first read asks for the `lstat` size plus one byte, so a file that
 * did not change takes one read.
 */
export function readAtMost(abs: string, cap: number, size: number): Uint8Array | undefined {
  const fd = openSync(abs, "r");
  try {
    const buf = Buffer.allocUnsafe(Math.min(cap + 1, size + 1, 1024 * 1024));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const bytesRead = readSync(fd, buf, 0, Math.min(buf.length, cap + 1 - total), null);
      if (bytesRead === 0) break;
      chunks.push(Buffer.from(buf.subarray(0, bytesRead)));
      total += bytesRead;
      if (total > cap) return undefined;
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } finally {
    closeSync(fd);
  }
}
