// Indoor and landscape scenes of the sample site: stadium, lab, hot pot, opera, karst peaks, library.
import type { Scene } from "./scene.ts";
import { between, linear, person, pick, radial, ridge, svgDoc, type Rng } from "./svg.ts";

function stadium(r: Rng, w: number, h: number): string {
  const defs = [
    linear("sky", [
      [0, "#0b1024"],
      [1, "#26304f"],
    ]),
    linear("pitch", [
      [0, "#2f7d3a"],
      [1, "#1d5a27"],
    ]),
    radial("flood", 0.5, 0.5, 0.5, [
      [0, "#ffffff", 1],
      [1, "#e8f0ff", 0],
    ]),
  ].join("");
  const pitchTop = h * 0.55;
  const crowd = Array.from(
    { length: 1400 },
    () =>
      `<circle cx="${between(r, 0, w).toFixed(0)}" cy="${between(r, h * 0.25, pitchTop - 20).toFixed(0)}" r="${between(r, 3, 6).toFixed(1)}" fill="${pick(r, ["#c9332a", "#e8e8e8", "#3a3a4a", "#1f4fa0", "#f0c040"])}" opacity="0.85"/>`,
  ).join("");
  const stripes = Array.from(
    { length: 8 },
    (_, i) =>
      `<rect x="${(i * w) / 8}" y="${pitchTop}" width="${w / 16}" height="${h - pitchTop}" fill="#ffffff" opacity="0.05"/>`,
  ).join("");
  const players = Array.from({ length: 14 }, (_, i) =>
    person(
      between(r, w * 0.05, w * 0.95),
      between(r, pitchTop + 80, h * 0.95),
      between(r, 70, 120),
      i % 2 ? "#d8302a" : "#f4f4f4",
      "#2a1d14",
    ),
  ).join("");
  const floods = [0.08, 0.92]
    .map(
      (f) =>
        `<rect x="${w * f - 6}" y="${h * 0.02}" width="12" height="${h * 0.3}" fill="#444"/><rect x="${w * f - 90}" y="${h * 0.02}" width="180" height="60" fill="#f4f6ff"/><circle cx="${w * f}" cy="${h * 0.05}" r="260" fill="url(#flood)" opacity="0.45"/>`,
    )
    .join("");
  const body = [
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
    `<path d="M0 ${h * 0.22} Q ${w / 2} ${h * 0.16} ${w} ${h * 0.22} L${w} ${pitchTop} L0 ${pitchTop} Z" fill="#1a1d2a"/>`,
    crowd,
    `<rect y="${pitchTop - 20}" width="${w}" height="20" fill="#c9332a"/>`,
    `<rect y="${pitchTop}" width="${w}" height="${h - pitchTop}" fill="url(#pitch)"/>`,
    stripes,
    `<line x1="0" y1="${pitchTop + 60}" x2="${w}" y2="${pitchTop + 60}" stroke="#fff" stroke-width="4" opacity="0.7"/>`,
    `<ellipse cx="${w / 2}" cy="${h * 0.8}" rx="${w * 0.12}" ry="${h * 0.08}" fill="none" stroke="#fff" stroke-width="4" opacity="0.7"/>`,
    players,
    `<circle cx="${w * 0.55}" cy="${h * 0.86}" r="12" fill="#fff"/>`,
    floods,
  ].join("");
  return svgDoc(w, h, defs, body);
}

