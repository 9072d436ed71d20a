// Views that many pages share by identity (an article's card in every list and rail that shows
// it): marked here so a page-input hash digests each once instead of once per page.
import { createHash } from "node:crypto";

/** Digests of shared views, keyed by the view itself. */
const viewDigests = new WeakMap<object, string>();

/**
 * Marks `view` as shared by identity and returns it; a marked view must never be mutated. In any
 * `JSON.stringify` (the page-input hashes) it stands in by its digest, through a `toJSON` that is
 * not enumerable (templates, spreads and equality checks never see it), as a body does.
 */
export function sharedView<T extends object>(view: T): T {
  Object.defineProperty(view, "toJSON", { value: () => sharedDigest(view), enumerable: false });
  return view;
}

/**
 * The tagged SHA-256 (so it cannot be mistaken for a short string) a shared view stands in by: of
 * its own JSON, where shared views nested in it stand in by theirs. Made once per view.
 */
export function sharedDigest(view: object): string {
  let d = viewDigests.get(view);
  if (d === undefined) {
    // A copy holds the view's own fields without its `toJSON`, which would answer this digest.
    const json = JSON.stringify(Array.isArray(view) ? [...(view as unknown[])] : { ...view });
    d = `\0view:${createHash("sha256").update(json).digest("hex")}`;
    viewDigests.set(view, d);
  }
  return d;
}
