/**
 * The restricted dialect of an article body. MDX is a programming language
 * (`export`, `import`, `{expressions}`, any component or HTML element); an
 * article is not a program. The body is parsed with the MDX parser itself,
 * exactly as @astrojs/mdx will read it, and nothing is evaluated; every node
 * of the tree must then be Markdown prose or one of our three components with
 * literal string attributes. This runs before Astro compiles a single module.
 */
import { createProcessor } from '@mdx-js/mdx';
import { photoPathRefusal } from './photo-path.ts';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import type { Nodes, Parents, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { scriptName, scripts } from '../site/variants.ts';
import { findRefusedCharacters, quotable } from './characters.ts';
import { limits, textProblems } from './fields.ts';

/** A part of the body that is not allowed, with what to write instead. */
export interface DialectProblem {
  /** Offset in the body where it starts. */
  readonly index: number;
  readonly message: string;
}

/** An `<Entity id="…">` of the body. */
export interface EntityMention {
  readonly id: string;
  readonly index: number;
}

/** A photo of the body, `![…](./photo.jpg)`: its path exactly as Astro will read it (escapes and references decoded). */
export interface BodyPhoto {
  readonly src: string;
  readonly index: number;
}

/** What the dialect check found in a body. */
export interface BodyCheck {
  readonly problems: DialectProblem[];
  readonly entities: EntityMention[];
  /** Every photo whose path has the form of a file beside the article: the loader checks each on disk. */
  readonly photos: BodyPhoto[];
}

// The parser @astrojs/mdx uses, with the syntax extensions of our Markdown
// configuration (GFM, CJK-friendly emphasis). Only `parse` is ever called:
// no transformer, no compiler, no evaluation.
const processor = createProcessor({ remarkPlugins: [remarkGfm, remarkCjkFriendly] });

/** Our components and the attributes each takes: every one required, each a literal string. */
// A Map, not an object: `<constructor>` or `<__proto__>` must not find a rule.
const components: ReadonlyMap<string, { readonly attributes: readonly string[]; readonly children: 'text' | 'none' }> = new Map([
  ['Entity', { attributes: ['id'], children: 'text' }],
  ['Keep', { attributes: [], children: 'text' }],
  ['Term', { attributes: [...scripts], children: 'none' }],
] as const);

const componentList = '<Entity id="…">name</Entity>, <Keep>…</Keep> and <Term hans="…" hant="…" />';
const termExample = `<Term ${scripts.map((s) => `${s}="…"`).join(' ')} />`;

/** Markdown nodes that are prose and carry nothing but text and structure. */
const prose = new Set([
  'root', 'paragraph', 'text', 'emphasis', 'strong', 'delete', 'heading', 'blockquote', 'list', 'listItem',
  'thematicBreak', 'break', 'inlineCode', 'table', 'tableRow', 'tableCell', 'link', 'linkReference', 'definition',
]);

/** Inline content a component may hold. */
const phrasing = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'mdxJsxTextElement', 'link', 'linkReference']);

/**
 * Returns true when a link target is a web address, a mailto: address or a
 * link within the site. Browsers drop tabs and line breaks inside URLs and
 * leading spaces and controls, so `java\tscript:` is a scheme too.
 */
