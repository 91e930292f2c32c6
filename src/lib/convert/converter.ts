import { sourceLocaleOf, type Script, type Variant } from '../site/variants.ts';
import { tokenizeHtml, splitCharacterReferences, voidElements, type HtmlAttribute } from '../html/text-nodes.ts';
import { escapeHtml } from '../html/escape.ts';
import { convertAttribute, fixedValue, keepValue, scriptAttribute, scriptName } from './markers.ts';
import { splitByOverrides, type Override } from './overrides.ts';
import { applyQuotes } from './quotes.ts';
import { convertPlainText } from './text.ts';

export { findUnusedOverrides, type Override } from './overrides.ts';

/** What to convert from and into, and the names and terms to keep as written. */
export interface ConvertOptions {
  /** The script the text is written in. */
  readonly from: Script;
  /** The variant to produce. */
  readonly to: Variant;
  /**
   * Names and terms shown exactly as given for the target script. Longest
   * match wins; of two entries with the same source form the later wins,
   * so pass the glossary first and an article's own overrides after it.
   */
  readonly overrides?: readonly Override[];
}

/**
 * Returns `text` (plain text, no markup) in the target variant: OpenCC phrase
 * conversion from `sourceLocaleOf[from]` to `to.opencc` (none when they are
 * equal), overrides placed verbatim, then quotation marks in the variant's style.
 */
export function convertText(text: string, options: ConvertOptions): string {
  return convertSegments(text, options, (form) => form);
}

/**
 * Converts plain runs with OpenCC and puts each override's target form in
 * through `place`: as it is for plain text, escaped for HTML, because an
 * override is data an editor typed and `<meta …>` in it must show as text.
 */
function convertSegments(text: string, options: ConvertOptions, place: (form: string) => string): string {
  if (text === '') return text;
  const { from, to, overrides } = options;
  const fromLocale = sourceLocaleOf[from];
  let result = '';
  for (const segment of splitByOverrides(text, overrides, from)) {
    if (segment.override) result += place(segment.override[to.script]);
    else result += applyQuotes(convertPlainText(segment.text, fromLocale, to.opencc), to.quotes);
  }
  return result;
}

// Their contents are code or program text, never prose to convert.
const codeElements = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'var', 'textarea']);

// Attributes whose values people read or hear.
const humanAttributes = new Set(['title', 'alt', 'aria-label', 'aria-description', 'placeholder']);

// `<meta name|property=… content=…>` whose content is prose shown in previews.
const proseMeta = new Set([
  'description',
  'og:title',
  'og:description',
  'og:site_name',
  'og:image:alt',
  'twitter:title',
  'twitter:description',
  'twitter:image:alt',
]);

function attribute(attributes: readonly HtmlAttribute[], name: string): HtmlAttribute | undefined {
  return attributes.find((a) => a.name === name);
}

function convertsAttribute(element: string, attributes: readonly HtmlAttribute[], candidate: HtmlAttribute): boolean {
  if (candidate.valueStart === -1) return false;
  if (humanAttributes.has(candidate.name)) return true;
  if (element !== 'meta' || candidate.name !== 'content') return false;
  const kind = attribute(attributes, 'name') ?? attribute(attributes, 'property');
  return kind !== undefined && proseMeta.has(kind.value.toLowerCase());
}

function keepsSubtree(attributes: readonly HtmlAttribute[]): boolean {
  return (
    attribute(attributes, convertAttribute)?.value === keepValue ||
    attribute(attributes, 'translate')?.value.toLowerCase() === 'no'
  );
}

