/**
 * Reads a built page the way Pagefind would: the text inside
 * `data-pagefind-body`, minus `data-pagefind-ignore`, hidden elements,
 * scripts and styles; `data-pagefind-meta` and `data-pagefind-filter` values
 * in Pagefind's own syntax (`key`, `key:value`, `key[attribute]`, comma
 * separated). We read pages ourselves because the index stores folded text
 * (see fold.ts) that Pagefind cannot produce.
 *
 * It builds on the converter's tokenizer and stays tolerant of what a tree
 * builder would repair: stray end tags are ignored and unclosed elements
 * close with their parent.
 */
import { decodeCharacterReferences } from '../html/character-references.ts';
import { tokenizeHtml, voidElements } from '../html/text-nodes.ts';

/** What a built page gives the index. */
export interface IndexedPage {
  /** `<html lang>`, as written. */
  readonly lang: string;
  /** The page's title: `data-pagefind-meta="title"`, else its first `<h1>` in the body, else `<title>`. */
  readonly title: string;
  /** The visible text of the `data-pagefind-body` elements, blocks separated by a space. */
  readonly text: string;
  /** Every `data-pagefind-meta` value, by key, in document order. */
  readonly meta: Readonly<Record<string, readonly string[]>>;
  /** Every `data-pagefind-filter` value, by key, in document order. */
  readonly filters: Readonly<Record<string, readonly string[]>>;
  /** Every `data-pagefind-sort` value, by key, in document order. */
  readonly sorts: Readonly<Record<string, readonly string[]>>;
}

const unindexedElements = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'textarea', 'select', 'button']);
const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption',
]);

/** Returns text with HTML character references replaced by the characters they stand for, as a browser reads them. */
export function decodeEntities(text: string): string {
  return decodeCharacterReferences(text, 'html');
}

type Attributes = ReadonlyMap<string, string>;

/** The Pagefind attributes read, by what they hold. */
const pagefindAttributes = { meta: 'data-pagefind-meta', filters: 'data-pagefind-filter', sorts: 'data-pagefind-sort' } as const;
type Kind = keyof typeof pagefindAttributes;

/** One piece of an element's `data-pagefind-meta`/`-filter` attribute. */
interface Capture {
  readonly kind: Kind;
  readonly key: string;
  /** The element's text, while the element is open. */
  text: string;
}

/** Returns the `key`, `key:value` and `key[attribute]` specs of a Pagefind attribute, resolved where they can be. */
export function parsePagefindSpecs(spec: string, attributes: Attributes): { key: string; value?: string }[] {
  const specs: { key: string; value?: string }[] = [];
  // Commas inside `key:value` values are allowed when escaped as `\,` (Pagefind's own rule).
  for (const raw of spec.split(/(?<!\\),/)) {
    const part = raw.replaceAll('\\,', ',').trim();
    if (!part) continue;
    const fromAttribute = /^([^:[\]]+)\[([^\]]+)\]$/.exec(part);
    if (fromAttribute) {
      const value = attributes.get((fromAttribute[2] ?? '').trim().toLowerCase());
      if (value !== undefined) specs.push({ key: (fromAttribute[1] ?? '').trim(), value });
      continue;
    }
    const colon = part.indexOf(':');
    if (colon > 0) specs.push({ key: part.slice(0, colon).trim(), value: part.slice(colon + 1).trim() });
    else specs.push({ key: part });
  }
  return specs;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

interface OpenElement {
  readonly name: string;
  readonly body: boolean;
  readonly ignored: boolean;
  readonly captures: Capture[];
}

/** Returns what the index takes from a built page, or undefined when the page has no `data-pagefind-body`. */
export function readIndexedPage(html: string): IndexedPage | undefined {
  const stack: OpenElement[] = [];
  const values: Record<Kind, Map<string, string[]>> = { meta: new Map(), filters: new Map(), sorts: new Map() };
  const open: Capture[] = [];
  let lang = '';
  let documentTitle = '';
  let firstHeading: string | undefined;
  let headingText: string | undefined;
  let text = '';
  let hasBody = false;

  const add = (kind: Kind, key: string, value: string) => {
    const target = values[kind];
    const clean = collapse(value);
    if (!key || !clean) return;
    const list = target.get(key) ?? [];
    list.push(clean);
    target.set(key, list);
  };
  const inBody = () => stack.some((e) => e.body);
  const ignored = () => stack.some((e) => e.ignored);
  const appendText = (chunk: string) => {
    // A value captured from a hidden element is still the page's value.
    for (const capture of open) capture.text += chunk;
    if (ignored()) return;
    if (headingText !== undefined) headingText += chunk;
    if (inBody()) text += chunk;
  };
  const close = (index: number) => {
    const closed = stack.splice(index);
    for (const element of closed.reverse()) {
      for (const capture of element.captures) {
        add(capture.kind, capture.key, capture.text);
        open.splice(open.indexOf(capture), 1);
      }
      if (element.name === 'h1' && headingText !== undefined) {
        firstHeading = collapse(headingText);
        headingText = undefined;
      }
      if (blockElements.has(element.name)) appendText(' ');
    }
  };

  for (const token of tokenizeHtml(html)) {
    if (token.kind === 'raw') continue;
    if (token.kind === 'text') {
      const chunk = decodeEntities(html.slice(token.start, token.end));
      if (stack[stack.length - 1]?.name === 'title' && !documentTitle) documentTitle = collapse(chunk);
      appendText(chunk);
      continue;
    }
    const name = token.name;
    if (token.kind === 'end') {
      let index = -1;
      for (let i = stack.length - 1; i >= 0; i -= 1) {
        if (stack[i]?.name === name) {
          index = i;
          break;
        }
      }
      if (index !== -1) close(index);
      else if (name === 'br' || name === 'p') appendText(' ');
      continue;
    }
    const attributes: Attributes = new Map(token.attributes.map((a) => [a.name, decodeEntities(a.value)]));
    if (name === 'html' && attributes.has('lang')) lang = attributes.get('lang') ?? '';
    const body = attributes.has('data-pagefind-body');
    hasBody ||= body;
    const element: OpenElement = {
      name,
      body,
      ignored: attributes.has('data-pagefind-ignore') || attributes.has('hidden') || unindexedElements.has(name),
      captures: [],
    };
    for (const kind of Object.keys(pagefindAttributes) as Kind[]) {
      const spec = attributes.get(pagefindAttributes[kind]);
      if (spec === undefined) continue;
      for (const { key, value } of parsePagefindSpecs(spec, attributes)) {
        if (value !== undefined) add(kind, key, value);
        else element.captures.push({ kind, key, text: '' });
      }
    }
    if (blockElements.has(name)) appendText(' ');
    if (voidElements.has(name) || token.selfClosing) {
      for (const capture of element.captures) add(capture.kind, capture.key, attributes.get('content') ?? '');
      continue;
    }
    stack.push(element);
    open.push(...element.captures);
    if (name === 'h1' && firstHeading === undefined && headingText === undefined && inBody()) headingText = '';
  }
  close(0);

  if (!hasBody) return undefined;
  const record = (map: Map<string, string[]>) => Object.fromEntries(map);
  return {
    lang,
    title: values.meta.get('title')?.[0] ?? firstHeading ?? documentTitle,
    text: collapse(text),
    meta: record(values.meta),
    filters: record(values.filters),
    sorts: record(values.sorts),
  };
}