export function isAllowedUrl(url: string): boolean {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const scheme = /^([^/?#]*?):/.exec(cleaned);
  if (!scheme) return true;
  return ['http', 'https', 'mailto'].includes(scheme[1]?.toLowerCase() ?? '');
}

function snippet(text: string): string {
  const flat = quotable(text.replace(/\s+/g, ' ').trim());
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

/** Returns the body of `node` as written, for quoting it back. */
function sourceOf(body: string, node: Nodes): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : body.slice(start, end);
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function isLiteral(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): attribute is MdxJsxAttribute & { value: string } {
  return attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string';
}

/** Returns true when a node shows readers some text: words, or a `<Term>` that stands for them. */
function showsText(node: Nodes): boolean {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value.trim() !== '';
  if (node.type === 'mdxJsxTextElement' && node.name === 'Term') return true;
  return 'children' in node && (node as Parents).children.some(showsText);
}

/** Reports the problems of one JSX element (its name, attributes and content); returns whether it is one of our components. */
function checkElement(node: JsxElement, report: (message: string) => void, mention: (id: string) => void): boolean {
  const name = node.name;
  const rule = name === null ? undefined : components.get(name);
  if (!rule) {
    const written = name === null ? '<>' : `<${name}>`;
    report(
      `${written} is read as an element, and an article holds no elements but ${componentList}: ` +
        `to show the text as written, put a backslash before the bracket (\\<${name ?? ''}); for bold or links use Markdown (**bold**, [text](https://…)).`,
    );
    return false;
  }
  const values = new Map<string, string>();
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(`<${name} {${snippet(attribute.value)}}> is code in an attribute: write each attribute as name="value".`);
      continue;
    }
    if (!rule.attributes.includes(attribute.name)) {
      report(
        `<${name}> has an attribute "${attribute.name}" it does not take: ` +
          (rule.attributes.length === 0 ? `write <${name}> with no attributes.` : `its attributes are ${rule.attributes.join(', ')}; remove "${attribute.name}".`),
      );
      continue;
    }
    if (!isLiteral(attribute)) {
      report(
        attribute.value === null || attribute.value === undefined
          ? `<${name} ${attribute.name}> needs a value: write ${attribute.name}="…".`
          : `<${name} ${attribute.name}={…}> is code: write the value in quotes, ${attribute.name}="…".`,
      );
      continue;
    }
    values.set(attribute.name, attribute.value);
  }
  for (const required of rule.attributes) {
    if (values.has(required) || node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === required)) continue;
    report(
      name === 'Entity'
        ? `<Entity> has no id, so it would link nowhere: write <Entity id="…"> with the id of an entity in the frontmatter.`
        : `<${name}> needs the ${scriptName(required as (typeof scripts)[number])} form: write ${termExample}.`,
    );
  }
  if (name === 'Term') {
    for (const script of scripts) {
      const value = values.get(script);
      if (value === undefined) continue;
      for (const problem of textProblems(value, { max: limits.term, exact: true })) report(`<Term ${script}="${snippet(value)}">: the value ${problem}.`);
    }
  }
  const id = values.get('id');
  if (name === 'Entity' && id !== undefined) mention(id);

  if (rule.children === 'none' && node.children.length > 0) {
    report(`<${name} … /> holds no text between tags: write ${termExample} and put the words around it.`);
  }
  if (rule.children === 'text') {
    if (node.children.some((child) => !phrasing.has(child.type))) {
      report(`<${name}> must sit inside a line of text, holding a few words: put its start tag, the words and </${name}> on one line.`);
    } else if (name === 'Entity' && !showsText(node)) {
      report('<Entity> holds no name, so the link would be empty: write the name between the tags, <Entity id="…">钱俊君</Entity>.');
    }
  }
  return true;
}

/** Returns what an expression `{…}` should be replaced with. */
function expressionAdvice(value: string): string {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(value)
    ? `{/*${snippet(value.replace(/^\s*\/\*|\*\/\s*$/g, ''))}*/} is an MDX comment, which is code, and an article holds no code: delete it (or, to show the braces as text, write \\{ instead of {).`
    : `{${snippet(value)}} is read as code (a JavaScript expression), and an article holds no code: to show the braces as text, write \\{ instead of {.`;
}

/** Returns what a line read as `import`/`export` code should be written as. */
function esmAdvice(value: string): string {
  const word = /^\s*(import|export)/.exec(value)?.[1] ?? 'export';
  const escaped = `&#${word.codePointAt(0)};${word.slice(1)}`;
  return (
    `a line that starts with \`${word}\` («${snippet(value)}») is read as code, and an article holds no code: ` +
    `to publish it as text, write its first letter as a character reference, \`${escaped}\` (readers see «${word}»).`
  );
}

/**
 * Returns every part of `body` outside the article dialect, and every
 * `<Entity id>` mention, by parsing it with the MDX parser (never evaluating
 * it). A body MDX cannot read at all gives one problem at the place it stops.
 */
