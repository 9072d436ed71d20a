// The sample authors' portraits: head-and-shoulders figures lit from one side, one per author.
import type { Scene } from "./scene.ts";
import { linear, radial, svgDoc, type Rng } from "./svg.ts";

type Look = { bg: [string, string]; skin: string; hair: string; coat: string; long: boolean };

function portrait(look: Look) {
  return (_r: Rng, w: number, h: number): string => {
    const defs = [
      linear("bg", [
        [0, look.bg[0]],
        [1, look.bg[1]],
      ]),
      radial("key", 0.3, 0.3, 0.7, [
        [0, "#ffffff", 0.35],
        [1, "#ffffff", 0],
      ]),
      radial("shade", 0.75, 0.5, 0.5, [
        [0, "#000", 0.25],
        [1, "#000", 0],
      ]),
    ].join("");
    const cx = w / 2;
    const hair = look.long
      ? `<path d="M${cx - 190} ${h * 0.62} Q ${cx - 230} ${h * 0.15} ${cx} ${h * 0.14} Q ${cx + 230} ${h * 0.15} ${cx + 190} ${h * 0.62} Z" fill="${look.hair}"/>`
      : `<path d="M${cx - 170} ${h * 0.4} Q ${cx - 180} ${h * 0.14} ${cx} ${h * 0.15} Q ${cx + 180} ${h * 0.14} ${cx + 170} ${h * 0.4} Q ${cx} ${h * 0.26} ${cx - 170} ${h * 0.4} Z" fill="${look.hair}"/>`;
    const body = [
      `<rect width="${w}" height="${h}" fill="url(#bg)"/>`,
      hair,
      `<path d="M${cx - 330} ${h} Q ${cx - 300} ${h * 0.72} ${cx} ${h * 0.7} Q ${cx + 300} ${h * 0.72} ${cx + 330} ${h} Z" fill="${look.coat}"/>`,
      `<rect x="${cx - 60}" y="${h * 0.55}" width="120" height="${h * 0.17}" fill="${look.skin}"/>`,
      `<ellipse cx="${cx}" cy="${h * 0.42}" rx="150" ry="190" fill="${look.skin}"/>`,
      `<path d="M${cx - 155} ${h * 0.36} Q ${cx} ${h * 0.2} ${cx + 155} ${h * 0.36} Q ${cx + 140} ${h * 0.18} ${cx} ${h * 0.17} Q ${cx - 140} ${h * 0.18} ${cx - 155} ${h * 0.36} Z" fill="${look.hair}"/>`,
      `<ellipse cx="${cx - 55}" cy="${h * 0.43}" rx="14" ry="9" fill="#2a1d16"/><ellipse cx="${cx + 55}" cy="${h * 0.43}" rx="14" ry="9" fill="#2a1d16"/>`,
      `<path d="M${cx - 45} ${h * 0.53} Q ${cx} ${h * 0.555} ${cx + 45} ${h * 0.53}" stroke="#8a4a3a" stroke-width="7" fill="none"/>`,
      `<rect width="${w}" height="${h}" fill="url(#key)"/>`,
      `<rect width="${w}" height="${h}" fill="url(#shade)"/>`,
    ].join("");
    return svgDoc(w, h, defs, body, 0.05);
  };
}

const LOOKS: Record<string, Look> = {
  "li-wei": {
    bg: ["#5b7c99", "#2c3e50"],
    skin: "#e0b28f",
    hair: "#1b1410",
    coat: "#2f3b45",
    long: false,
  },
  "chen-xiaoyu": {
    bg: ["#c9a66b", "#7a5a33"],
    skin: "#edc3a0",
    hair: "#231812",
    coat: "#7a2f2a",
    long: true,
  },
  "tang-jiahui": {
    bg: ["#8a6a9a", "#3e2c4a"],
    skin: "#e8bb96",
    hair: "#2b1a12",
    coat: "#d9d2c3",
    long: true,
  },
  "he-yunfei": {
    bg: ["#6f9a6a", "#2e4a2c"],
    skin: "#c9946c",
    hair: "#120d0a",
    coat: "#c2412d",
    long: false,
  },
  "maggie-lau": {
    bg: ["#4f8a8c", "#1d3a3c"],
    skin: "#f0c9a8",
    hair: "#3a2418",
    coat: "#1f2a44",
    long: true,
  },
};

/** One 800×800 portrait per sample author, `authors/<id>.jpg`. */
export const PORTRAITS: Scene[] = Object.entries(LOOKS).map(([id, look], i) => ({
  file: `authors/${id}.jpg`,
  w: 800,
  h: 800,
  seed: 50 + i,
  draw: portrait(look),
}));
