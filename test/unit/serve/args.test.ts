// Tests for src/serve/args.ts: exactly --content, --port and --host, loopback detection, the URL.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isLoopback, parseServeArgs, serverUrl } from "../../../src/serve/args.ts";

describe("parseServeArgs", () => {
  it("should default to content/ on 127.0.0.1:8080", () => {
    assert.deepEqual(parseServeArgs([]), { contentDir: "content", port: 8080, host: "127.0.0.1" });
  });

  it("should read the three flags", () => {
    assert.deepEqual(parseServeArgs(["--content", "site", "--port", "0", "--host", "::1"]), {
      contentDir: "site",
      port: 0,
      host: "::1",
    });
  });

  it("should refuse other flags, positionals and bad values", () => {
    for (const argv of [
      ["--out", "dist"],
      ["--preview"],
      ["build"],
      ["--port", "http"],
      ["--port", "70000"],
      ["--port", "-1"],
      ["--host", "a b"],
      ["--host", ""],
      ["--content", ""],
      ["--content"],
    ]) {
      assert.throws(() => parseServeArgs(argv), Error, argv.join(" "));
    }
  });
});

describe("isLoopback", () => {
  it("should accept only addresses of this machine", () => {
    for (const h of ["127.0.0.1", "127.1.2.3", "localhost", "LOCALHOST", "::1"])
      assert.equal(isLoopback(h), true, h);
    for (const h of ["0.0.0.0", "::", "192.168.1.10", "example.org", "127.example.org"])
      assert.equal(isLoopback(h), false, h);
  });
});

describe("serverUrl", () => {
  it("should bracket IPv6 addresses", () => {
    assert.equal(serverUrl("127.0.0.1", 8080), "http://127.0.0.1:8080/");
    assert.equal(serverUrl("::1", 9000), "http://[::1]:9000/");
  });
});
