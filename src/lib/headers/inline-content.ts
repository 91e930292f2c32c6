/**
 * Finds, in a built HTML page, everything a Content-Security-Policy judges
 * as inline: `<style>` and `<script>` elements without `src`, `style="…"`
 * and `on…="…"` attributes, and `javascript:` URLs. A small tokenizer, not
 * a full HTML parser: it knows tags, quoted attributes, comments and the
 * raw-text elements whose content is not markup, which is what Astro emits.
 */
import { decodeHTMLAttribute } from 'entities';

/** An inline `<script>` element: its `type` (lower case, "" when absent) and exact text. */
export interface InlineScript {
  readonly type: string;
  readonly text: string;
  /** Whether the browser runs it (and so CSP `script-src` applies), rather than treating it as a data block. */
  readonly executable: boolean;
}

/** An attribute that holds inline code. */
export interface InlineAttribute {
  readonly tag: string;
  readonly name: string;
  readonly value: string;
}

/** What a page carries inline, in document order. */
export interface InlineContent {
  readonly styles: readonly string[];
  readonly scripts: readonly InlineScript[];
  /** `style="…"`: blocked by a hash-only `style-src` (it would need `'unsafe-hashes'`). */
  readonly styleAttributes: readonly InlineAttribute[];
  /** `onclick="…"` and the like: blocked by a `script-src` without `'unsafe-inline'`. */
  readonly handlerAttributes: readonly InlineAttribute[];
  /** `href="javascript:…"` and the like: blocked likewise. */
  readonly javascriptUrls: readonly InlineAttribute[];
}

// https://mimesniff.spec.whatwg.org/#javascript-mime-type
const javascriptTypes = new Set([
  'application/ecmascript', 'application/javascript', 'application/x-ecmascript', 'application/x-javascript',
  'text/ecmascript', 'text/javascript', 'text/javascript1.0', 'text/javascript1.1', 'text/javascript1.2',
  'text/javascript1.3', 'text/javascript1.4', 'text/javascript1.5', 'text/jscript', 'text/livescript',
  'text/x-ecmascript', 'text/x-javascript',
]);
// Not run as JavaScript, but still governed by script-src when inline.
const policedTypes = new Set(['module', 'importmap', 'speculationrules']);

/** Returns whether a `<script type>` makes the element something CSP `script-src` governs. */
export function isExecutableScriptType(type: string): boolean {
  // Stryker disable next-line OptionalChaining,StringLiteral: equivalent; split always gives a first part.
  const essence = type.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === '' || javascriptTypes.has(essence) || policedTypes.has(essence);
}

const rawTextElements = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/**
 * Returns whether a URL attribute's value runs code when followed. The browser
 * decodes character references first, then drops leading C0 controls and
 * spaces and every tab and newline before it reads the scheme, so
 * `&#106;avascript:` and `java&#9;script:` are javascript: URLs too.
 */
export function isJavascriptUrl(value: string): boolean {
  const url = decodeHTMLAttribute(value)
    .replace(/^[\u0000-\u0020]+/, '')
    .replace(/[\t\n\r]/g, '');
  return /^javascript:/i.test(url);
}

interface Tag {
  readonly name: string;
  readonly attributes: readonly (readonly [string, string])[];
  readonly end: number;
}

