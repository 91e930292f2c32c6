/** Returns true for a Han character (CJK ideograph of any block). */
export function isHan(char: string | undefined): boolean {
  return char !== undefined && /^\p{Script=Han}$/u.test(char);
}

/**
 * Returns true for punctuation that only appears in CJK text: the CJK symbols
 * block, full-width forms, and the curly quotes, dashes, ellipsis and middle dot
 * that Chinese typesetting uses.
 */
export function isCjkPunctuation(char: string | undefined): boolean {
  return char !== undefined && /^[\u3000-\u303F\uFE10-\uFE1F\uFE30-\uFE4F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2018\u2019\u201C\u201D\u2014\u2026\u00B7]$/u.test(
    char,
  );
}

/** Returns true when `char` makes its neighbours Chinese text: a Han character or CJK punctuation. */
export function isChineseContext(char: string | undefined): boolean {
  return isHan(char) || isCjkPunctuation(char);
}
