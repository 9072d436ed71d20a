// The slice of Eleventy 3's API that Broadsheet calls (Eleventy ships no types).
declare module "@11ty/eleventy" {
  /** The config object handed to `.eleventy.ts` and to the constructor's `config` callback. */
  export interface UserConfig {
    addExtension(
      extensions: string | string[],
      options: { key: string; compile?: () => (data: unknown) => unknown },
    ): void;
    addTemplateFormats(formats: string | string[]): void;
    addGlobalData(name: string, value: unknown): void;
    setQuietMode(quiet: boolean): void;
    setDataDeepMerge(deep: boolean): void;
    setFrontMatterParsingOptions(options: Record<string, unknown>): void;
    setUseGitIgnore(use: boolean): void;
    addWatchTarget(path: string): void;
    addPassthroughCopy(map: Record<string, string>): void;
    globalData: Record<string, unknown>;
  }

  /** One written template, as `write()` reports it. */
  export interface WriteResult {
    inputPath?: string;
    outputPath?: string | false;
    url?: string | false;
  }

  /** Options of the programmatic API. */
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    config?: (config: UserConfig) => void | Promise<void>;
  }

  /** The programmatic build: `new Eleventy(input, output, options).write()`. */
  export class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    /** Silences Eleventy's own console lines (its "Wrote N files" is forced even in quiet mode). */
    disableLogger(): void;
  }
}
