// Tests for src/publish/redirects-lock.ts: a local build writes the updated lock, CI refuses a stale
// one, and `gone` marks a removed article.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { planRedirects } from "../../../src/collect/redirects.ts";
import { renderRedirectsLock, type RedirectsLock } from "../../../src/content/redirects-lock.ts";
import { markGone, syncRedirectsLock } from "../../../src/publish/redirects-lock.ts";
import { makeArticle, makeStamp } from "../../helpers/article.ts";
import { siteContext } from "../../helpers/collect.ts";

function lock(entries: Record<string, { urls: string[]; gone?: boolean }>): RedirectsLock {
  return {
    articles: new Map(
      Object.entries(entries).map(([k, v]) => [k, { urls: v.urls, gone: v.gone ?? false }]),
    ),
  };
}

/** What collect plans for `lock` when article `a` is published at `/news/2023/05/<slug>/`. */
function collected(l: RedirectsLock, slug: string) {
  const a = makeArticle({ id: "a", slug, date: makeStamp("2023-05-13T02:08:25+08:00") });
  return { redirects: planRedirects(siteContext(), l, [a], new Set<string>()) };
}

describe("redirects.lock file", () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "lock-"));

  it("should write the lock locally, and in CI fail E_LOCK_STALE without touching it", async () => {
    const dir = tmp();
    const file = path.join(dir, "redirects.lock");
    const moved = lock({ a: { urls: ["/news/2023/05/old/"] } });
    fs.writeFileSync(file, renderRedirectsLock(moved));
    const before = fs.readFileSync(file, "utf8");
    const r = collected(moved, "one");
    const ci = await syncRedirectsLock(r, {
      contentDir: dir,
      ci: true,
      write: true,
    });
    assert.deepEqual(
      ci.map((e) => e.code),
      ["E_LOCK_STALE"],
    );
    assert.equal(fs.readFileSync(file, "utf8"), before);
    const local = await syncRedirectsLock(r, {
      contentDir: dir,
      ci: false,
      write: true,
    });
    assert.deepEqual(local, []);
    assert.deepEqual(JSON.parse(fs.readFileSync(file, "utf8")), {
      articles: { a: { urls: ["/news/2023/05/old/", "/news/2023/05/one/"] } },
    });
  });

  it("should mark an id gone with markGone, and refuse an unknown id", async () => {
    const dir = tmp();
    fs.writeFileSync(
      path.join(dir, "redirects.lock"),
      renderRedirectsLock(lock({ a: { urls: ["/news/2023/05/one/"] } })),
    );
    assert.ok((await markGone(dir, "a")).ok);
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, "redirects.lock"), "utf8")), {
      articles: { a: { urls: ["/news/2023/05/one/"], gone: true } },
    });
    const unknown = await markGone(dir, "zzz");
    assert.ok(!unknown.ok && unknown.error.code === "E_LOCK_UNKNOWN_ID");
  });
});
