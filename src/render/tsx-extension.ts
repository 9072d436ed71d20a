// Registers `*.11ty.tsx` and `*.11ty.ts` page templates with Eleventy: their `render` returns the finished text.
import type { UserConfig } from "@11ty/eleventy";

/** Lets Eleventy load `.11ty.tsx` modules (through tsx) like `.11ty.js` ones. */
export function addTsxTemplates(config: UserConfig): void {
  config.addExtension(["11ty.tsx", "11ty.ts"], { key: "11ty.js" });
  config.addTemplateFormats(["11ty.tsx", "11ty.ts"]);
}