function lab(r: Rng, w: number, h: number): string {
  const defs = [
    linear("wall", [
      [0, "#dfe7ea"],
      [1, "#b9c7cc"],
    ]),
    linear("bench", [
      [0, "#3b4a54"],
      [1, "#23303a"],
    ]),
    radial("screen", 0.5, 0.5, 0.6, [
      [0, "#7fe0ff", 0.9],
      [1, "#1a4a7a", 0.9],
    ]),
  ].join("");
  const top = h * 0.62;
  const screens = [0.15, 0.4, 0.65]
    .map((f) => {
      const x = w * f;
      const bars = Array.from(
        { length: 10 },
        (_, i) =>
          `<rect x="${x + 30 + i * 36}" y="${top - 120 - between(r, 20, 180)}" width="22" height="${between(r, 20, 180) + 0}" fill="#d9fbff" opacity="0.7"/>`,
      ).join("");
      return `<rect x="${x}" y="${top - 360}" width="420" height="260" rx="10" fill="#111"/><rect x="${x + 14}" y="${top - 346}" width="392" height="232" fill="url(#screen)"/>${bars}<rect x="${x + 190}" y="${top - 100}" width="40" height="100" fill="#333"/>`;
    })
    .join("");
  const arm = `<g stroke="#f08a24" stroke-width="46" stroke-linecap="round" fill="none"><path d="M${w * 0.86} ${top} L${w * 0.86} ${top - 300} L${w * 0.76} ${top - 440}"/></g><circle cx="${w * 0.86}" cy="${top - 300}" r="36" fill="#333"/><rect x="${w * 0.72}" y="${top - 480}" width="90" height="60" rx="10" fill="#333"/>`;
  const body = [
    `<rect width="${w}" height="${h}" fill="url(#wall)"/>`,
    Array.from(
      { length: 5 },
      (_, i) =>
        `<rect x="${i * (w / 5) + 40}" y="40" width="${w / 5 - 80}" height="24" rx="12" fill="#ffffff" opacity="0.9"/>`,
    ).join(""),
    screens,
    arm,
    `<rect y="${top}" width="${w}" height="40" fill="#cfd8dc"/>`,
    `<rect y="${top + 40}" width="${w}" height="${h - top}" fill="url(#bench)"/>`,
    person(w * 0.05, h, 900, "#f3f6f7", "#2a1e16"),
    Array.from(
      { length: 6 },
      (_, i) =>
        `<rect x="${w * 0.3 + i * 70}" y="${top - 60}" width="40" height="60" rx="6" fill="${pick(r, ["#7fc4e0", "#e0d27f", "#9fe07f"])}" opacity="0.8"/>`,
    ).join(""),
  ].join("");
  return svgDoc(w, h, defs, body);
}

function hotPot(r: Rng, w: number, h: number): string {
  const defs = [
    radial("broth", 0.5, 0.5, 0.5, [
      [0, "#e0401f"],
      [0.8, "#a81c10"],
      [1, "#6a0f08"],
    ]),
    radial("steam", 0.5, 0.5, 0.5, [
      [0, "#ffffff", 0.5],
      [1, "#ffffff", 0],
    ]),
    linear("table", [
      [0, "#4a2e1e"],
      [1, "#2a1810"],
    ]),
  ].join("");
  const cx = w / 2;
  const cy = h / 2;
  const R = Math.min(w, h) * 0.38;
  const chillies = Array.from({ length: 120 }, () => {
    const a = between(r, 0, Math.PI * 2);
    const d = Math.sqrt(r()) * R * 0.9;
    return `<ellipse cx="${(cx + Math.cos(a) * d).toFixed(0)}" cy="${(cy + Math.sin(a) * d).toFixed(0)}" rx="${between(r, 12, 26).toFixed(0)}" ry="7" transform="rotate(${between(r, 0, 180).toFixed(0)} ${(cx + Math.cos(a) * d).toFixed(0)} ${(cy + Math.sin(a) * d).toFixed(0)})" fill="${pick(r, ["#8c120a", "#c4260f", "#5a0a05", "#e8b04a"])}"/>`;
  }).join("");
  const grid = [-1, 1]
    .map(
      (s) =>
        `<line x1="${cx + (s * R) / 3}" y1="${cy - R * 0.94}" x2="${cx + (s * R) / 3}" y2="${cy + R * 0.94}" stroke="#b7b7b7" stroke-width="10"/><line x1="${cx - R * 0.94}" y1="${cy + (s * R) / 3}" x2="${cx + R * 0.94}" y2="${cy + (s * R) / 3}" stroke="#b7b7b7" stroke-width="10"/>`,
    )
    .join("");
  const plates = [0.1, 0.9]
    .map(
      (f) =>
        `<circle cx="${w * f}" cy="${h * 0.85}" r="${R * 0.35}" fill="#efe9dd"/><circle cx="${w * f}" cy="${h * 0.85}" r="${R * 0.25}" fill="${pick(r, ["#c76b5a", "#7aa05a", "#e9d8a8"])}"/>`,
    )
    .join("");
  const body = [
    `<rect width="${w}" height="${h}" fill="url(#table)"/>`,
    `<circle cx="${cx}" cy="${cy}" r="${R * 1.08}" fill="#9a9a9a"/>`,
    `<circle cx="${cx}" cy="${cy}" r="${R}" fill="url(#broth)"/>`,
    chillies,
    grid,
    plates,
    `<ellipse cx="${cx - R * 0.2}" cy="${cy - R * 0.3}" rx="${R * 0.7}" ry="${R * 0.5}" fill="url(#steam)" filter="url(#haze)"/>`,
    `<line x1="${w * 0.72}" y1="${h * 0.05}" x2="${w * 0.56}" y2="${h * 0.42}" stroke="#d9b36a" stroke-width="14"/><line x1="${w * 0.75}" y1="${h * 0.06}" x2="${w * 0.6}" y2="${h * 0.43}" stroke="#d9b36a" stroke-width="14"/>`,
  ].join("");
  return svgDoc(w, h, defs, body);
}

