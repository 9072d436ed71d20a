// Page keys: a hash of what a view was built from, registered beside the view so the incremental
// plan hashes the key instead of the (much larger) view. Only kinds whose inputs are picked out
// first (`article-inputs.ts`) have one; any other view is hashed whole.

const keys = new WeakMap<object, string>();

/** Registers `key` as the page key of `view` and returns the view; the view must never be mutated. */
export function keyedView<T extends object>(view: T, key: string): T {
  keys.set(view, key);
  return view;
}

/** The page key of `view`, if it has one. */
export function pageKeyOf(view: object): string | undefined {
  return keys.get(view);
}
