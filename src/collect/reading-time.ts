// Reading time that counts Chinese by characters and Latin scripts by words.

/** Reading speeds: Han characters and Latin-script words per minute. */
export interface ReadingSpeed {
  /** Han characters a minute. */
  han: number;
  /** Latin (and other space-separated) words a minute. */
  latin: number;
}

/** The speeds used when site.yaml sets none. */
export const DEFAULT_READING_SPEED = { han: 400, latin: 220 } satisfies ReadingSpeed;

const HAN = /\p{Script=Han}/gu;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Whole minutes to read `text` (at least 1): Han characters at `han`/min plus other words at `latin`/min. */
export function readingMinutes(text: string, speed: ReadingSpeed = DEFAULT_READING_SPEED): number {
  const han = text.match(HAN)?.length ?? 0;
  const words = (text.replace(HAN, " ").match(WORD) ?? []).length;
  return Math.max(1, Math.round(han / speed.han + words / speed.latin));
}