function opera(r: Rng, w: number, h: number): string {
  const defs = [
    linear(
      "curtain",
      [
        [0, "#7a0f12"],
        [0.5, "#b81d22"],
        [1, "#5a0a0c"],
      ],
      true,
    ),
    radial("spot", 0.5, 0.45, 0.45, [
      [0, "#fff1c4", 0.8],
      [1, "#fff1c4", 0],
    ]),
  ].join("");
  const folds = Array.from(
    { length: 16 },
    (_, i) =>
      `<rect x="${(i * w) / 16}" y="0" width="${w / 32}" height="${h}" fill="#000" opacity="${between(r, 0.08, 0.2).toFixed(2)}"/>`,
  ).join("");
  const cx = w / 2;
  const face = `<g transform="translate(${cx} ${h * 0.36})"><ellipse rx="170" ry="220" fill="#f4efe6"/><path d="M-170 -40 Q 0 -140 170 -40 L170 40 Q 0 -40 -170 40 Z" fill="#c8201c"/><path d="M-120 -20 Q -70 -60 -30 -20 Q -70 0 -120 -20 Z" fill="#111"/><path d="M120 -20 Q 70 -60 30 -20 Q 70 0 120 -20 Z" fill="#111"/><path d="M-10 40 L10 40 L0 90 Z" fill="#111"/><path d="M-60 130 Q 0 160 60 130" stroke="#8a0e0e" stroke-width="14" fill="none"/><path d="M-190 -150 Q 0 -330 190 -150 L150 -190 Q 0 -280 -150 -190 Z" fill="#e0b13a"/></g>`;
  const robe = `<path d="M${cx - 420} ${h} L${cx - 260} ${h * 0.5} L${cx + 260} ${h * 0.5} L${cx + 420} ${h} Z" fill="#1f4e8a"/><path d="M${cx - 60} ${h * 0.5} L${cx} ${h * 0.75} L${cx + 60} ${h * 0.5} Z" fill="#e0b13a"/>`;
  const body = [
    `<rect width="${w}" height="${h}" fill="url(#curtain)"/>`,
    folds,
    `<rect width="${w}" height="${h}" fill="url(#spot)"/>`,
    robe,
    face,
    `<path d="M0 0 L${w} 0 L${w} ${h * 0.08} Q ${w / 2} ${h * 0.16} 0 ${h * 0.08} Z" fill="#e0b13a" opacity="0.85"/>`,
  ].join("");
  return svgDoc(w, h, defs, body);
}

