// A machine-readable date with its localised byline text.
import type { VNode } from "preact";
import type { Stamp } from "../../src/content/values.ts";

/** `<time datetime="2023-05-13T02:08:25+08:00">13 May 2023, 02:08 (UTC+8)</time>`. */
export function Timestamp(props: { stamp: Stamp }): VNode {
  return <time datetime={props.stamp.iso}>{props.stamp.display}</time>;
}
