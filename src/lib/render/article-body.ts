import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { nodeTypes } from '@mdx-js/mdx';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { find, html as htmlSchema } from 'property-information';
import rehypeRaw from 'rehype-raw';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { fixedTermAttributes, convertAttribute, keepValue } from '../convert/markers.ts';
import { rehypeParagraphIds } from '../html/rehype-paragraph-ids.ts';
import { rehypePhotoParagraphs } from '../html/rehype-photo-paragraphs.ts';
import { defaultVariant, scripts, type Script } from '../site/variants.ts';

/**
 * An article body rendered to HTML once, in its source script, by the
 * content loader: what Astro's MDX integration made of it at every build,
 * byte for byte, without turning the article into a module for Vite to
 * bundle. The input is the checked article dialect (`body-dialect.ts`:
 * Markdown and `<Entity>`, `<Keep>`, `<Term>` with literal attributes, no
 * expressions, no imports), so there is no code to run and every text is
 * escaped. Photos stay components: each is a marker in the HTML, and the page
 * renders it with Astro's `<Picture>` from the checked, imported file.
 */
export interface RenderedBody {
  /** The body's HTML, with one `photoMarker(i)` where photo `i` goes. */
  html: string;
  /** The body's photos in order: the path as written (relative to the article), alt text and caption. */
  photos: BodyPhotoReference[];
}

/** A photo of the article body, as the page renders it. */
export interface BodyPhotoReference {
  src: string;
  alt: string;
  title?: string;
}

/** Returns the marker standing for photo `index` in a rendered body: a comment, which no escaped article text can form. */
export function photoMarker(index: number): string {
  return `<!--article-photo:${index}-->`;
}

const markerPattern = /<!--article-photo:(\d+)-->/;

