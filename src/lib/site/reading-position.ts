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
