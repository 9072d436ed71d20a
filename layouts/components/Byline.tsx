// Who wrote an article and when.
import type { VNode } from "preact";
import { Fragment } from "preact";
import type { Link } from "../../src/collect/link.ts";
import type { Stamp } from "../../src/content/values.ts";
import type { Strings } from "../../src/strings.ts";
import { Timestamp } from "./Timestamp.tsx";

/** Author links (`rel="author"`), the publication `<time>` and, when set, the updated `<time>`. */
export function Byline(props: {
  s: Strings;
  authors: Link[];
  date: Stamp;
  updated?: Stamp;
  /** Estimated reading time in minutes. */
  readingMinutes?: number;
}): VNode {
  const { s, authors } = props;
  return (
    <p class="byline">
      {authors.length > 0 && (
        <span class="authors">
          {s.by}
          {authors.map((author, i) => (
            <Fragment key={author.href}>
              {i > 0 && s.listSeparator}
              <a href={author.href} rel="author">
                {author.label}
              </a>
            </Fragment>
          ))}
        </span>
      )}{" "}
      <span class="published">
        {s.published} <Timestamp stamp={props.date} />
      </span>
      {props.updated && (
        <>
          {" "}
          <span class="updated">
            {s.updated} <Timestamp stamp={props.updated} />
          </span>
        </>
      )}
      {props.readingMinutes !== undefined && (
        <>
          {" "}
          <span class="reading-time nowrap">{s.readingTime(props.readingMinutes)}</span>
        </>
      )}
    </p>
  );
}