/** Reads the start tag whose `<` is at `start`; returns its name, attributes and the index after `>`. */
function readStartTag(html: string, start: number): Tag {
  let i = start + 1;
  // Stryker disable next-line Regex,OptionalChaining: equivalent; the caller only starts a tag at '<' followed by a letter, so the name always matches at 0.
  const nameMatch = /^[A-Za-z][^\s/>]*/.exec(html.slice(i, i + 200));
  // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, as above.
  const name = (nameMatch?.[0] ?? '').toLowerCase();
  // Stryker disable next-line OptionalChaining: equivalent, as above.
  i += nameMatch?.[0].length ?? 0;
  const attributes: [string, string][] = [];
  // Past the end, html[i] is undefined and reads as '': no loop below needs its own bound check but the name's.
  while (i < html.length) {
    while (/[\s/]/.test(html[i] ?? '')) i++;
    if (html[i] === '>') return { name, attributes, end: i + 1 };
    const attrStart = i;
    // Equivalent: `i <= html.length` reads one past the end as '' and stops there, taking the same name.
    while (i < html.length && !/[\s/>=]/.test(html[i] ?? '')) i++;
    const attrName = html.slice(attrStart, i).toLowerCase();
    while (/\s/.test(html[i] ?? '')) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (/\s/.test(html[i] ?? '')) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        const stop = close === -1 ? html.length : close;
        value = html.slice(i + 1, stop);
        // Stryker disable next-line ArithmeticOperator: equivalent; a step back reads the closing quote into a junk attribute name, which is never style, on… or a URL.
        i = stop + 1;
      } else {
        const valueStart = i;
        // Equivalent: `i <= html.length` reads one past the end as '' and stops there, taking the same value.
        while (i < html.length && !/[\s>]/.test(html[i] ?? '')) i++;
        value = html.slice(valueStart, i);
      }
    }
    // Stryker disable next-line ConditionalExpression: equivalent; an empty name (a stray '=') holds no code, whatever its value.
    if (attrName) attributes.push([attrName, value]);
  }
  return { name, attributes, end: html.length };
}

/**
 * Returns the index after the comment that opens at `start`. As browsers read
 * it: `<!-->` and `<!--->` are whole (empty) comments, `--!>` closes one as
 * `-->` does, and a comment never closed runs to the end of the document.
 */
function commentEnd(html: string, start: number): number {
  const ends = ['-->', '--!>'].map((close) => [html.indexOf(close, start + 2), close.length] as const).filter(([at]) => at !== -1);
  if (ends.length === 0) return html.length;
  const [at, length] = ends.reduce((first, end) => (end[0] < first[0] ? end : first));
  return at + length;
}

/** Returns every piece of inline code in an HTML document, in document order. */
export function scanInlineContent(html: string): InlineContent {
  const styles: string[] = [];
  const scripts: InlineScript[] = [];
  const styleAttributes: InlineAttribute[] = [];
  const handlerAttributes: InlineAttribute[] = [];
  const javascriptUrls: InlineAttribute[] = [];
  let i = 0;
  // Stryker disable next-line EqualityOperator: equivalent; at the end, indexOf('<') is -1 and the loop breaks.
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      i = commentEnd(html, lt);
      continue;
    }
    // Equivalent: past the end, any fallback that holds no letter or one that does lead to a tag of no name and no attributes, which holds nothing.
    if (!/[A-Za-z]/.test(html[lt + 1] ?? '')) {
      // An end tag, a doctype, or a stray "<" in text.
      // Stryker disable next-line LogicalOperator,ArithmeticOperator: equivalent; html[lt + 1] past the end is '' either way, and a '>' found one place earlier or later still lands before the next '<'.
      // Equivalent: past the end, html[lt + 1] reads as '' or as any other non-letter fallback alike (a '<' at the very end starts nothing).
      i = /[/!?]/.test(html[lt + 1] ?? '') ? Math.max(html.indexOf('>', lt) + 1, lt + 1) : lt + 1;
      continue;
    }
    const tag = readStartTag(html, lt);
    i = tag.end;
    for (const [name, value] of tag.attributes) {
      if (name === 'style') styleAttributes.push({ tag: tag.name, name, value });
      else if (/^on[a-z]+$/.test(name)) handlerAttributes.push({ tag: tag.name, name, value });
      else if (urlAttributes.has(name) && isJavascriptUrl(value)) javascriptUrls.push({ tag: tag.name, name, value });
    }
    if (!rawTextElements.has(tag.name)) continue;
    // <plaintext> has no end tag: everything after it is text.
    const closeMatch = tag.name === 'plaintext' ? null : new RegExp(`</${tag.name}[\\s/>]`, 'i').exec(html.slice(i));
    const textEnd = closeMatch ? i + closeMatch.index : html.length;
    const text = html.slice(i, textEnd);
    const attributes = new Map(tag.attributes);
    if (tag.name === 'style') styles.push(text);
    if (tag.name === 'script' && !attributes.has('src')) {
      const type = (attributes.get('type') ?? '').trim().toLowerCase();
      scripts.push({ type, text, executable: isExecutableScriptType(type) });
    }
    i = textEnd;
  }
  return { styles, scripts, styleAttributes, handlerAttributes, javascriptUrls };
}
