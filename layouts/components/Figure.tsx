// An image with its caption and credit.
import type { VNode } from "preact";
import type { ImageView } from "../../src/collect/cards.ts";
import { Picture } from "./Picture.tsx";

/**
 * `<figure><picture>…</picture><figcaption>caption <small class="credit">credit` (the view says
 * whether the picture loads eagerly);
 * a decorative image gets `alt=""`, and the figcaption is left out when there is nothing to say.
 * `creditLabel` ("Photo: ") precedes a credit that does not already name itself.
 */
export function Figure(props: { image: ImageView; creditLabel?: string }): VNode {
  const { image } = props;
  // "Photo: " / "摄影：" unless the credit already says so (or starts with ©).
  const label =
    image.credit && props.creditLabel && !/^(©|\(c\)|photo|摄影|图)/i.test(image.credit)
      ? props.creditLabel
      : "";
  const hasCaption = Boolean(image.caption) || Boolean(image.credit);
  return (
    <figure class="figure">
      <Picture image={image} />
      {hasCaption && (
        <figcaption>
          {image.caption}
          {image.caption && image.credit && " "}
          {image.credit && (
            <small class="credit">
              {label}
              {image.credit}
            </small>
          )}
        </figcaption>
      )}
    </figure>
  );
}
