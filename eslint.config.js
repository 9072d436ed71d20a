// Lint rules: typescript-eslint strict, plus the dependency rule of docs/ARCHITECTURE.md as restricted imports.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const MARKDOWN = ["unified", "remark-*", "mdast-*", "unist-*", "hast-*"];
const YAML = ["gray-matter", "yaml", "js-yaml"];
const ELEVENTY = ["@11ty/*"];
const PREACT = ["preact", "preact/*", "preact-render-to-string"];
const FS = ["node:fs", "node:fs/*", "fs", "fs/*"];
const MESSAGE = "crosses the dependency rule of docs/ARCHITECTURE.md";

/** Every stage folder of src/, for rules that forbid reaching "up" the pipeline. */
const STAGE = (names) => names.flatMap((n) => [`../${n}/*`, `../../${n}/*`]);
const TOP = [
  "../pipeline.ts",
  "../model-site.ts",
  "../image-stages.ts",
  "../prepare.ts",
  "../progress.ts",
  "../../pipeline.ts",
  "../../model-site.ts",
  "../../image-stages.ts",
];

/**
 * The dependency rule (docs/ARCHITECTURE.md): each folder may import the folders below it in the
 * pipeline, never above. `typeOnly` patterns may still be imported with `import type` (collect and
 * the layouts read the content model's and the views' types, never their code). One block per
 * folder, so each file gets exactly one rule.
 */
const DEPENDENCY_RULES = [
  { files: ["src/routes.ts"], regex: "^" },
  {
    files: ["src/content/**"],
    forbid: [
      ...MARKDOWN,
      ...ELEVENTY,
      ...PREACT,
      "sharp",
      ...STAGE(["images", "markdown", "collect", "render", "incremental", "publish", "cli"]),
      ...TOP,
    ],
  },
  {
    // Images sit between content and markdown: probe, rendition plan, encoder, cache (sharp only here).
    files: ["src/images/**"],
    forbid: [
      ...MARKDOWN,
      ...YAML,
      ...ELEVENTY,
      ...PREACT,
      ...STAGE(["markdown", "collect", "render", "incremental", "publish", "cli"]),
      ...TOP,
    ],
  },
  {
    files: ["src/markdown/**"],
    forbid: [
      "sharp",
      ...YAML,
      ...ELEVENTY,
      ...PREACT,
      ...STAGE(["collect", "render", "incremental", "publish", "cli"]),
      ...TOP,
    ],
  },
  {
    files: ["src/collect/**"],
    forbid: [
      ...MARKDOWN,
      ...YAML,
      ...ELEVENTY,
      ...PREACT,
      ...FS,
      "sharp",
      ...STAGE(["markdown", "render", "incremental", "publish", "cli"]),
      ...STAGE(["images"]),
      "!../images/plan.ts",
      ...TOP,
    ],
    typeOnly: STAGE(["content"]),
  },
  {
    files: ["src/render/**", "src/pages/**"],
    forbid: [...MARKDOWN, ...YAML, ...STAGE(["incremental", "publish", "cli"]), "../../prepare.ts"],
  },
  {
    files: ["src/incremental/**"],
    forbid: [...MARKDOWN, ...YAML, ...ELEVENTY, ...PREACT, ...STAGE(["cli"]), ...TOP],
  },
  {
    // Host recipes (headers, redirects, nginx): after render (its safe writer), before publish.
    files: ["src/deploy/**"],
    forbid: [
      ...MARKDOWN,
      ...YAML,
      ...ELEVENTY,
      ...PREACT,
      ...STAGE(["incremental", "publish", "cli"]),
      ...TOP,
    ],
  },
  {
    // Search: Pagefind indexes the model's records after render, before verify (pagefind only here).
    files: ["src/search/**"],
    forbid: [
      ...MARKDOWN,
      ...YAML,
      ...ELEVENTY,
      ...PREACT,
      ...STAGE(["markdown", "render", "incremental", "publish", "deploy", "cli", "serve"]),
      ...TOP,
    ],
  },
  {
    files: ["src/publish/**"],
    forbid: [
      ...MARKDOWN,
      ...YAML,
      ...ELEVENTY,
      ...PREACT,
      ...STAGE(["render", "incremental", "cli"]),
      ...TOP,
    ],
  },
  { files: ["src/cli/**", "src/*.ts", ".eleventy.ts"], forbid: [...MARKDOWN, ...YAML] },
  {
    // The preview server sits above the pipeline, like cli/: it calls build() in a child process
    // and reads only the error format, the progress reporter and how `npm run build` starts a
    // build besides; its one Eleventy package is the dev server.
    files: ["src/serve/**"],
    forbid: [
      ...MARKDOWN,
      ...YAML,
      ...PREACT,
      "@11ty/*",
      "!@11ty/eleventy-dev-server",
      ...STAGE(["markdown", "collect", "render", "incremental", "publish", "cli", "content"]),
      "!../content/errors.ts",
      "../*.ts",
      "!../pipeline.ts",
      "!../progress.ts",
      "!../build-command.ts",
    ],
  },
  {
    files: ["layouts/**"],
    forbid: [
      ...MARKDOWN,
      ...YAML,
      ...ELEVENTY,
      ...FS,
      "node:*",
      ...["markdown", "render", "incremental", "publish", "cli", "pages"].flatMap((n) => [
        `../src/${n}/*`,
        `../../src/${n}/*`,
      ]),
      ...["../src/*.ts", "../../src/*.ts"],
      ...["routes", "strings"].flatMap((n) => [`!../src/${n}.ts`, `!../../src/${n}.ts`]),
    ],
    typeOnly: [
      "../src/collect/*",
      "../../src/collect/*",
      "../src/content/*",
      "../../src/content/*",
    ],
  },
].map(({ files, forbid, regex, typeOnly }) => ({
  files,
  rules: {
    "no-restricted-imports": "off",
    "@typescript-eslint/no-restricted-imports": [
      "error",
      {
        patterns: [
          ...(forbid ? [{ group: forbid, message: MESSAGE }] : []),
          ...(regex ? [{ regex, message: MESSAGE }] : []),
          ...(typeOnly
            ? [{ group: typeOnly, allowTypeImports: true, message: `${MESSAGE} (types only)` }]
            : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      "dist/**",
      "dist-*/**",
      ".cache/**",
      "test/fixtures/**",
      "**/*.staging-*/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-empty-object-type": [
        "error",
        { allowInterfaces: "with-single-extends" },
      ],
    },
  },
  ...DEPENDENCY_RULES,
);
