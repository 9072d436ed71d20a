// How verify resolves a link of the output to a staged file, and how it reports a problem.

/** Reports one problem of the staged tree: its file, code, message and hint. */
export type Fail = (file: string, code: string, message: string, hint: string) => void;

/** The hint of a problem only a bug of ours can cause. */
export const BUG = "this is a bug in Broadsheet: please report it";

/** The staged file a root-relative or same-site link points to, or undefined for external links. */
export function internalTarget(value: string, base: string, origin: string): string | undefined {
  let v = value.trim();
  if (v.startsWith(origin + "/")) v = v.slice(origin.length);
  if (!v.startsWith("/") || v.startsWith("//")) return undefined;
  const clean = v.split(/[?#]/)[0]!;
  if (!clean.startsWith(base)) return `\u0000outside-base:${clean}`;
  let rel: string;
  try {
    rel = decodeURIComponent(clean.slice(base.length));
  } catch {
    return `\u0000bad-encoding:${clean}`;
  }
  return rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel;
}

/**
 * `internalTarget` for one build's base and origin, remembering each answer: most links recur on
 * every page (navigation, sections, assets), and verify resolves millions of them at 10k articles.
 */
export function targetResolver(
  base: string,
  origin: string,
): (value: string) => string | undefined {
  const known = new Map<string, string | undefined>();
  return (value) => {
    if (known.has(value)) return known.get(value);
    const t = internalTarget(value, base, origin);
    known.set(value, t);
    return t;
  };
}
