// The corrections log of an article.
import type { VNode } from "preact";
import type { Correction } from "../../src/content/values.ts";
import type { Strings } from "../../src/strings.ts";
import { Timestamp } from "./Timestamp.tsx";

/** "Correction (<time>): note" for each entry; nothing when the log is empty. */
export function Corrections(props: { s: Strings; items: Correction[] }): VNode | null {
  const { s, items } = props;
  if (items.length === 0) return null;
  return (
    <aside class="corrections" aria-label={s.corrections}>
      <ul>
        {items.map((c) => (
          <li key={c.at.iso}>
            <strong>{s.correction}</strong>
            {" ("}
            <Timestamp stamp={c.at} />
            {"): "}
            {c.note}
          </li>
        ))}
      </ul>
    </aside>
  );
}
