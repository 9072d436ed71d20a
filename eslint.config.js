// Lint rules: typescript-eslint strict, plus the dependency rule of DESIGN §2 as restricted imports.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const MARKDOWN = ["unified", "remark-*", "mdast-*", "unist-*", "hast-*"];
const YAML = ["gray-matter", "yaml", "js-yaml"];
const ELEVENTY = ["@11ty/*"];
const PREACT = ["preact", "preact/*", "preact-render-to-string"];
const FS = ["node:fs", "node:fs/*", "fs", "fs/*"];

/** One block per folder, so each file gets exactly one dependency rule (DESIGN §2). */
const DEPENDENCY_RULES = [
  { files: ["src/routes.ts"], regex: "^(?!\\./types\\.ts$)" },
  { files: ["src/markdown/**"], forbid: [...YAML, ...ELEVENTY, ...PREACT] },
  { files: ["src/content/**"], forbid: [...MARKDOWN, ...ELEVENTY, ...PREACT] },
  {
    files: ["src/collect/**"],
    forbid: [
      ...MARKDOWN,
      ...YAML,
      ...ELEVENTY,
      ...PREACT,
      ...FS,
      "../content/*",
      "../markdown/*",
      "../build/*",
      "../output/*",
    ],
  },
  { files: ["src/output/**"], forbid: [...MARKDOWN, ...YAML, ...ELEVENTY, ...PREACT, ...FS] },
  {
    files: ["layouts/**"],
    forbid: [...MARKDOWN, ...YAML, ...ELEVENTY, ...FS, "node:*", "../src/*/**", "../../src/*/**"],
  },
  {
    files: ["src/pages/**", "src/eleventy/**", "src/build/**", "src/cli/**", ".eleventy.ts"],
    forbid: [...MARKDOWN, ...YAML],
  },
].map(({ files, forbid, regex }) => ({
  files,
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            ...(regex ? { regex } : { group: forbid }),
            message: "crosses the dependency rule of DESIGN §2",
          },
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