function karst(r: Rng, w: number, h: number): string {
  const defs = linear("sky", [
    [0, "#cfd9d6"],
    [1, "#f1efe6"],
  ]);
  const peaks = (n: number, y: number, hMax: number, fill: string): string =>
    Array.from({ length: n }, () => {
      const x = between(r, -100, w + 100);
      const pw = between(r, 140, 320);
      const ph = between(r, hMax * 0.5, hMax);
      return `<path d="M${x - pw} ${y} C ${x - pw * 0.8} ${y - ph}, ${x + pw * 0.8} ${y - ph}, ${x + pw} ${y} Z" fill="${fill}"/>`;
    }).join("");
  const body = [
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
    `<g filter="url(#soft)" opacity="0.5">${peaks(7, h * 0.45, 600, "#8ea39c")}</g>`,
    `<rect y="${h * 0.35}" width="${w}" height="${h * 0.15}" fill="#fff" opacity="0.6" filter="url(#haze)"/>`,
    `<g opacity="0.8">${peaks(6, h * 0.7, 900, "#5d7a6a")}</g>`,
    `<rect y="${h * 0.6}" width="${w}" height="${h * 0.12}" fill="#fff" opacity="0.55" filter="url(#haze)"/>`,
    peaks(5, h * 1.02, 1000, "#2f4a3a"),
    ridge(r, w, h * 0.93, 30, "#1e3326", h),
    `<path d="M${w * 0.3} ${h * 0.78} L${w * 0.7} ${h * 0.74}" stroke="#3b3b3b" stroke-width="6"/>`,
  ].join("");
  return svgDoc(w, h, defs, body);
}

function library(r: Rng, w: number, h: number): string {
  const defs = linear("light", [
    [0, "#f7e9c8"],
    [1, "#d9c29a"],
  ]);
  const shelves: string[] = [];
  for (let sy = 80; sy < h * 0.8; sy += 170) {
    shelves.push(`<rect x="60" y="${sy + 140}" width="${w - 120}" height="18" fill="#5a3a22"/>`);
    for (let x = 70; x < w - 80;) {
      const bw = between(r, 18, 40);
      const bh = between(r, 100, 138);
      shelves.push(
        `<rect x="${x.toFixed(0)}" y="${(sy + 140 - bh).toFixed(0)}" width="${bw.toFixed(0)}" height="${bh.toFixed(0)}" fill="${pick(r, ["#8a2c22", "#2c4a6a", "#c9a24a", "#3e6a4a", "#6a4a7a", "#e8dcc4", "#222"])}"/>`,
      );
      x += bw + 2;
    }
  }
  const body = [
    `<rect width="${w}" height="${h}" fill="url(#light)"/>`,
    `<rect x="40" y="40" width="${w - 80}" height="${h * 0.82}" fill="#3a2616"/>`,
    shelves.join(""),
    `<rect y="${h * 0.84}" width="${w}" height="${h * 0.16}" fill="#8a6a4a"/>`,
    `<rect x="${w * 0.3}" y="${h * 0.78}" width="${w * 0.4}" height="30" fill="#6a4a2a"/>`,
    person(w * 0.44, h * 0.97, 380, "#2f5d8a", "#2a1e16"),
    person(w * 0.6, h * 0.99, 300, "#c2412d", "#2a1e16"),
    `<rect width="${w}" height="${h}" fill="#ffe9b0" opacity="0.12"/>`,
  ].join("");
  return svgDoc(w, h, defs, body);
}

/** The indoor and landscape scenes. */
export const LIFE_SCENES: Scene[] = [
  { file: "stadium.jpg", w: 2000, h: 1125, seed: 31, draw: stadium },
  { file: "robotics-lab.jpg", w: 2000, h: 1333, seed: 32, draw: lab },
  { file: "hot-pot-table.jpg", w: 1800, h: 1800, seed: 33, draw: hotPot },
  { file: "opera-mask.jpg", w: 1600, h: 2000, seed: 34, draw: opera },
  { file: "karst-fog.jpg", w: 1600, h: 2133, seed: 35, draw: karst },
  { file: "library.jpg", w: 2000, h: 1333, seed: 36, draw: library },
];
