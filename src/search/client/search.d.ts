// Types of the search page's script (plain JavaScript served as /pagefind/search.js), for the tests.

/** The card of a result from its code (see src/search/card-code.ts); undefined when it is not one. */
export function decodeCard(code: unknown): Record<string, unknown> | undefined;

/** A Pagefind excerpt as runs of plain text, marked or not. */
export function excerptRuns(excerpt: string): { text: string; mark: boolean }[];

/** The years of bucket folders (newest first), each once. */
export function bucketYears(buckets: readonly string[]): string[];

/** Wires the search page under `root`. */
export function start(root: unknown): void;
