/** The localStorage key holding the reader's text size. */
export const TEXT_SIZE_KEY = 'text-size';

/** The text sizes a reader can choose for an article's body, smallest first; `medium` is the page's own. */
export const textSizes = ['small', 'medium', 'large'] as const;
export type TextSize = (typeof textSizes)[number];

/** Returns the stored text size, or undefined when none is stored, storage is unavailable, or it holds something else. */
export function storedTextSize(storage: () => Storage): TextSize | undefined {
  try {
    const stored = storage().getItem(TEXT_SIZE_KEY);
    return textSizes.find((size) => size === stored);
  } catch {
    // Private modes and disabled storage throw: the page keeps its own size.
    return undefined;
  }
}

/** Remembers the reader's text size; a storage failure only means it is not remembered. */
export function rememberTextSize(storage: () => Storage, size: TextSize): void {
  try {
    storage().setItem(TEXT_SIZE_KEY, size);
  } catch {
    // See storedTextSize.
  }
}
