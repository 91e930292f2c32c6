// Characters MDX or Markdown read as syntax anywhere in a line: JSX and
// expressions ({ } < >), emphasis, code, links, tables, strikethrough,
// entities, and the backslash itself.
const INLINE_SYNTAX = /[\\{}<>*_`[\]|~&]/g;
// Characters that only mean something at the start of a line: headings,
// block quotes (caught above), list items, thematic breaks, setext underlines.
const LEADING_SYNTAX = /^([#+=-])/;
const ORDERED_LIST = /^(\d+)([.)])/;
// MDX reads a line starting with import or export as JavaScript. A letter has
// no backslash escape, so the first one is written as a character reference.
const ESM = /^(i)(?=mport(?![\p{L}\p{N}_$]))|^(e)(?=xport(?![\p{L}\p{N}_$]))/u;
// GFM turns bare URLs and e-mail addresses into links, matching the decoded
// text, so no escape stops it. Putting one character of each (the h of http,
// the w of www, the character before @) in the importer's own <Keep> splits
// the text where the link would start: it reads the same and links nothing.
const LINK_START = /[hH](?=[tT][tT][pP][sS]?:\/\/)|[wW](?=[wW][wW]\.)|[\w+\-.](?=@[\w-])/gu;

/** Returns a line of plain text escaped so MDX shows it as it is, never as markup, a link or code. */
export function escapeMdx(text: string): string {
  const pieces: string[] = [];
  let at = 0;
  for (const match of text.matchAll(LINK_START)) {
    pieces.push(escapeText(text.slice(at, match.index), at === 0), `<Keep>${escapeText(match[0], false)}</Keep>`);
    at = match.index + match[0].length;
  }
  pieces.push(escapeText(text.slice(at), at === 0));
  return pieces.join('');
}

function escapeText(text: string, lineStart: boolean): string {
  const inline = text.replace(INLINE_SYNTAX, '\\$&');
  if (!lineStart) return inline;
  return inline
    .replace(LEADING_SYNTAX, '\\$1')
    .replace(ORDERED_LIST, '$1\\$2')
    .replace(ESM, (letter: string) => `&#x${letter.charCodeAt(0).toString(16)};`);
}

/**
 * Returns the MDX body: one paragraph per source line, as the source has them,
 * trimmed and escaped, separated by blank lines and ending in a newline.
 */
export function toMdxParagraphs(lines: readonly string[]): string {
  const paragraphs = lines.map((line) => line.trim()).filter((line) => line !== '');
  return paragraphs.length === 0 ? '' : `${paragraphs.map(escapeMdx).join('\n\n')}\n`;
}
