// Characters MDX or Markdown read as syntax anywhere in a line: JSX and
// expressions ({ } < >), emphasis, code, links, tables, strikethrough,
// entities, and the backslash itself.
const INLINE_SYNTAX = /[\\{}<>*_`[\]|~&]/g;
// Characters that only mean something at the start of a line: headings,
// block quotes (caught above), list items, thematic breaks, setext underlines.
const LEADING_SYNTAX = /^([#+=-])/;
const ORDERED_LIST = /^(\d+)([.)])/;

/** Returns a line of plain text escaped so MDX shows it as it is, never as markup. */
export function escapeMdx(text: string): string {
  return text.replace(INLINE_SYNTAX, '\\$&').replace(LEADING_SYNTAX, '\\$1').replace(ORDERED_LIST, '$1\\$2');
}

/**
 * Returns the MDX body: one paragraph per source line, as the source has them,
 * trimmed and escaped, separated by blank lines and ending in a newline.
 */
export function toMdxParagraphs(lines: readonly string[]): string {
  const paragraphs = lines.map((line) => line.trim()).filter((line) => line !== '');
  return paragraphs.length === 0 ? '' : `${paragraphs.map(escapeMdx).join('\n\n')}\n`;
}
