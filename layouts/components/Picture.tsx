// A responsive image: AVIF and WebP sources, a JPEG/PNG fallback, each with a srcset.
import type { VNode } from "preact";
import type { ImageView } from "../../src/collect/cards.ts";

/**
 * `<picture><source type srcset sizes>…<img src srcset sizes width height alt>`: eager with
 * `fetchpriority="high"` when the view (or `priority`, e.g. the front page's lead) says so, else
 * `loading="lazy" decoding="async"`. `sizes` overrides the view's (a lead card spans the column);
 * `class` goes on the `<img>`.
 */
export function Picture(props: {
  image: ImageView;
  priority?: boolean;
  sizes?: string;
  class?: string;
}): VNode {
  const { image } = props;
  const sizes = props.sizes ?? image.sizes;
  const priority = props.priority ?? image.priority;
  return (
    <picture>
      {image.sources.map((s) => (
        <source key={s.type} type={s.type} srcset={s.srcset} sizes={sizes} />
      ))}
      <img
        class={props.class}
        src={image.src}
        srcset={image.srcset}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={image.decorative ? "" : image.alt}
        loading={priority ? "eager" : "lazy"}
        decoding={priority ? undefined : "async"}
        fetchpriority={priority ? "high" : undefined}
      />
    </picture>
  );
}
