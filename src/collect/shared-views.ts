// Views that many pages share by identity (an article's card in every list and rail that shows
// it): marked here so the page-input hash digests each once instead of once per page.

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
