// The older sample stories' photos, redrawn at full size: dragon boats, the riverbank crowd, the trade fair, hot pot, metro, lanterns.
import type { Scene } from "./scene.ts";
import { LIFE_SCENES } from "./scenes-life.ts";
import { CITY_SCENES } from "./scenes-city.ts";
import { between, linear, person, pick, ridge, shimmer, svgDoc, towers, type Rng } from "./svg.ts";

function dragonBoat(x: number, y: number, len: number, hull: string, vest: string): string {
  const rowers = Array.from({ length: 10 }, (_, i) => {
    const rx = x + 120 + i * ((len - 220) / 10);
    return `${person(rx, y - 4, 70, vest, "#2a1d14")}<line x1="${rx}" y1="${y - 40}" x2="${rx + 40}" y2="${y + 40}" stroke="#6a4a2a" stroke-width="6"/>`;
  }).join("");
  return [
    `<path d="M${x} ${y} L${x + len} ${y} Q ${x + len + 60} ${y - 10} ${x + len + 80} ${y - 70} L${x + len + 40} ${y + 30} L${x + 40} ${y + 34} Q ${x - 20} ${y + 20} ${x} ${y} Z" fill="${hull}"/>`,
    `<circle cx="${x + len + 70}" cy="${y - 72}" r="18" fill="${hull}"/><circle cx="${x + len + 76}" cy="${y - 76}" r="5" fill="#111"/>`,
    rowers,
  ].join("");
}

function regatta(r: Rng, w: number, h: number): string {
  const defs = [
    linear("sky", [
      [0, "#b8cadb"],
      [1, "#eee6d6"],
    ]),
    linear("water", [
      [0, "#6f8a80"],
      [1, "#3f5a52"],
    ]),
  ].join("");
  const horizon = h * 0.42;
  const body = [
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
    `<g filter="url(#soft)" opacity="0.7">${towers(r, { x0: 0, x1: w, baseY: horizon, minH: 120, maxH: 320, minW: 40, maxW: 100, colors: ["#8c969c", "#7f8a90"], lit: 0.05, windowColor: "#dde" })}</g>`,
    `<rect x="0" y="${horizon - 170}" width="${w}" height="26" fill="#c84a2c"/>`,
    Array.from(
      { length: 7 },
      (_, i) =>
        `<line x1="${w * 0.1 + i * w * 0.14}" y1="${horizon - 150}" x2="${w * 0.1 + i * w * 0.14}" y2="${horizon}" stroke="#c84a2c" stroke-width="8"/>`,
    ).join(""),
    `<rect y="${horizon}" width="${w}" height="${h - horizon}" fill="url(#water)"/>`,
    shimmer(r, w, horizon + 10, h, "#f4efe0", 200),
    dragonBoat(w * 0.05, h * 0.62, w * 0.62, "#c8281e", "#f1d23a"),
    dragonBoat(w * 0.18, h * 0.84, w * 0.66, "#e0a322", "#c8281e"),
  ].join("");
  return svgDoc(w, h, defs, body);
}

