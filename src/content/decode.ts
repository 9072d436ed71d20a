// Turns the bytes of a content file into text: strict UTF-8, no NUL, no BOM, LF line endings (R20).
import { findXmlForbidden } from "../xml-chars.ts";
import { contentError } from "./errors.ts";
import type { ContentError } from "./errors.ts";

/** The part of a loaded file decoding reads (kept structural: load.ts imports this module). */
interface SourceFile {
  bytes: Uint8Array;
  displayPath: string;
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Decodes a text file; invalid UTF-8 or a NUL byte is `E_ENCODING` naming the byte offset. */
export function decodeText(
  file: Pick<SourceFile, "bytes" | "displayPath">,
): { ok: true; text: string } | { ok: false; error: ContentError } {
  let text: string;
  try {
    // The strict decoder refuses exactly what RFC 3629 does; the byte is searched for only then.
    text = decoder.decode(file.bytes);
  } catch {
    const bad = Math.max(0, firstInvalidByte(file.bytes));
    return { ok: false, error: encodingError(file, bad, `invalid UTF-8 at byte ${bad}`) };
  }
  const nul = file.bytes.indexOf(0);
  if (nul !== -1) return { ok: false, error: encodingError(file, nul, `NUL byte at byte ${nul}`) };
  // Characters XML 1.0 forbids would make every feed and sitemap that carries the text ill-formed,
  // so they are refused here, for every text file.
  const forbidden = findXmlForbidden(text);
  if (forbidden) {
    const at = Buffer.byteLength(text.slice(0, forbidden.index));
    const message = `character ${forbidden.codePoint} at byte ${at} is not allowed in text`;
    return { ok: false, error: encodingError(file, at, message) };
  }
  return { ok: true, text: lineFeeds(text.replace(/^\uFEFF/, "")) };
}

/**
 * The text `decodeText` made before of these very bytes, without checking them again: for a file
 * the parse cache knows (its key holds the bytes' digest and this code's fingerprint, and only a
 * file that decoded is ever cached). A plain UTF-8 decode (twice as fast as the strict decoder,
 * the same text for valid input), then what `decodeText` does after its checks: a leading BOM
 * dropped by the decoder and one more by `decodeText`, line endings made LF.
 */
export function decodeKnownText(file: Pick<SourceFile, "bytes">): string {
  const b = file.bytes;
  const text = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("utf8");
  return lineFeeds(text.replace(/^\uFEFF\uFEFF?/, ""));
}

/** `text` with CRLF and lone CR line endings made LF. */
function lineFeeds(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** The offset of the first byte that starts an invalid UTF-8 sequence, or -1 (RFC 3629 rules). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

function encodingError(file: SourceFile, offset: number, message: string): ContentError {
  const before = file.bytes.subarray(0, offset);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < before.length; i++) {
    if (before[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const hint = "save the file as UTF-8, without NUL bytes or other control characters";
  return contentError(file.displayPath, "E_ENCODING", message, hint, line, offset - lineStart + 1);
}
