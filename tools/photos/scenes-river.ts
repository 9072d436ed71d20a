// River scenes of the sample site: the skyline at dusk, the confluence, the cable car, a bridge at night, the port.
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

const DUSK_TOWERS = ["#2a2438", "#332b45", "#3b3150", "#272033", "#40365a"];
const NIGHT_TOWERS = ["#141a2b", "#1b2236", "#20283f", "#111626"];

function skylineDusk(r: Rng, w: number, h: number): string {
  const defs = [
    linear("sky", [
      [0, "#1f2a55"],
      [0.45, "#7a4f7d"],
      [0.75, "#e48a5a"],
      [1, "#f6c27a"],
    ]),
    linear("water", [
      [0, "#b9735a"],
      [0.4, "#4a3b55"],
      [1, "#1b1a2c"],
    ]),
    radial("sun", 0.68, 0.62, 0.25, [
      [0, "#ffe2a0", 0.95],
      [1, "#ffb070", 0],
    ]),
  ].join("");
  const horizon = h * 0.66;
  const body = [
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
    `<rect width="${w}" height="${h}" fill="url(#sun)"/>`,
    ridge(r, w, horizon - 120, 50, "#5b4766", horizon, 60),
    `<g filter="url(#soft)">${towers(r, { x0: 0, x1: w, baseY: horizon, minH: 80, maxH: 230, minW: 40, maxW: 90, colors: ["#4c3d5e", "#54446a"], lit: 0.15, windowColor: "#ffd9a0" })}</g>`,
    towers(r, {
      x0: w * 0.12,
      x1: w * 0.88,
      baseY: horizon,
      minH: 140,
      maxH: 420,
      minW: 50,
      maxW: 120,
      colors: DUSK_TOWERS,
      lit: 0.35,
      windowColor: "#ffd58a",
    }),
    `<rect y="${horizon}" width="${w}" height="${h - horizon}" fill="url(#water)"/>`,
    `<g opacity="0.35" transform="translate(0 ${2 * horizon}) scale(1 -1)" filter="url(#haze)">${towers(r, { x0: w * 0.12, x1: w * 0.88, baseY: horizon, minH: 140, maxH: 380, minW: 50, maxW: 120, colors: DUSK_TOWERS, lit: 0.4, windowColor: "#ffcf80" })}</g>`,
    shimmer(r, w, horizon + 10, h, "#ffd9a0", 260),
    boat(w * 0.3, horizon + 90, 1.2, "#1a1420", "#ffcc66"),
  ].join("");
  return svgDoc(w, h, defs, body);
}

function boat(x: number, y: number, s: number, hull: string, light: string): string {
  return `<g transform="translate(${x} ${y}) scale(${s})"><path d="M-120 0 L120 0 L95 26 L-100 26 Z" fill="${hull}"/><rect x="-60" y="-34" width="110" height="34" fill="${hull}"/><rect x="-50" y="-26" width="90" height="8" fill="${light}" opacity="0.9"/><circle cx="-40" cy="-44" r="5" fill="${light}"/></g>`;
}

function confluence(r: Rng, w: number, h: number): string {
  const defs = [
    linear("sky", [
      [0, "#9fb7c9"],
      [1, "#dfe6e4"],
    ]),
    linear("yangtze", [
      [0, "#a68a62"],
      [1, "#7c6445"],
    ]),
    linear("jialing", [
      [0, "#6e8f86"],
      [1, "#4b6a62"],
    ]),
  ].join("");
  const horizon = h * 0.42;
  const body = [
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
    `<g filter="url(#soft)" opacity="0.75">${ridge(r, w, horizon - 60, 40, "#8a9ca6", horizon + 20)}</g>`,
    towers(r, {
      x0: w * 0.25,
      x1: w * 0.75,
      baseY: horizon + 30,
      minH: 120,
      maxH: 330,
      minW: 40,
      maxW: 90,
      colors: ["#7d8b94", "#6c7a84", "#909ca3"],
      lit: 0.05,
      windowColor: "#c9d3d8",
    }),
    `<path d="M${w * 0.38} ${horizon + 30} q ${w * 0.12} -120 ${w * 0.24} 0 Z" fill="#5e6d77"/>`,
    `<rect y="${horizon + 30}" width="${w}" height="${h}" fill="url(#yangtze)"/>`,
    `<path d="M0 ${horizon + 30} L${w * 0.5} ${horizon + 30} C ${w * 0.45} ${h * 0.7}, ${w * 0.3} ${h * 0.85}, 0 ${h} Z" fill="url(#jialing)"/>`,
    shimmer(r, w, horizon + 40, h, "#f3ead8", 180),
    boat(w * 0.62, h * 0.72, 1.4, "#f1f1ee", "#d8452f"),
    boat(w * 0.22, h * 0.6, 0.8, "#2e3a3f", "#f2c14e"),
    `<path d="M${w * 0.5} ${horizon + 30} l ${w * 0.04} ${h * 0.2}" stroke="#ffffff" stroke-opacity="0.25" stroke-width="6"/>`,
  ].join("");
  return svgDoc(w, h, defs, body);
}

