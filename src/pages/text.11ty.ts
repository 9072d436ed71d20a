// Text files written as they are (robots.txt).
import { pageData, type TemplateData } from "../render/template.ts";
import type { TextFileView } from "../collect/text-file.ts";

export const data = pageData("textFiles");

/** Returns the file's text. */
export function render({ item }: TemplateData<TextFileView>): string {
  return item.body;
}
