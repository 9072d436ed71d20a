// Scans one staged file by its kind (HTML, XML, JSON; other files hold no markup) and keeps its facts.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ScannedFile } from "./file-facts.ts";
import { scanHtml } from "./html-scan.ts";
import { xmlLinks } from "./nothing-lost.ts";
import { scanJson, scanXml } from "./output-scan.ts";

/** Reads and scans `staging/file`; `base` is the site's base path (e.g. `/news/`). */
export function scanStagedFile(staging: string, file: string, base: string): ScannedFile {
  // Note: synchronous reads: awaiting 10k small reads one by one costs seconds of idle time.
  const full = path.join(staging, file);
  if (file.endsWith(".xml")) {
    const scan = scanXml(readFileSync(full, "utf8"), base);
    if (!scan.doc) return { findings: scan.findings, facts: {} };
    const links = xmlLinks(scan.doc);
    const xml = { urls: [...links.urls], lastmod: [...links.lastmod], entries: links.entries };
    return { findings: scan.findings, facts: { xml } };
  }
  if (file.endsWith(".json"))
    return { findings: scanJson(readFileSync(full, "utf8"), base), facts: {} };
  if (!file.endsWith(".html")) return { findings: [], facts: {} };
  const scan = scanHtml(readFileSync(full, "utf8"), base);
  return {
    findings: scan.findings,
    facts: { urls: [...new Set(scan.urls)], anchors: [...new Set(scan.anchors)] },
  };
}