function cableCar(r: Rng, w: number, h: number): string {
  const defs = [
    linear("sky", [
      [0, "#c9d6dc"],
      [0.6, "#e8e5da"],
      [1, "#c8c0ad"],
    ]),
    linear("cabin", [
      [0, "#d8402f"],
      [1, "#9c2a1f"],
    ]),
  ].join("");
  const river = h * 0.78;
  const body = [
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
    `<g filter="url(#soft)" opacity="0.7">${towers(r, { x0: 0, x1: w, baseY: river, minH: 300, maxH: 700, minW: 60, maxW: 130, colors: ["#a8adab", "#9aa19f", "#b4b7b1"], lit: 0.04, windowColor: "#eee" })}</g>`,
    `<rect y="${river}" width="${w}" height="${h - river}" fill="#8b7a5e"/>`,
    shimmer(r, w, river + 5, h, "#efe7d4", 90),
    `<rect y="${h * 0.45}" width="${w}" height="${h * 0.2}" fill="#fff" opacity="0.35" filter="url(#haze)"/>`,
    `<line x1="0" y1="${h * 0.16}" x2="${w}" y2="${h * 0.3}" stroke="#222" stroke-width="5"/>`,
    `<line x1="0" y1="${h * 0.18}" x2="${w}" y2="${h * 0.32}" stroke="#222" stroke-width="3"/>`,
    `<g transform="translate(${w * 0.52} ${h * 0.245})">`,
    `<line x1="0" y1="0" x2="0" y2="120" stroke="#333" stroke-width="10"/>`,
    `<rect x="-230" y="110" width="460" height="300" rx="34" fill="url(#cabin)"/>`,
    `<rect x="-200" y="150" width="400" height="120" rx="10" fill="#2c3a44"/>`,
    [-150, -50, 50, 150]
      .map(
        (x) => `<rect x="${x - 40}" y="160" width="80" height="100" fill="#7f97a6" opacity="0.6"/>`,
      )
      .join(""),
    `<rect x="-230" y="330" width="460" height="16" fill="#f2efe6"/>`,
    `</g>`,
    `<circle cx="${between(r, 0.1, 0.2) * w}" cy="${h * 0.1}" r="60" fill="#fff8e0" opacity="0.5" filter="url(#glow)"/>`,
  ].join("");
  return svgDoc(w, h, defs, body);
}