/** Returns a rendered body cut at its photo markers: HTML strings and photo indexes, in order. */
export function splitAtPhotos(html: string): (string | number)[] {
  const parts: (string | number)[] = [];
  let rest = html;
  for (let match = markerPattern.exec(rest); match; match = markerPattern.exec(rest)) {
    if (match.index > 0) parts.push(rest.slice(0, match.index));
    parts.push(Number(match[1]));
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

// The steps @astrojs/mdx ran on an article (remark-mdx and MDX's unravelling of paragraphs that hold
// only components, GFM, smartypants, CJK-friendly emphasis, rehype-raw with MDX nodes passed through,
// our photo paragraphs and paragraph numbers, heading ids); only the output is ours (serialize below).
const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkUnravelComponentParagraphs)
  .use(remarkGfm)
  .use(remarkSmartypants)
  .use(remarkCjkFriendly)
  .use(remarkRehype, { passThrough: [...nodeTypes] })
  .use(rehypeRaw, { passThrough: [...nodeTypes] })
  .use(rehypePhotoParagraphs)
  .use(rehypeParagraphIds)
  .use(rehypeHeadingIds);

/**
 * Returns the HTML of an article body in the checked dialect. `path` is the
 * article file (heading ids are computed as for an MDX file). Throws on a
 * component or node outside the dialect: the article check refuses those first.
 */
export async function renderArticleBody(body: string, path: string): Promise<RenderedBody> {
  const file = new VFile({ value: body, path });
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  const photos: BodyPhotoReference[] = [];
  return { html: serializeChildren(trimmed(tree.children), photos, false), photos };
}

/** MDX's remark-mark-and-unravel: a paragraph holding only components (and blank space) is no paragraph. */
function remarkUnravelComponentParagraphs() {
  return (tree: import('mdast').Root) => {
    const visit = (parent: import('mdast').Parent) => {
      for (let index = 0; index < parent.children.length; index++) {
        const node = parent.children[index] as import('mdast').RootContent;
        if (node.type === 'paragraph') {
          const onlyComponents =
            node.children.some((child) => child.type === 'mdxJsxTextElement') &&
            node.children.every((child) => child.type === 'mdxJsxTextElement' || (child.type === 'text' && /^[\t\n\f\r ]*$/.test(child.value)));
          if (onlyComponents) {
            const lifted = node.children
              .filter((child) => child.type === 'mdxJsxTextElement')
              .map((child) => ({ ...child, type: 'mdxJsxFlowElement' }) as unknown as import('mdast').RootContent);
            parent.children.splice(index, 1, ...lifted);
            index += lifted.length - 1;
            continue;
          }
        }
        if ('children' in node) visit(node as import('mdast').Parent);
      }
    };
    visit(tree);
  };
}

/** The root's children without the blank text around them, as MDX's JSX fragment drops it. */
function trimmed(children: RootContent[]): RootContent[] {
  const blank = (node: RootContent | undefined) => node?.type === 'text' && /^[\t\n\f\r ]*$/.test(node.value);
  let start = 0;
  let end = children.length;
  while (start < end && blank(children[start])) start++;
  while (end > start && blank(children[end - 1])) end--;
  return children.slice(start, end);
}

// Astro's escaping of text (escapeHTML) and of attribute values (toAttributeString), and its void elements.
const textEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const escapeText = (value: string) => value.replace(/[&<>'"]/g, (c) => textEscapes[c] as string);
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const tableElements = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);
const tableCells = new Set(['td', 'th']);

function serializeChildren(children: readonly (RootContent | ElementContent)[], photos: BodyPhotoReference[], inTable: boolean): string {
  let html = '';
  for (const child of children) {
    // hast-util-to-estree drops the line breaks between table rows and cells.
    if (inTable && child.type === 'text' && child.value === '\n') continue;
    html += serialize(child, photos);
  }
  return html;
}

function serialize(node: RootContent | ElementContent, photos: BodyPhotoReference[]): string {
  switch (node.type) {
    case 'text':
      return escapeText(node.value);
    case 'element':
      return node.tagName === 'img' ? photo(node, photos) : element(node, photos);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return component(node, photos);
    default:
      throw new Error(`An article body cannot hold a ${node.type} node: the article check should have refused it.`);
  }
}

function element(node: Element, photos: BodyPhotoReference[]): string {
  const children = serializeChildren(node.children, photos, tableElements.has(node.tagName));
  const attributes = attributesOf(node.tagName, node.properties);
  return children === '' && voidElements.has(node.tagName) ? `<${node.tagName}${attributes}/>` : `<${node.tagName}${attributes}>${children}</${node.tagName}>`;
}

/** Returns an element's attributes as MDX's JSX passes them and Astro renders them. */
function attributesOf(tagName: string, properties: Properties): string {
  let html = '';
  let align: string | undefined;
  for (const [name, value] of Object.entries(properties)) {
    if (value === null || value === undefined || value === false) continue;
    const info = find(htmlSchema, name);
    const attribute = info.attribute;
    if (tableCells.has(tagName) && name === 'align') {
      align = String(value);
      continue;
    }
    if (value === true || (info.boolean && value === '')) {
      html += ` ${attribute}`;
      continue;
    }
    const text = Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : String(value);
    html += text === '' ? ` ${attribute}` : ` ${attribute}="${escapeAttribute(text)}"`;
  }
  if (align !== undefined) html += ` style="text-align:${escapeAttribute(align)}"`;
  return html;
}

function photo(node: Element, photos: BodyPhotoReference[]): string {
  const { src, alt, title } = node.properties;
  if (typeof src !== 'string') throw new Error('A photo of an article body has no path: the article check should have refused it.');
  photos.push({ src: decodeURI(src), alt: typeof alt === 'string' ? alt : '', ...(typeof title === 'string' ? { title } : {}) });
  return photoMarker(photos.length - 1);
}

/** The dialect's components, written as their .astro templates rendered them. */
function component(node: MdxJsxFlowElementHast | MdxJsxTextElementHast, photos: BodyPhotoReference[]): string {
  const attributes = new Map<string, string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
      throw new Error(`<${node.name}> has an attribute that is not a literal string: the article check should have refused it.`);
    }
    attributes.set(attribute.name, attribute.value);
  }
  const children = serializeChildren(node.children, photos, false);
  switch (node.name) {
    case 'Entity':
      // A relative link works in every variant: from /<variant>/articles/<slug>/ it reaches /<variant>/entities/<id>/.
      return `<a href="${escapeAttribute(`../../entities/${attributes.get('id') ?? ''}/`)}">${children}</a>`;
    case 'Keep':
      return `<span ${convertAttribute}="${keepValue}">${children}</span>`;
    case 'Term': {
      const forms = Object.fromEntries(scripts.map((script) => [script, attributes.get(script)])) as Partial<Record<Script, string>>;
      const spans = Object.entries(fixedTermAttributes(forms))
        .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
        .join('');
      // The span's text before conversion is the default variant's form; every converted page replaces it.
      return `<span${spans}>${escapeText(forms[defaultVariant.script] ?? '')}</span>`;
    }
    default:
      throw new Error(`<${node.name ?? 'fragment'}> is not a component of the article dialect: the article check should have refused it.`);
  }
}
