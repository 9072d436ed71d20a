// SVG building blocks for the sample site's drawn photographs: seeded randomness, gradients, grain, ridges, towers.

/** A seeded random source in [0, 1) (mulberry32), so every photo is drawn the same way each run. */
export type Rng = () => number;

/** A deterministic random source for `seed`: the bench corpus's mulberry32. */
export { rng } from "../../bench/corpus.ts";

/** A number in [lo, hi) from `r`. */
export function between(r: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * r();
}

/** One element of `items`, picked by `r`. */
export function pick<T>(r: Rng, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)] as T;
}

/** A gradient stop: offset 0–1, colour, opacity. */
export type Stop = [number, string, number?];

function stops(list: Stop[]): string {
  return list
    .map(([o, c, a]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${a ?? 1}"/>`)
    .join("");
}

/** A vertical (or horizontal) linear gradient definition named `id`. */
export function linear(id: string, list: Stop[], horizontal = false): string {
  const end = horizontal ? 'x2="1" y2="0"' : 'x2="0" y2="1"';
  return `<linearGradient id="${id}" x1="0" y1="0" ${end}>${stops(list)}</linearGradient>`;
}

/** A radial gradient definition named `id`, centred at (cx, cy) in the box's fractions. */
export function radial(id: string, cx: number, cy: number, r: number, list: Stop[]): string {
  return `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${stops(list)}</radialGradient>`;
}

/** The shared filters: film grain, soft blur (far layers), strong blur (glows, fog). */
export const FILTERS = [
  '<filter id="grain" x="0" y="0" width="100%" height="100%">',
  '<feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" seed="7" result="n"/>',
  '<feColorMatrix type="saturate" values="0"/></filter>',
  '<filter id="soft"><feGaussianBlur stdDeviation="3"/></filter>',
  '<filter id="haze" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="40"/></filter>',
  '<filter id="glow" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="12"/></filter>',
].join("");

/** A whole SVG document of `w`×`h` with the shared filters, `defs` and `body`, grain and vignette on top. */
export function svgDoc(w: number, h: number, defs: string, body: string, grain = 0.07): string {
  const vignette = radial("vignette", 0.5, 0.5, 0.75, [
    [0.55, "#000", 0],
    [1, "#000", 0.45],
  ]);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    `<defs>${FILTERS}${vignette}${defs}</defs>`,
    body,
    `<rect width="${w}" height="${h}" filter="url(#grain)" opacity="${grain}" style="mix-blend-mode:overlay"/>`,
    `<rect width="${w}" height="${h}" fill="url(#vignette)"/>`,
    "</svg>",
  ].join("\n");
}

/** A filled mountain ridge from x=0 to `w`, around `baseY` with amplitude `amp`, closed down to `bottom`. */
export function ridge(
  r: Rng,
  w: number,
  baseY: number,
  amp: number,
  fill: string,
  bottom: number,
  step = 40,
): string {
  let y = baseY;
  const pts: string[] = [`0,${bottom}`];
  for (let x = 0; x <= w + step; x += step) {
    y += between(r, -amp, amp) * 0.5;
    y = Math.max(baseY - amp, Math.min(baseY + amp, y));
    pts.push(`${x},${y.toFixed(1)}`);
  }
  pts.push(`${w + step},${bottom}`);
  return `<polygon points="${pts.join(" ")}" fill="${fill}"/>`;
}

/** Options of a row of towers. */
export type TowerRow = {
  x0: number;
  x1: number;
  baseY: number;
  minH: number;
  maxH: number;
  minW: number;
  maxW: number;
  colors: readonly string[];
  lit: number;
  windowColor: string;
};

/** A row of towers with lit windows between `x0` and `x1`, standing on `baseY`. */
export function towers(r: Rng, o: TowerRow): string {
  const out: string[] = [];
  for (let x = o.x0; x < o.x1;) {
    const w = between(r, o.minW, o.maxW);
    const h = between(r, o.minH, o.maxH);
    const top = o.baseY - h;
    out.push(
      `<rect x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="${pick(r, o.colors)}"/>`,
    );
    if (r() < 0.25) {
      const sw = w * between(r, 0.1, 0.3);
      out.push(
        `<rect x="${(x + w / 2 - sw / 2).toFixed(1)}" y="${(top - h * 0.08).toFixed(1)}" width="${sw.toFixed(1)}" height="${(h * 0.08).toFixed(1)}" fill="${pick(r, o.colors)}"/>`,
      );
    }
    out.push(windows(r, x, top, w, h, o.lit, o.windowColor));
    x += w + between(r, -w * 0.3, w * 0.15);
  }
  return out.join("");
}

function windows(
  r: Rng,
  x: number,
  top: number,
  w: number,
  h: number,
  lit: number,
  color: string,
): string {
  const cell = Math.max(6, w / 7);
  const out: string[] = [];
  for (let wy = top + cell; wy < top + h - cell; wy += cell * 1.4) {
    for (let wx = x + cell * 0.6; wx < x + w - cell; wx += cell * 1.3) {
      if (r() < lit)
        out.push(
          `<rect x="${wx.toFixed(1)}" y="${wy.toFixed(1)}" width="${(cell * 0.7).toFixed(1)}" height="${(cell * 0.8).toFixed(1)}" fill="${color}" opacity="${between(r, 0.5, 1).toFixed(2)}"/>`,
        );
    }
  }
  return out.join("");
}

/** Horizontal shimmer lines on water between `y0` and `y1`, in `color`. */
export function shimmer(
  r: Rng,
  w: number,
  y0: number,
  y1: number,
  color: string,
  n: number,
): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const y = between(r, y0, y1);
    const len = between(r, 20, 160);
    const x = between(r, 0, w);
    out.push(
      `<rect x="${x.toFixed(0)}" y="${y.toFixed(0)}" width="${len.toFixed(0)}" height="${between(r, 1.5, 4).toFixed(1)}" fill="${color}" opacity="${between(r, 0.15, 0.6).toFixed(2)}"/>`,
    );
  }
  return out.join("");
}

/** A standing person seen from afar: head and body, `h` tall, feet at (x, y). */
export function person(x: number, y: number, h: number, color: string, head = color): string {
  const hr = h * 0.11;
  return [
    `<rect x="${(x - h * 0.13).toFixed(1)}" y="${(y - h * 0.78).toFixed(1)}" width="${(h * 0.26).toFixed(1)}" height="${(h * 0.45).toFixed(1)}" rx="${(h * 0.08).toFixed(1)}" fill="${color}"/>`,
    `<rect x="${(x - h * 0.1).toFixed(1)}" y="${(y - h * 0.38).toFixed(1)}" width="${(h * 0.2).toFixed(1)}" height="${(h * 0.38).toFixed(1)}" fill="${color}"/>`,
    `<circle cx="${x.toFixed(1)}" cy="${(y - h * 0.88).toFixed(1)}" r="${hr.toFixed(1)}" fill="${head}"/>`,
  ].join("");
}
