// What verify learns about one output file: its findings, and the facts later checks (links, lists,
// feeds, sitemaps) and the next incremental build need of it.
import type { ScanFinding } from "./scan-finding.ts";

/** What verify learned about one output file: enough to re-check its links without reading it again. */
export interface FileFacts {
  /** Every URL of an HTML page (href, src, srcset…), resolved against the output on each build. */
  urls?: string[];
  /** The anchor targets of an HTML page (list membership). */
  anchors?: string[];
  /** What an XML file names. */
  xml?: { urls: string[]; lastmod: [string, string][]; entries: number };
}

/** One scanned file: what the scanner found wrong in it, and its facts. */
export interface ScannedFile {
  findings: ScanFinding[];
  facts: FileFacts;
}
