/** The id pattern given to article paragraphs by rehypeParagraphIds. */
export const PARAGRAPH_ID = /^p\d+$/;

/** A paragraph's id and where its box is on screen. */
export interface ParagraphBox {
  id: string;
  top: number;
  bottom: number;
}

/**
 * Returns the id of the paragraph a reader is reading: the first one whose
 * box reaches below the top quarter of the viewport, or undefined above the
 * first paragraph (then the reader is at the headline, not mid-article).
 */
export function paragraphInView(boxes: readonly ParagraphBox[], viewportHeight: number): string | undefined {
  const line = viewportHeight / 4;
  const first = boxes[0];
  if (!first || first.top > line) return undefined;
  return boxes.find((box) => box.bottom > line)?.id ?? boxes.at(-1)?.id;
}

/** The sessionStorage key carrying the reader's place from one script's page to the other's. */
export const LANDING_KEY = 'reading-position';

/** Where a reader was: a page, a paragraph, and how many characters into it their line starts. */
export interface ReadingPlace {
  path: string;
  id: string;
  offset: number;
}

/** Returns a reading place as stored between the two pages. */
export function storedPlace(place: ReadingPlace): string {
  return JSON.stringify(place);
}

/**
 * Returns the reading place stored for the page at `path`, or undefined when
 * none is, it was for another page, or it is not one (storage is the
 * reader's, and anything may be in it).
 */
export function placeFor(stored: string | null, path: string): ReadingPlace | undefined {
  if (!stored) return undefined;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return undefined;
    const { path: at, id, offset } = value as Record<string, unknown>;
    if (at !== path || typeof id !== 'string' || !PARAGRAPH_ID.test(id) || typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) return undefined;
    return { path: at, id, offset };
  } catch {
    return undefined;
  }
}

/**
 * Returns the scroll position that puts a line at the reading line (a quarter
 * down the viewport, where paragraphInView reads it): the line's top in page
 * coordinates, less a quarter of the viewport, never above the page's top.
 */
export function scrollForLine(lineTopInPage: number, viewportHeight: number): number {
  return Math.max(0, Math.round(lineTopInPage - viewportHeight / 4));
}
