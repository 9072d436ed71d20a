// Views that many pages share by identity (an article's card in every list and rail that shows
// it): marked here so a page-input hash digests each once instead of once per page.
import { createHash } from "node:crypto";

const shared = new WeakSet<object>();

/** Marks `view` as shared by identity and returns it; a marked view must never be mutated. */
export function sharedView<T extends object>(view: T): T {
  shared.add(view);
  return view;
}

/** Whether `value` was marked by `sharedView`. */
export function isSharedView(value: unknown): value is object {
  return typeof value === "object" && value !== null && shared.has(value);
}

/** Digests of long strings (article bodies recur in many feeds), keyed by the string itself. */
const longDigests = new Map<string, string>();
/** Digests of shared views, keyed by the view itself. */
const viewDigests = new WeakMap<object, string>();

/**
 * A JSON replacer that stands a long string or a shared view in for its SHA-256 (tagged, so it
 * cannot be mistaken for a short string): each is hashed once, not once per page that carries it.
 * Every shared view is always replaced, so a page's hash never depends on which page was hashed first.
 */
export function digestReplacer(_key: string, value: unknown): unknown {
  if (isSharedView(value)) return sharedDigest(value);
  if (typeof value !== "string" || value.length < 1024) return value;
  let d = longDigests.get(value);
  if (d === undefined) {
    d = `\0sha256:${createHash("sha256").update(value).digest("hex")}`;
    longDigests.set(value, d);
  }
  return d;
}

/** The tagged digest `digestReplacer` stands in for shared view `view` (made once per view). */
export function sharedDigest(view: object): string {
  let d = viewDigests.get(view);
  if (d === undefined) {
    const json = JSON.stringify(view, (k, v: unknown) => (v === view ? v : digestReplacer(k, v)));
    d = `\0view:${createHash("sha256").update(json).digest("hex")}`;
    viewDigests.set(view, d);
  }
  return d;
}
