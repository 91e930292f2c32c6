/**
 * A small HTML tokenizer that reports where text, tags and everything else
 * sit in the original string, by offset, so a caller can rewrite text and
 * attribute values and copy every other byte through untouched. It follows the
 * WHATWG tokenizer where rendered pages need it (comments, raw-text elements,
 * quoted attributes containing `>`, unterminated constructs) and builds no tree.
 */

/** One attribute of a tag, with the offsets of its value in the source. */
export interface HtmlAttribute {
  /** Lower-case name. */
  readonly name: string;
  /** The value as written (character references not decoded), or '' when absent. */
  readonly value: string;
  /** Offsets of the value between its quotes; both -1 when the attribute has no value. */
  readonly valueStart: number;
  readonly valueEnd: number;
}

/**
 * A piece of the document. `text` is character data (including the content of
 * `<title>`); `raw` is anything never to be read as text: comments, doctype,
 * CDATA, the content of `<script>`, `<style>` and `<textarea>`, stray or
 * unterminated markup.
 */
export type HtmlToken =
  | { readonly kind: 'text'; readonly start: number; readonly end: number }
  | { readonly kind: 'raw'; readonly start: number; readonly end: number }
  | {
      readonly kind: 'start';
      readonly start: number;
      readonly end: number;
      readonly name: string;
      readonly attributes: readonly HtmlAttribute[];
      readonly selfClosing: boolean;
    }
  | { readonly kind: 'end'; readonly start: number; readonly end: number; readonly name: string };

/** Elements that never have content or an end tag. */
export const voidElements: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'basefont', 'bgsound', 'frame', 'keygen', 'param',
]);

// Content runs to the matching end tag and is never markup. <noscript> is not
// here: its content is markup that readers without JavaScript see.
const rawTextElements = new Set(['script', 'style', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes']);
// Same, but the content is character data readers see.
const escapableTextElements = new Set(['title']);

const isWhitespace = (char: string | undefined): boolean =>
  char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';
const isAsciiAlpha = (char: string | undefined): boolean => char !== undefined && /^[A-Za-z]$/.test(char);

interface ParsedTag {
  name: string;
  attributes: HtmlAttribute[];
  selfClosing: boolean;
  end: number;
}

/** Parses a tag whose name starts at `nameStart`; returns undefined when the input ends inside it. */
function parseTag(html: string, nameStart: number): ParsedTag | undefined {
  let p = nameStart;
  while (p < html.length && !isWhitespace(html[p]) && html[p] !== '/' && html[p] !== '>') p += 1;
  const name = html.slice(nameStart, p).toLowerCase();
  const attributes: HtmlAttribute[] = [];
  const seen = new Set<string>();
  for (;;) {
    while (isWhitespace(html[p])) p += 1;
    if (p >= html.length) return undefined;
    if (html[p] === '>') return { name, attributes, selfClosing: false, end: p + 1 };
    if (html[p] === '/') {
      if (html[p + 1] === '>') return { name, attributes, selfClosing: true, end: p + 2 };
      p += 1;
      continue;
    }
    const attributeStart = p;
    // An attribute name may begin with '=' (a parse error browsers accept).
    p += 1;
    while (p < html.length && !isWhitespace(html[p]) && html[p] !== '/' && html[p] !== '>' && html[p] !== '=') p += 1;
    const attributeName = html.slice(attributeStart, p).toLowerCase();
    let valueStart = -1;
    let valueEnd = -1;
    let q = p;
    while (isWhitespace(html[q])) q += 1;
    if (html[q] === '=') {
      q += 1;
      while (isWhitespace(html[q])) q += 1;
      const quote = html[q];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, q + 1);
        if (close === -1) return undefined;
        valueStart = q + 1;
        valueEnd = close;
        p = close + 1;
      } else if (quote === '>') {
        valueStart = q;
        valueEnd = q;
        p = q;
      } else {
        valueStart = q;
        while (q < html.length && !isWhitespace(html[q]) && html[q] !== '>') q += 1;
        valueEnd = q;
        p = q;
      }
    }
    // Browsers keep the first of two attributes with the same name.
    if (!seen.has(attributeName)) {
      seen.add(attributeName);
      attributes.push({
        name: attributeName,
        value: valueStart === -1 ? '' : html.slice(valueStart, valueEnd),
        valueStart,
        valueEnd,
      });
    }
  }
}