function riverbankCrowd(r: Rng, w: number, h: number): string {
  const defs = [
    linear("sky", [
      [0, "#2a2c52"],
      [0.6, "#b0627a"],
      [1, "#f0a868"],
    ]),
    linear("water", [
      [0, "#7a5a6a"],
      [1, "#2a2236"],
    ]),
  ].join("");
  const steps = h * 0.55;
  const crowd: string[] = [];
  for (let i = 0; i < 12; i++) {
    const y = steps + i * ((h - steps) / 12);
    crowd.push(
      `<rect y="${y}" width="${w * 0.6}" height="${(h - steps) / 12}" fill="${i % 2 ? "#5a4a44" : "#6a5850"}"/>`,
    );
    for (let k = 0; k < 18; k++)
      crowd.push(
        person(
          between(r, 0, w * 0.58),
          y + (h - steps) / 12,
          40 + i * 6,
          pick(r, ["#c8281e", "#2f5d8a", "#e0b13a", "#222", "#e8e2d4"]),
          "#1a1210",
        ),
      );
  }
  const body = [
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
    towers(r, {
      x0: w * 0.05,
      x1: w * 0.55,
      baseY: steps,
      minH: 150,
      maxH: 400,
      minW: 60,
      maxW: 130,
      colors: ["#3a2a3a", "#44323f"],
      lit: 0.4,
      windowColor: "#ffd28a",
    }),
    `<rect x="${w * 0.55}" y="${steps}" width="${w * 0.45}" height="${h - steps}" fill="url(#water)"/>`,
    ridge(r, w, steps - 30, 20, "#3a2a3a", steps, 80).replace(
      "<polygon",
      `<polygon transform="translate(${w * 0.55} 0) scale(0.45 1)"`,
    ),
    shimmer(r, w, steps + 10, h, "#ffcf8a", 80).replace(
      /x="(\d+)"/g,
      (_m, x: string) => `x="${(w * 0.55 + Number(x) * 0.45).toFixed(0)}"`,
    ),
    crowd.join(""),
  ].join("");
  return svgDoc(w, h, defs, body);
}

function tradeFair(r: Rng, w: number, h: number): string {
  const defs = linear("sky", [
    [0, "#9cc0de"],
    [1, "#eef2f0"],
  ]);
  const ground = h * 0.62;
  const tents = Array.from({ length: 9 }, (_, i) => {
    const x = -60 + i * (w / 8);
    const tw = w / 8 - 20;
    return `<rect x="${x}" y="${ground - 160}" width="${tw}" height="160" fill="#f4f4f0" stroke="#d8d8d0"/><path d="M${x - 10} ${ground - 160} L${x + tw / 2} ${ground - 250} L${x + tw + 10} ${ground - 160} Z" fill="#fbfbf8" stroke="#d8d8d0"/><rect x="${x + 20}" y="${ground - 120}" width="${tw - 40}" height="30" fill="${pick(r, ["#c8281e", "#2f5d8a", "#e0a322"])}"/>`;
  }).join("");
  const crowd = Array.from({ length: 50 }, () => ({ y: between(r, ground + 20, h) }))
    .sort((a, b) => a.y - b.y)
    .map(({ y }) =>
      person(
        between(r, 0, w),
        y,
        100 + ((y - ground) / (h - ground)) * 260,
        pick(r, ["#c8281e", "#2f5d8a", "#e0b13a", "#222", "#e8e2d4", "#3c7a52"]),
        "#2a1d14",
      ),
    )
    .join("");
  const body = [
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
    `<g filter="url(#soft)" opacity="0.6">${towers(r, { x0: 0, x1: w, baseY: ground - 140, minH: 150, maxH: 420, minW: 50, maxW: 120, colors: ["#9aa6ae", "#8c98a0"], lit: 0, windowColor: "#fff" })}</g>`,
    tents,
    `<rect y="${ground}" width="${w}" height="${h - ground}" fill="#b8b0a0"/>`,
    crowd,
  ].join("");
  return svgDoc(w, h, defs, body);
}

const reuse = (list: Scene[], file: string): Scene["draw"] =>
  list.find((s) => s.file === file)!.draw;

/** The older sample stories' photos (same names and aspect ratios as before, drawn at full size). */
export const REGATTA_SCENES: Scene[] = [
  { file: "dragon-boats.jpg", w: 1600, h: 900, seed: 41, draw: regatta },
  { file: "jialing-river.jpg", w: 1600, h: 900, seed: 42, draw: riverbankCrowd },
  { file: "trade-fair.jpg", w: 1800, h: 1200, seed: 43, draw: tradeFair },
  { file: "hot-pot.jpg", w: 1600, h: 900, seed: 44, draw: reuse(LIFE_SCENES, "hot-pot-table.jpg") },
  { file: "metro-line.png", w: 1500, h: 1000, seed: 45, draw: reuse(CITY_SCENES, "monorail.jpg") },
  {
    file: "new-year-lanterns.png",
    w: 1600,
    h: 900,
    seed: 46,
    draw: reuse(CITY_SCENES, "night-market.jpg"),
  },
];
