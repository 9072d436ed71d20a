// Debian's Chromium through playwright-core, with the flags this closed network needs (never a
// downloaded browser).
import { chromium, type Browser } from "playwright-core";

/** Launches `/usr/bin/chromium` headless: no sandbox (root), no GPU, no background traffic. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}