/** Returns the offset of `</name` (followed by whitespace, `/` or `>`) at or after `from`, or the input's length. */
function findEndTag(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  if (match) return match.index;
  // `</name` at the very end also closes it.
  const tail = `</${name}`;
  return html.length >= tail.length && html.slice(-tail.length).toLowerCase() === tail ? html.length - tail.length : html.length;
}

/** Returns the end offset of a comment that starts with `<!--` at `start`. */
function commentEnd(html: string, start: number): number {
  const body = start + 4;
  if (html.startsWith('>', body)) return body + 1;
  if (html.startsWith('->', body)) return body + 2;
  const close = html.indexOf('--', body);
  for (let at = close; at !== -1; at = html.indexOf('--', at + 1)) {
    if (html.startsWith('-->', at)) return at + 3;
    if (html.startsWith('--!>', at)) return at + 4;
  }
  return html.length;
}

/** Returns the offset just past the next `>` at or after `from`, or the input's length. */
function pastNext(html: string, character: string, from: number): number {
  const at = html.indexOf(character, from);
  return at === -1 ? html.length : at + character.length;
}

/** Returns the tokens of `html`, in order, covering every offset exactly once. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let textStart = 0;
  let p = 0;
  const emitText = (end: number) => {
    if (textStart < end) tokens.push({ kind: 'text', start: textStart, end });
  };
  const emit = (token: HtmlToken) => {
    emitText(token.start);
    tokens.push(token);
    textStart = token.end;
    p = token.end;
  };

  while (p < html.length) {
    const lt = html.indexOf('<', p);
    if (lt === -1) break;
    const next = html[lt + 1];
    if (next === '!') {
      if (html.startsWith('<!--', lt)) emit({ kind: 'raw', start: lt, end: commentEnd(html, lt) });
      else if (html.startsWith('<![CDATA[', lt)) emit({ kind: 'raw', start: lt, end: pastNext(html, ']]>', lt + 9) });
      else emit({ kind: 'raw', start: lt, end: pastNext(html, '>', lt + 2) });
    } else if (next === '?') {
      emit({ kind: 'raw', start: lt, end: pastNext(html, '>', lt + 2) });
    } else if (next === '/') {
      const after = html[lt + 2];
      if (isAsciiAlpha(after)) {
        const tag = parseTag(html, lt + 2);
        if (tag) emit({ kind: 'end', start: lt, end: tag.end, name: tag.name });
        else emit({ kind: 'raw', start: lt, end: html.length });
      } else if (after === '>') {
        emit({ kind: 'raw', start: lt, end: lt + 3 });
      } else if (after === undefined) {
        p = html.length;
      } else {
        emit({ kind: 'raw', start: lt, end: pastNext(html, '>', lt + 2) });
      }
    } else if (isAsciiAlpha(next)) {
      const tag = parseTag(html, lt + 1);
      if (!tag) {
        emit({ kind: 'raw', start: lt, end: html.length });
        continue;
      }
      emit({ kind: 'start', start: lt, end: tag.end, name: tag.name, attributes: tag.attributes, selfClosing: tag.selfClosing });
      const raw = rawTextElements.has(tag.name);
      if (raw || escapableTextElements.has(tag.name)) {
        const close = findEndTag(html, tag.name, tag.end);
        if (close > tag.end) emit({ kind: raw ? 'raw' : 'text', start: tag.end, end: close });
        p = close;
        textStart = close;
      }
    } else {
      // A '<' that starts nothing is text.
      p = lt + 1;
    }
  }
  emitText(html.length);
  return tokens;
}

/** One piece of escaped text: literal characters, or a character reference such as `&amp;`. */
export interface TextPiece {
  readonly text: string;
  readonly reference: boolean;
}

const characterReference = /&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)/g;

/**
 * Returns escaped text (a text node or attribute value as written) cut into
 * literal runs and character references, so references can be kept byte for
 * byte while the runs around them are converted.
 */
export function splitCharacterReferences(escaped: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of escaped.matchAll(characterReference)) {
    if (match.index > last) pieces.push({ text: escaped.slice(last, match.index), reference: false });
    pieces.push({ text: match[0], reference: true });
    last = match.index + match[0].length;
  }
  if (last < escaped.length) pieces.push({ text: escaped.slice(last), reference: false });
  return pieces;
}