function bridgeNight(r: Rng, w: number, h: number): string {
  const defs = [
    linear("sky", [
      [0, "#070b1a"],
      [0.7, "#1a2140"],
      [1, "#2d2a48"],
    ]),
    linear("water", [
      [0, "#1d2140"],
      [1, "#05070f"],
    ]),
  ].join("");
  const deck = h * 0.55;
  const trails = Array.from({ length: 14 }, (_, i) => {
    const y = deck - 10 + (i % 7) * 2.5;
    const color = i < 7 ? "#fff2c8" : "#ff4a3a";
    return `<line x1="${w * 0.05}" y1="${y}" x2="${w * 0.95}" y2="${y + between(r, -2, 2)}" stroke="${color}" stroke-width="${between(r, 1, 3).toFixed(1)}" opacity="${between(r, 0.5, 1).toFixed(2)}"/>`;
  }).join("");
  const hangers = Array.from({ length: 30 }, (_, i) => {
    const x = w * 0.1 + (i * w * 0.8) / 29;
    const t = (x - w * 0.5) / (w * 0.4);
    const top = deck - h * 0.3 * (1 - t * t);
    return `<line x1="${x}" y1="${top}" x2="${x}" y2="${deck}" stroke="#ffb347" stroke-width="3" opacity="0.8"/>`;
  }).join("");
  const body = [
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
    `<g filter="url(#soft)">${towers(r, { x0: 0, x1: w, baseY: deck + 40, minH: 60, maxH: 260, minW: 40, maxW: 100, colors: NIGHT_TOWERS, lit: 0.3, windowColor: "#ffe3a3" })}</g>`,
    `<rect y="${deck + 40}" width="${w}" height="${h}" fill="url(#water)"/>`,
    `<path d="M${w * 0.1} ${deck} Q ${w * 0.5} ${deck - h * 0.6} ${w * 0.9} ${deck}" fill="none" stroke="#ffb347" stroke-width="14"/>`,
    `<path d="M${w * 0.1} ${deck} Q ${w * 0.5} ${deck - h * 0.6} ${w * 0.9} ${deck}" fill="none" stroke="#ffb347" stroke-width="40" opacity="0.35" filter="url(#glow)"/>`,
    hangers,
    `<rect x="0" y="${deck}" width="${w}" height="18" fill="#0c0f1d"/>`,
    trails,
    `<g opacity="0.45" filter="url(#haze)"><rect x="${w * 0.1}" y="${deck + 60}" width="${w * 0.8}" height="${h * 0.25}" fill="#ffb347"/></g>`,
    shimmer(r, w, deck + 50, h, "#ffcf7a", 220),
  ].join("");
  return svgDoc(w, h, defs, body);
}

function port(r: Rng, w: number, h: number): string {
  const defs = linear("sky", [
    [0, "#88a5c0"],
    [1, "#e9dcc4"],
  ]);
  const quay = h * 0.68;
  const colors = ["#c4412f", "#2f6fa3", "#e3a33a", "#3f8a5a", "#8a8f96", "#b35b2a"];
  const stacks: string[] = [];
  for (let x = 40; x < w - 80; x += 130) {
    const n = Math.floor(between(r, 1, 5));
    for (let i = 0; i < n; i++)
      stacks.push(
        `<rect x="${x}" y="${quay - 52 * (i + 1)}" width="124" height="50" fill="${pick(r, colors)}" stroke="#00000033"/>`,
      );
  }
  const cranes = [0.22, 0.5, 0.78].map((f) => {
    const x = w * f;
    return `<g fill="none" stroke="#d2552c" stroke-width="16"><path d="M${x - 80} ${quay} L${x - 60} ${h * 0.2} L${x + 60} ${h * 0.2} L${x + 80} ${quay}"/><path d="M${x - 260} ${h * 0.22} L${x + 220} ${h * 0.22}"/></g><line x1="${x - 180}" y1="${h * 0.22}" x2="${x - 180}" y2="${quay - 240}" stroke="#333" stroke-width="4"/>`;
  });
  const body = [
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
    `<g filter="url(#soft)" opacity="0.6">${ridge(r, w, h * 0.5, 50, "#7d8f9a", quay)}</g>`,
    cranes.join(""),
    stacks.join(""),
    `<rect y="${quay}" width="${w}" height="${h - quay}" fill="#6f6550"/>`,
    `<rect y="${quay}" width="${w}" height="22" fill="#4a4538"/>`,
    shimmer(r, w, quay + 30, h, "#f6eedc", 120),
    `<path d="M${w * 0.1} ${h * 0.88} L${w * 0.62} ${h * 0.88} L${w * 0.58} ${h * 0.94} L${w * 0.13} ${h * 0.94} Z" fill="#2b3136"/>`,
    person(w * 0.5, quay, 70, "#f2a33a", "#333"),
  ].join("");
  return svgDoc(w, h, defs, body);
}

/** The river scenes. */
export const RIVER_SCENES: Scene[] = [
  { file: "skyline-dusk.jpg", w: 2400, h: 1000, seed: 11, draw: skylineDusk },
  { file: "chaotianmen-confluence.jpg", w: 2000, h: 1333, seed: 12, draw: confluence },
  { file: "cable-car.jpg", w: 1600, h: 2000, seed: 13, draw: cableCar },
  { file: "bridge-night.jpg", w: 2000, h: 1125, seed: 14, draw: bridgeNight },
  { file: "guoyuan-port.jpg", w: 2000, h: 1125, seed: 15, draw: port },
];