export function checkArticleBody(body: string): BodyCheck {
  const problems: DialectProblem[] = [];
  const entities: EntityMention[] = [];
  const photos: BodyPhoto[] = [];
  let tree: Root;
  try {
    tree = processor.parse(body) as Root;
  } catch (cause) {
    const error = cause as { reason?: string; message?: string; source?: string; place?: { offset?: number; start?: { offset?: number } } };
    const offset = error.place?.offset ?? error.place?.start?.offset ?? 0;
    if (error.source === 'micromark-extension-mdxjs-esm') {
      // A line starting with import/export that is not even valid JavaScript: the same advice.
      const lineStart = [...body.slice(0, offset + 1).matchAll(/^(?:import|export)\b/gm)].at(-1)?.index ?? 0;
      problems.push({ index: lineStart, message: esmAdvice(body.slice(lineStart).split('\n')[0] ?? '') });
      return { problems, entities, photos };
    }
    const reason = (error.reason ?? error.message ?? String(cause)).replace(/\s*\(note:[^)]*\)/, '');
    problems.push({
      index: offset,
      message:
        `MDX cannot read the text here (${reason.replace(/\.$/, '')}). ` +
        'A < or { starts an element or code in MDX: to show one as text, write \\< or \\{; ' +
        `an article holds no HTML, comments or code, only Markdown and ${componentList}.`,
    });
    return { problems, entities, photos };
  }

  const visit = (node: Nodes, insideLink: boolean, depth: number) => {
    const index = node.position?.start.offset ?? 0;
    const report = (message: string) => problems.push({ index, message });
    if (depth > limits.depth) {
      report(`quotes, lists or components nested more than ${limits.depth} deep: an article is prose; flatten the structure.`);
      return;
    }
    let childrenInsideLink = insideLink;
    switch (node.type) {
      case 'mdxjsEsm':
        report(esmAdvice(node.value));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(expressionAdvice(node.value));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const known = checkElement(node, report, (id) => entities.push({ id, index }));
        if (!known) return;
        if (node.name === 'Entity') {
          if (insideLink) report('<Entity> inside a link would put a link in a link: keep one of them.');
          childrenInsideLink = true;
        }
        break;
      }
      case 'link':
      case 'definition':
        if (!isAllowedUrl(node.url)) {
          report(
            `a link to «${snippet(node.url)}»: an article links only to web addresses (https://…), mailto: addresses and pages of this site; ` +
              'write the address in full, or remove the link and keep its text.',
          );
        }
        if (node.type === 'link') {
          if (insideLink) report('a link inside a link (or inside <Entity>): keep one of them.');
          childrenInsideLink = true;
        }
        break;
      case 'linkReference':
        if (insideLink) report('a link inside a link (or inside <Entity>): keep one of them.');
        childrenInsideLink = true;
        break;
      case 'image': {
        // A photo stored beside the article, described for readers who cannot see it; never one fetched from
        // elsewhere. `node.url` is the path after Markdown's escapes and character references, as Astro imports it.
        const refusal = photoPathRefusal(node.url);
        if (refusal) {
          report(`${refusal.message}.`);
        } else {
          photos.push({ src: node.url, index });
          if (!node.alt?.trim()) report(`a photo without a description («${snippet(sourceOf(body, node))}»): write what it shows between the brackets, ![…](${node.url}).`);
        }
        return;
      }
      case 'imageReference':
        report(
          `an image reference («${snippet(sourceOf(body, node))}»): write a photo in one piece, ![what it shows](./photo.jpg "caption") ` +
            '(to show the text as written, put a backslash before the !, \\!).',
        );
        return;
      case 'code':
        report(
          'a code block (a line of ``` or ~~~): an article holds no code: remove the fence lines and keep the text as paragraphs ' +
            '(to show the backticks as text, write \\`).',
        );
        return;
      case 'footnoteDefinition':
      case 'footnoteReference':
        report(`a footnote («${snippet(sourceOf(body, node))}»): write the note in the text, in brackets; to show [^…] as text, write \\[^.`);
        return;
      case 'text':
      case 'inlineCode':
      {
        // The raw body was checked already; this catches what character references decode to (&#x202E;).
        const raw = sourceOf(body, node);
        const labels = new Set(
          findRefusedCharacters(node.value, { lineBreaks: true })
            .filter((character) => !raw.includes(String.fromCodePoint(character.codePoint)))
            .map((character) => character.label),
        );
        for (const label of labels) report(`the text holds ${label}, written as a character reference: delete it (it is invisible on the page).`);
        // The parser turns NUL, and a reference to a control character or to nothing (&#0;), into U+FFFD.
        if (node.value.includes('\uFFFD') && !/[\uFFFD\u0000]/.test(raw)) {
          report('a character reference that stands for no character a reader can see (shown as U+FFFD): delete it.');
        }
        return;
      }
      case 'heading':
        if (node.depth === 1) report('a level-1 heading (# …): the title is the page\'s only level-1 heading; write sections as ## ….');
        break;
      case 'listItem':
        if (node.checked !== null && node.checked !== undefined) {
          report('a task-list checkbox ([ ] or [x] after a list marker): write \\[ to show the brackets as text.');
        }
        break;
      case 'table':
        if (node.align?.some((align) => align !== null)) {
          report('a table column alignment (:--- or ---:): remove the colons from the line under the table header.');
        }
        break;
      default:
        if (!prose.has(node.type)) {
          report(`«${snippet(sourceOf(body, node))}» (${node.type}) is not part of an article: write it as plain text.`);
          return;
        }
    }
    if ('children' in node) for (const child of (node as Parents).children) visit(child, childrenInsideLink, depth + 1);
  };
  visit(tree, false, 0);
  problems.sort((a, b) => a.index - b.index);
  return { problems, entities, photos };
}
