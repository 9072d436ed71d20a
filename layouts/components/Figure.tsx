// An image with its caption and credit.
import type { VNode } from "preact";
import type { ImageView } from "../../src/collect/cards.ts";

/**
 * `<figure><img src width height alt loading><figcaption>caption <small class="credit">credit`;
 * a decorative image gets `alt=""`, and the figcaption is left out when there is nothing to say.
 */
export function Figure(props: { image: ImageView; loading: "eager" | "lazy" }): VNode {
  const { image } = props;
  const hasCaption = Boolean(image.caption) || Boolean(image.credit);
  return (
    <figure class="figure">
      <img
        src={image.src}
        width={image.width}
        height={image.height}
        alt={image.decorative ? "" : image.alt}
        loading={props.loading}
        decoding="async"
      />
      {hasCaption && (
        <figcaption>
          {image.caption}
          {image.caption && image.credit && " "}
          {image.credit && <small class="credit">{image.credit}</small>}
        </figcaption>
      )}
    </figure>
  );
}
