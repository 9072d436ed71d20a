// Street scenes of the sample site: a night market, the monorail through a block, rain on the steps, runners.
import type { Scene } from "./scene.ts";
import {
  between,
  linear,
  person,
  pick,
  radial,
  ridge,
  shimmer,
  svgDoc,
  towers,
  type Rng,
} from "./svg.ts";

const CLOTHES = ["#c2412d", "#2f5d8a", "#e0b13a", "#3c7a52", "#6b4a8a", "#d9d2c3", "#222"];

function market(r: Rng, w: number, h: number): string {
  const defs = [
    linear("sky", [
      [0, "#1b1530"],
      [1, "#51304a"],
    ]),
    linear("street", [
      [0, "#3a2a2a"],
      [1, "#171010"],
    ]),
    radial("lamp", 0.5, 0.5, 0.5, [
      [0, "#ffd27a", 0.9],
      [1, "#ff8a3a", 0],
    ]),
  ].join("");
  const ground = h * 0.7;
  const stalls: string[] = [];
  for (let x = -40; x < w; x += 260) {
    const c = pick(r, ["#c73b2b", "#e0a23a", "#2f6f8f", "#c75a2b"]);
    stalls.push(
      `<rect x="${x + 10}" y="${ground - 200}" width="240" height="200" fill="#2a1c1c"/>`,
    );
    stalls.push(`<rect x="${x + 20}" y="${ground - 80}" width="220" height="80" fill="#5a3a2a"/>`);
    for (let i = 0; i < 9; i++)
      stalls.push(
        `<circle cx="${x + 40 + i * 22}" cy="${ground - 90 + between(r, -6, 6)}" r="11" fill="${pick(r, ["#d8301f", "#b32418", "#f0a030", "#3d8a3a"])}"/>`,
      );
    stalls.push(
      `<path d="M${x} ${ground - 200} L${x + 270} ${ground - 200} L${x + 250} ${ground - 270} L${x + 20} ${ground - 270} Z" fill="${c}"/>`,
    );
    stalls.push(
      `<circle cx="${x + 135}" cy="${ground - 170}" r="60" fill="url(#lamp)"/><circle cx="${x + 135}" cy="${ground - 170}" r="10" fill="#fff2c0"/>`,
    );
  }
  const lanterns = Array.from({ length: 16 }, (_, i) => {
    const x = (i + 0.5) * (w / 16);
    const y = h * 0.12 + Math.sin(i * 0.8) * 20;
    return `<ellipse cx="${x}" cy="${y}" rx="26" ry="32" fill="#e2321f"/><ellipse cx="${x}" cy="${y}" rx="70" ry="70" fill="url(#lamp)" opacity="0.6"/>`;
  }).join("");
  const crowd = Array.from({ length: 40 }, () =>
    person(
      between(r, 0, w),
      between(r, ground + 40, h),
      between(r, 220, 340),
      pick(r, CLOTHES),
      "#1a1212",
    ),
  )
    .sort()
    .join("");
  const body = [
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
    `<g filter="url(#soft)">${towers(r, { x0: 0, x1: w, baseY: ground - 180, minH: 100, maxH: 380, minW: 80, maxW: 160, colors: ["#2a2036", "#33263c"], lit: 0.25, windowColor: "#ffce7a" })}</g>`,
    `<path d="M0 ${h * 0.1} Q ${w / 2} ${h * 0.16} ${w} ${h * 0.1}" stroke="#111" stroke-width="3" fill="none"/>`,
    lanterns,
    stalls.join(""),
    `<rect y="${ground}" width="${w}" height="${h - ground}" fill="url(#street)"/>`,
    shimmer(r, w, ground + 10, h, "#ffb25a", 60),
    crowd,
  ].join("");
  return svgDoc(w, h, defs, body);
}

function monorail(r: Rng, w: number, h: number): string {
  const defs = [
    linear("sky", [
      [0, "#a9c6dc"],
      [1, "#eef0e8"],
    ]),
    linear("train", [
      [0, "#f4f4f0"],
      [1, "#cfd3d3"],
    ]),
  ].join("");
  const track = h * 0.52;
  const bx = w * 0.55;
  const floors = Array.from({ length: 18 }, (_, i) =>
    Array.from(
      { length: 6 },
      (_, j) =>
        `<rect x="${bx + 30 + j * 95}" y="${h * 0.06 + i * 60}" width="60" height="38" fill="${r() < 0.3 ? "#ffe9b8" : "#8ea2b0"}"/>`,
    ).join(""),
  ).join("");
  const body = [
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
    `<g filter="url(#soft)" opacity="0.8">${ridge(r, w, h * 0.55, 60, "#8fa39a", h)}</g>`,
    towers(r, {
      x0: 0,
      x1: w * 0.45,
      baseY: h,
      minH: 300,
      maxH: 700,
      minW: 80,
      maxW: 160,
      colors: ["#b7b1a4", "#a49e92", "#c4bdb0"],
      lit: 0.1,
      windowColor: "#6d7c86",
    }),
    `<rect x="${bx}" y="${h * 0.04}" width="620" height="${h}" fill="#c9bfae"/>`,
    floors,
    `<rect x="${bx - 10}" y="${track - 130}" width="640" height="200" fill="#2b2f33"/>`,
    `<rect x="0" y="${track + 40}" width="${w}" height="36" fill="#6e7478"/>`,
    `<rect x="${w * 0.62}" y="${track + 70}" width="46" height="${h}" fill="#7c8286"/>`,
    `<rect x="${w * 0.1}" y="${track + 70}" width="46" height="${h}" fill="#7c8286"/>`,
    `<rect x="${w * 0.18}" y="${track - 110}" width="${w * 0.62}" height="150" rx="40" fill="url(#train)"/>`,
    `<rect x="${w * 0.18}" y="${track - 10}" width="${w * 0.62}" height="20" fill="#1f7a4a"/>`,
    Array.from(
      { length: 9 },
      (_, i) =>
        `<rect x="${w * 0.2 + i * 130}" y="${track - 90}" width="100" height="56" rx="8" fill="#29404f"/>`,
    ).join(""),
  ].join("");
  return svgDoc(w, h, defs, body);
}

