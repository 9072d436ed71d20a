// A deploy input for the unit tests: two editions, a moved URL, a gone one in each edition.
import type { DeployInput } from "../../../src/deploy/deploy-model.ts";

/** Fingerprinted asset names as the build passes them. */
export const ASSETS = {
  "site.css": "site.0123456789ab.css",
  "favicon.svg": "favicon.ba9876543210.svg",
  "logo.png": "logo.png",
};

/** The input of a two-edition site at `baseUrl`. */
export function deployInput(baseUrl = "https://news.example.org/"): DeployInput {
  const base = new URL(baseUrl).pathname;
  return {
    baseUrl,
    collected: {
      site: {
        notFoundPages: [{ path: "/zh/404.html" }, { path: "/404.html" }],
        redirectPages: [
          { path: "/zh/news/2023/05/渝港/", targetHref: `${base}zh/news/2023/05/yu-gang/` },
          { path: "/news/2023/05/old-slug/", targetHref: `${base}news/2023/05/new-slug/` },
        ],
      },
      redirects: { gone: ["/zh/news/2022/01/removed/", "/news/2022/01/removed/"] },
    },
    assets: { files: ASSETS },
    inlineScripts: ["document.documentElement.dataset.js = 'on';"],
  };
}