/** Escapes what would end text early: an attribute value may hold a raw `<` or `>`. */
function asTextContent(attributeValue: string): string {
  return attributeValue.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface OpenElement {
  readonly name: string;
  /** Its content is copied as written. */
  readonly keep: boolean;
  /** Set on a fixed term: where its content starts and what replaces it. */
  readonly fixed?: { readonly contentStart: number; readonly replacement: string };
}

/**
 * Returns rendered HTML with its human text in the target variant: text nodes
 * and human-text attributes (title, alt, aria-label, aria-description,
 * placeholder, prose `<meta content>`) are converted like `convertText`;
 * markup, URLs, ids, classes, data values, comments and character references
 * such as `&amp;` are copied byte for byte, as are `<script>`, `<style>`,
 * `<code>`, `<pre>`, `<kbd>`, `<samp>`, `<var>`, `<textarea>` contents and any
 * element marked `data-convert="no"` or `translate="no"`, with its descendants.
 * A `data-convert="fixed"` element shows its `data-<script>` value for the target.
 * Override forms are escaped: they arrive as text and stay text.
 */
export function convertHtml(html: string, options: ConvertOptions): string {
  const targetAttribute = scriptAttribute(options.to.script);
  const out: string[] = [];
  let copied = 0;
  const replace = (start: number, end: number, text: string) => {
    if (html.slice(start, end) === text) return;
    out.push(html.slice(copied, start), text);
    copied = end;
  };
  const convertEscaped = (start: number, end: number) => {
    const escaped = html.slice(start, end);
    if (escaped.trim() === '') return;
    const converted = splitCharacterReferences(escaped)
      .map((piece) => (piece.reference ? piece.text : convertSegments(piece.text, options, escapeHtml)))
      .join('');
    replace(start, end, converted);
  };

  const stack: OpenElement[] = [];
  let kept = 0;
  let fixedDepth = -1;

  const closeTo = (depth: number, endTagStart: number) => {
    if (fixedDepth >= depth) {
      const fixed = stack[fixedDepth]?.fixed;
      if (fixed) replace(fixed.contentStart, endTagStart, fixed.replacement);
      fixedDepth = -1;
    }
    while (stack.length > depth) {
      if (stack.pop()?.keep) kept -= 1;
    }
  };

  for (const token of tokenizeHtml(html)) {
    if (token.kind === 'raw') continue;
    if (token.kind === 'text') {
      if (kept === 0 && fixedDepth === -1) convertEscaped(token.start, token.end);
      continue;
    }
    if (token.kind === 'end') {
      let depth = stack.length - 1;
      while (depth >= 0 && stack[depth]?.name !== token.name) depth -= 1;
      // An end tag with no open element of its name is ignored, as browsers do.
      if (depth >= 0) closeTo(depth, token.start);
      continue;
    }

    const { name, attributes } = token;
    const inside = kept > 0 || fixedDepth !== -1;
    const keepsOwn = keepsSubtree(attributes);
    if (!inside && !keepsOwn) {
      for (const candidate of attributes) {
        if (convertsAttribute(name, attributes, candidate)) convertEscaped(candidate.valueStart, candidate.valueEnd);
      }
    }
    if (voidElements.has(name) || token.selfClosing) continue;

    const keep = keepsOwn || codeElements.has(name);
    let fixed: OpenElement['fixed'];
    if (!inside && !keep && attribute(attributes, convertAttribute)?.value === fixedValue) {
      const form = attribute(attributes, targetAttribute);
      if (!form || form.valueStart === -1) {
        throw new Error(
          `A fixed term at offset ${token.start} (${html.slice(token.start, token.end)}) has no ${targetAttribute} attribute, so it cannot be shown in ${scriptName(options.to.script)}. ` +
            'Write it with the Term component, giving every script: <Term hans="…" hant="…" />.',
        );
      }
      fixed = { contentStart: token.end, replacement: asTextContent(form.value) };
    }
    stack.push(fixed ? { name, keep, fixed } : { name, keep });
    if (keep) kept += 1;
    if (fixed) fixedDepth = stack.length - 1;
  }

  if (fixedDepth !== -1) {
    const open = stack[fixedDepth];
    throw new Error(
      `A fixed term (<${open?.name ?? 'span'} ${convertAttribute}="${fixedValue}">) is never closed, so its text cannot be replaced. ` +
        'Check the HTML around it for a missing end tag.',
    );
  }
  out.push(html.slice(copied));
  return out.join('');
}
