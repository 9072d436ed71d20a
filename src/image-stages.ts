// The build's two photo stages, as `pipeline.ts` runs them: probe (after parse) and images (started
// beside plan and render, waited for after render), and author photos resolved against the probed media.
import type { AuthorConfig } from "./content/authors.ts";
import { contentError } from "./content/errors.ts";
import { resolveImagePath } from "./content/image-field.ts";
import type { MediaFile } from "./content/load.ts";
import type { MediaAsset } from "./content/values.ts";
import type { Rendition } from "./images/plan.ts";
import { probeMedia, type ProbedMedia } from "./images/probe.ts";
import { writeRenditions, type WriteResult } from "./images/write.ts";
import { copyInside, writeInside } from "./render/render.ts";
import type { BuildRun } from "./report.ts";
import { outputFile } from "./routes.ts";

/** Media as parse describes it: the asset and its file, by content path. */
type Media = ReadonlyMap<string, { asset: MediaAsset; file: MediaFile }>;

/** The `probe` stage: assets with their sizes as shown, and their files; bad images reported and left out. */
export async function probeStage(run: BuildRun, media: Media, cacheDir: string | false) {
  const probed = await run.stage(
    "probe",
    () => probeMedia(media, cacheDir),
    (p: ProbedMedia) => `${p.media.size} images`,
  );
  return {
    media: new Map([...probed.media].map(([p, m]) => [p, m.asset])),
    files: new Map([...probed.media].map(([p, m]) => [p, m.file])),
  };
}

/**
 * Authors with their `photo` resolved (relative to authors.yaml, i.e. the content root) to a probed
 * image; a photo that is not one is `E_IMAGE_MISSING` at authors.yaml, and the author has none.
 */
export function withPortraits(
  run: BuildRun,
  authors: readonly AuthorConfig[],
  media: ReadonlyMap<string, MediaAsset>,
  authorsFile: string,
): AuthorConfig[] {
  return authors.map((a) => {
    if (a.photo === undefined) return a;
    const at = resolveImagePath(a.photo.trim(), "authors.yaml");
    const portrait = at === undefined ? undefined : media.get(at);
    if (portrait) return { ...a, portrait };
    run.add([
      contentError(
        authorsFile,
        "E_IMAGE_MISSING",
        `${a.id}: photo "${a.photo}" is not an image in the content tree`,
        "write the path from the content folder, e.g. media/authors/li-ming.jpg",
      ),
    ]);
    return a;
  });
}

/** What the `images` stage writes from. */
export interface ImagesInput {
  renditions: readonly Rendition[];
  /** The source files by content path (read only for a rendition the cache lacks). */
  sources: ReadonlyMap<string, MediaFile>;
  staging: string;
  cacheDir: string | false;
  displayPath: (source: string) => string;
}

/** Renditions being written into staging beside plan and render (`imagesJob`). */
export interface ImagesJob {
  /** Every rendition written (or the first write that failed). */
  result: Promise<WriteResult>;
  /** Settles when the job has stopped writing, whatever the outcome (never rejects). */
  settled: Promise<void>;
  /** Starts no more renditions (a build that failed elsewhere); those being written finish. */
  stop(): void;
  /** Sends progress to `report` from now on (nothing is shown until the `images` stage waits). */
  progressTo(report: (done: number, total: number) => void): void;
}

/**
 * Starts writing every rendition into the staging folder (cache first, then sharp) beside plan and
 * render: sharp encodes on its own threads while the main thread hashes and renders.
 */
export function imagesJob(input: ImagesInput): ImagesJob {
  let stopped = false;
  let progress: ((done: number, total: number) => void) | undefined;
  const result = writeRenditions(input.renditions, {
    sources: input.sources,
    cacheDir: input.cacheDir,
    write: (p, bytes) => writeInside(input.staging, outputFile(p), bytes),
    copy: (p, from) => copyInside(input.staging, outputFile(p), from),
    displayPath: input.displayPath,
    onProgress: (done, total) => progress?.(done, total),
    stop: () => stopped,
  });
  return {
    result,
    settled: result.then(
      () => undefined,
      () => undefined,
    ),
    stop: () => void (stopped = true),
    progressTo: (report) => void (progress = report),
  };
}

/** The `images` stage: waits for what `job` has left to write (its time is that wait). */
export function imagesStage(run: BuildRun, job: ImagesJob): Promise<WriteResult> {
  job.progressTo((done, total) => run.progressOf.count?.("images", done, total));
  return run.stage(
    "images",
    () => job.result,
    (r) => `${r.files} images (${r.made} made, ${r.cached} from the cache)`,
  );
}
