import { LANDING_KEY, PARAGRAPH_ID, paragraphInView, placeFor, scrollForLine, storedPlace } from '../lib/site/reading-position.ts';

// The DOM side of the reader's place: the character that starts the line at
// the reading line, counted from the start of its paragraph, and the way back
// from that count to a line. The two scripts' paragraphs hold the same number
// of characters almost everywhere (conversion is character for character but
// for a few phrases), so the count finds the same line in the other script.

/** Returns the character offset, within `paragraph`, of the point (x, y) in the viewport, or 0. */
function offsetAt(paragraph: HTMLElement, x: number, y: number): number {
  const caret = document.caretPositionFromPoint?.(x, y);
  if (!caret || !paragraph.contains(caret.offsetNode)) return 0;
  let offset = 0;
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node === caret.offsetNode) return offset + caret.offset;
    offset += node.textContent?.length ?? 0;
  }
  return 0;
}

/** Returns the top, in the viewport, of the line holding character `offset` of `paragraph`. */
function lineTopAt(paragraph: HTMLElement, offset: number): number {
  let left = offset;
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (left < length) {
      const range = document.createRange();
      range.setStart(node, left);
      range.setEnd(node, left + 1);
      const rect = range.getClientRects()[0];
      if (rect) return rect.top;
      break;
    }
    left -= length;
  }
  return paragraph.getBoundingClientRect().top;
}

/** Returns the paragraph in view and the offset of the line at the reading line, or undefined at the headline. */
export function currentPlace(root: Document, path: string): { id: string; offset: number; path: string } | undefined {
  const paragraphs = [...root.querySelectorAll<HTMLElement>('[id]')].filter((el) => PARAGRAPH_ID.test(el.id));
  const boxes = paragraphs.map((el) => ({ id: el.id, top: el.getBoundingClientRect().top, bottom: el.getBoundingClientRect().bottom }));
  const id = paragraphInView(boxes, window.innerHeight);
  const paragraph = id === undefined ? undefined : root.getElementById(id);
  if (id === undefined || !paragraph) return undefined;
  const box = paragraph.getBoundingClientRect();
  const line = window.innerHeight / 4;
  // Above the paragraph's first line the reader is at its start.
  const offset = box.top >= line ? 0 : offsetAt(paragraph, box.left + 1, line);
  return { path, id, offset };
}

/** Remembers the reader's place for the page at `path`, for this tab only; a storage failure loses only the line. */
export function keepPlace(place: { id: string; offset: number; path: string }): void {
  try {
    window.sessionStorage.setItem(LANDING_KEY, storedPlace(place));
  } catch {
    // The paragraph still travels in the link's #hash.
  }
}

/**
 * On arrival from the other script: brings the reader's line back to the
 * reading line, marks the paragraph with a highlight that fades, and takes
 * the #hash out of the address, so a reload neither jumps nor marks again.
 */
export function restorePlace(root: Document): void {
  let stored: string | null = null;
  try {
    stored = window.sessionStorage.getItem(LANDING_KEY);
    window.sessionStorage.removeItem(LANDING_KEY);
  } catch {
    // No storage: the browser's own #hash scroll stands.
  }
  const place = placeFor(stored, window.location.pathname);
  const id = place?.id ?? (PARAGRAPH_ID.test(window.location.hash.slice(1)) ? window.location.hash.slice(1) : undefined);
  const paragraph = id === undefined ? null : root.getElementById(id);
  if (!paragraph) return;
  if (place) window.scrollTo(0, scrollForLine(lineTopAt(paragraph, place.offset) + window.scrollY, window.innerHeight));
  paragraph.classList.add('landed');
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}
