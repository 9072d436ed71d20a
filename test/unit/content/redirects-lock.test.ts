// Tests for src/content/redirects-lock.ts: reading and writing redirects.lock, refusing unsafe paths.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  parseRedirectsLock,
  renderRedirectsLock,
  type RedirectsLock,
} from "../../../src/content/redirects-lock.ts";

function lock(entries: Record<string, { urls: string[]; gone?: boolean }>): RedirectsLock {
  return {
    articles: new Map(
      Object.entries(entries).map(([k, v]) => [k, { urls: v.urls, gone: v.gone ?? false }]),
    ),
  };
}

describe("redirects.lock file", () => {
  const source = (t: string) => ({
    path: "redirects.lock",
    displayPath: "content/redirects.lock",
    bytes: new TextEncoder().encode(t),
  });

  it("should round-trip and refuse unsafe paths", () => {
    const l = lock({
      b: { urls: ["/news/2023/05/x/"] },
      a: { urls: ["/zh/news/2023/05/y/"], gone: true },
    });
    const parsed = parseRedirectsLock(source(renderRedirectsLock(l)));
    assert.ok(parsed.ok && parsed.lock);
    assert.deepEqual([...parsed.lock.articles], [...l.articles].sort());
    for (const bad of ["/../etc/", "/a\\\\b/", "news/", "/a/b", "/a/%2e%2e/"]) {
      const r = parseRedirectsLock(source(JSON.stringify({ articles: { a: { urls: [bad] } } })));
      assert.ok(!r.ok, bad);
      assert.equal(r.errors[0]!.code, "E_LOCK_INVALID");
    }
  });
});
