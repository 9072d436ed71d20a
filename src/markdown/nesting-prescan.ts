// A line scan for container markers run before parsing, because parsing deep prefixes is slow.
import { MAX_LINE_MARKERS } from "./limits.ts";

/** A line whose leading `>`/list markers exceed MAX_LINE_MARKERS: 1-based line in the body, count. */
export interface DeepLine {
  line: number;
  markers: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t])/;

/** Counts the container markers (`>`, `-`, `*`, `+`, `1.`, `1)`) that open a line. */
function countMarkers(line: string): number {
  if (/^(?: {4}|\t)/.test(line) || THEMATIC_BREAK.test(line)) return 0;
  let count = 0;
  let rest = line;
  for (;;) {
    rest = rest.replace(/^[ \t]+/, "");
    if (rest.startsWith(">")) {
      rest = rest.slice(1);
    } else {
      const marker = LIST_MARKER.exec(rest);
      if (!marker) return count;
      rest = rest.slice(marker[0].length);
    }
    count++;
  }
}

/**
 * The first line (outside top-level fenced code) opening with more than MAX_LINE_MARKERS container
 * markers, or undefined. Such a line nests far deeper than MAX_DEPTH, so refusing it early never
 * refuses a body the mdast depth check would pass.
 * Note: remark-parse is superlinear in these prefixes: 100k `>` did not finish in 120 s.
 */
export function findDeepLine(body: string): DeepLine | undefined {
  let fence: string | undefined;
  const lines = body.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const open = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (
        open !== undefined &&
        open[0] === fence[0] &&
        open.length >= fence.length &&
        line.trim() === open
      ) {
        fence = undefined;
      }
      continue;
    }
    if (open !== undefined) {
      fence = open;
      continue;
    }
    if (line.length <= MAX_LINE_MARKERS) continue;
    const markers = countMarkers(line);
    if (markers > MAX_LINE_MARKERS) return { line: i + 1, markers };
  }
  return undefined;
}