function rainSteps(r: Rng, w: number, h: number): string {
  const defs = linear("sky", [
    [0, "#5d6a73"],
    [1, "#a4abad"],
  ]);
  const steps = Array.from({ length: 22 }, (_, i) => {
    const y = h * 0.35 + (i * (h * 0.65)) / 22;
    const inset = (22 - i) * 18;
    return `<rect x="${inset}" y="${y}" width="${w - inset * 2}" height="${h * 0.03}" fill="${i % 2 ? "#6b6e6b" : "#7b7e79"}"/><rect x="${inset}" y="${y}" width="${w - inset * 2}" height="4" fill="#c9d0d0" opacity="0.5"/>`;
  }).join("");
  const umbrellas = Array.from({ length: 9 }, () => {
    const x = between(r, w * 0.25, w * 0.75);
    const y = between(r, h * 0.5, h * 0.95);
    const s = 0.6 + ((y - h * 0.5) / (h * 0.45)) * 0.8;
    return `<g transform="translate(${x.toFixed(0)} ${y.toFixed(0)}) scale(${s.toFixed(2)})">${person(0, 0, 240, pick(r, CLOTHES), "#222")}<path d="M-110 -200 Q 0 -300 110 -200 Z" fill="${pick(r, ["#d13b2a", "#2a4f9a", "#f1c232", "#1d1d1d", "#3f8f6a"])}"/><line x1="0" y1="-250" x2="0" y2="-150" stroke="#222" stroke-width="5"/></g>`;
  }).join("");
  const rain = Array.from({ length: 500 }, () => {
    const x = between(r, 0, w);
    const y = between(r, 0, h);
    return `<line x1="${x.toFixed(0)}" y1="${y.toFixed(0)}" x2="${(x - 8).toFixed(0)}" y2="${(y + 40).toFixed(0)}" stroke="#e6eef2" stroke-width="1.5" opacity="0.35"/>`;
  }).join("");
  const body = [
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
    towers(r, {
      x0: 0,
      x1: w * 0.3,
      baseY: h,
      minH: 600,
      maxH: 1100,
      minW: 120,
      maxW: 200,
      colors: ["#4e4a44", "#5a554d"],
      lit: 0.15,
      windowColor: "#f5d48f",
    }),
    towers(r, {
      x0: w * 0.7,
      x1: w,
      baseY: h,
      minH: 600,
      maxH: 1100,
      minW: 120,
      maxW: 200,
      colors: ["#4e4a44", "#5a554d"],
      lit: 0.15,
      windowColor: "#f5d48f",
    }),
    steps,
    umbrellas,
    rain,
  ].join("");
  return svgDoc(w, h, defs, body);
}

function runners(r: Rng, w: number, h: number): string {
  const defs = [
    linear("sky", [
      [0, "#f3c9a0"],
      [0.5, "#f7e3c4"],
      [1, "#e8e4d8"],
    ]),
    radial("sun", 0.2, 0.3, 0.3, [
      [0, "#fff1cc", 1],
      [1, "#ffd8a0", 0],
    ]),
  ].join("");
  const road = h * 0.62;
  const field = Array.from({ length: 60 }, () => {
    const y = between(r, road + 20, h);
    const s = 120 + ((y - road) / (h - road)) * 260;
    return {
      y,
      svg: person(
        between(r, 0, w),
        y,
        s,
        pick(r, ["#e2452f", "#1f6fb5", "#f2c84b", "#1d1d1d", "#3a9a5a", "#f2f2f2"]),
        "#3a2a20",
      ),
    };
  })
    .sort((a, b) => a.y - b.y)
    .map((p) => p.svg)
    .join("");
  const body = [
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
    `<rect width="${w}" height="${h}" fill="url(#sun)"/>`,
    `<g filter="url(#soft)" opacity="0.7">${towers(r, { x0: 0, x1: w, baseY: road - 60, minH: 100, maxH: 360, minW: 50, maxW: 110, colors: ["#b9a99a", "#c6b8a8"], lit: 0, windowColor: "#fff" })}</g>`,
    `<rect y="${road - 60}" width="${w}" height="60" fill="#9b8e76"/>`,
    `<rect y="${road}" width="${w}" height="${h - road}" fill="#5b5a58"/>`,
    `<rect y="${road + 8}" width="${w}" height="6" fill="#f0f0f0" opacity="0.7"/>`,
    `<rect x="${w * 0.66}" y="${road - 420}" width="20" height="440" fill="#333"/><rect x="${w * 0.95}" y="${road - 420}" width="20" height="440" fill="#333"/><rect x="${w * 0.66}" y="${road - 440}" width="${w * 0.3}" height="80" fill="#c7302a"/>`,
    shimmer(r, w, road + 20, h, "#bdbdbd", 40),
    field,
  ].join("");
  return svgDoc(w, h, defs, body);
}

/** The street scenes. */
export const CITY_SCENES: Scene[] = [
  { file: "night-market.jpg", w: 2000, h: 1333, seed: 21, draw: market },
  { file: "monorail.jpg", w: 2000, h: 1125, seed: 22, draw: monorail },
  { file: "rain-steps.jpg", w: 1600, h: 2000, seed: 23, draw: rainSteps },
  { file: "marathon.jpg", w: 2000, h: 1125, seed: 24, draw: runners },
];
