// Reads a listed media file when a stage needs its bytes: never through a symlink, never more than
// the media cap, and (once its hash is known) refused when it changed since the build described it.
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { contentError, type ContentError } from "./errors.ts";
import { fsErrorCode, readFault } from "./read-fault.ts";
import { loadDefaults, tooLarge, type MediaFile } from "./load.ts";

/** A media file that is not the one the build described (edited or replaced while the build ran). */
export class MediaChangedError extends Error {
  constructor(readonly file: MediaFile) {
    super(`${file.displayPath} changed while the build ran`);
  }
}

/** A media file that grew over the cap after it was listed. */
export class MediaTooLargeError extends Error {
  constructor(
    readonly file: MediaFile,
    readonly cap: number,
  ) {
    super(`${file.displayPath} is larger than ${cap} bytes`);
  }
}

/**
 * The bytes of `file`, opened without following a symlink (one put in its place after the listing
 * is refused by the kernel: `ELOOP`) nor waiting on a pipe (anything but a regular file is
 * `MediaChangedError`), and read up to `cap` bytes; throws on a file-system fault.
 */
export function readMedia(file: MediaFile, cap = loadDefaults.maxMediaBytes): Buffer {
  const fd = openSync(file.abs, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new MediaChangedError(file);
    const size = st.size;
    if (size > cap) throw new MediaTooLargeError(file, cap);
    const buf = Buffer.allocUnsafe(size);
    let total = 0;
    while (total < size) {
      const n = readSync(fd, buf, total, size - total, null);
      if (n === 0) break;
      total += n;
    }
    return buf.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

/** `readMedia`, and the bytes' SHA-256 must be `sha256` (else `MediaChangedError`). */
export function readMediaChecked(file: MediaFile, sha256: string): Buffer {
  const bytes = readMedia(file);
  if (createHash("sha256").update(bytes).digest("hex") !== sha256)
    throw new MediaChangedError(file);
  return bytes;
}

/**
 * The located error of a failed media read: `E_IMAGE_CHANGED`, `E_TOO_LARGE` or `E_FILE_READ`;
 * undefined when `err` is none of these (a decoder's error, for the caller to word).
 */
export function mediaReadError(file: MediaFile, err: unknown): ContentError | undefined {
  if (err instanceof MediaChangedError)
    return contentError(
      file.displayPath,
      "E_IMAGE_CHANGED",
      "the image changed while the build ran",
      "build again once the file is saved",
    );
  if (err instanceof MediaTooLargeError) return tooLarge(file.displayPath, err.cap, true);
  return fsErrorCode(err) === undefined ? undefined : readFault(file.displayPath, err);
}
