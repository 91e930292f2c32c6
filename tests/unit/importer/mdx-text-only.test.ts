import { toString } from 'mdast-util-to-string';
import { seededRandom } from '../../../scripts/seeded-random.ts';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { importArticle } from '../../../src/lib/importer/pipeline.ts';
import { escapeMdx } from '../../../src/lib/importer/steps/paragraphs.ts';
import { goldenOutputs, scrapeNames } from './golden.ts';

// The importer's output is always text: whatever a scraped line holds, MDX
// reads it back as one paragraph of text (plus the importer's own <Keep>), and
// the text a reader gets is the repaired line itself. Parsing only: nothing is
// compiled or evaluated.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

interface Node {
  type: string;
  name?: string | null;
  children?: Node[];
  attributes?: unknown[];
}

/** Returns the node types that are neither text nor the importer's own <Keep> with text in it. */
function foreignNodes(node: Node): string[] {
  const own = node.type === 'mdxJsxTextElement' && node.name === 'Keep' && (node.attributes ?? []).length === 0;
  const allowed = ['root', 'paragraph', 'text'].includes(node.type) || own;
  return [...(allowed ? [] : [node.type + (node.name ? `<${node.name}>` : '')]), ...(node.children ?? []).flatMap(foreignNodes)];
}

/** Returns the paragraphs MDX reads from an MDX body: their node kinds and their text. */
function readBack(body: string): { foreign: string[]; paragraphs: string[]; topLevel: string[] } {
  const tree = parser.parse(body) as unknown as Node;
  const children = tree.children ?? [];
  return {
    foreign: foreignNodes(tree),
    topLevel: children.map((child) => child.type),
    paragraphs: children.map((child) => toString(child as never)),
  };
}

// Pieces that mean something to Markdown, MDX or GFM somewhere in a line,
// and pieces of real news text that must come through as they are.
const SYNTAX = [
  'export ', 'import ', 'export const a = 1', 'import fs from "node:fs"', '{', '}', '{1+1}', '<', '>', '<script>', '</div>', '<Entity id="x">',
  '# ', '## ', '> ', '- ', '* ', '+ ', '1. ', '2) ', '10. ', '|', '| a | b |', '---', '***', '___', '===', '    ', '\t',
  '&amp;', '&#65;', '&nbsp;', '&', '\\', '*', '**', '_', '__', '`', '```', '~', '~~', '[', ']', '](', '(', ')', '[x](http://e.com)', '![i](a.png)',
  '<http://e.com>', 'http://e.com', 'https://e.com/a?b=1', 'www.e.com', 'a.b@e.com', 'mailto:x@e.com', '[^1]', '[^1]: note', '$', '$$', ':', '!', '^',
];
const TEXT = ['汉字', '＃', '＜b＞', '1．', '\u2028', '\u3000', '记者', '，', '。', '“引语”', '（括号）', '5G', '(AI)', '3,200', '9:30', '32.8%', 'R&D', '*ST', 'Michael Chen（陈志明）', ' ', 'abc', '2024年4月12日'];


function generatedLines(count: number, seed: number): string[] {
  const next = seededRandom(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: count }, () => {
    const parts = Array.from({ length: 1 + Math.floor(next() * 6) }, () => (next() < 0.6 ? pick(SYNTAX) : pick(TEXT)));
    return parts.join('');
  });
}

describe('the importer writes text, never markup or code', () => {
  it('escapes 3,000 generated lines so each reads back as one paragraph of exactly that text', () => {
    for (const line of generatedLines(3000, 20240412)) {
      const text = line.trim();
      if (text === '') continue;
      const read = readBack(escapeMdx(text));
      expect({ line, ...read }).toEqual({ line, foreign: [], topLevel: ['paragraph'], paragraphs: [text] });
    }
  });

  it('imports generated scrapes whose body is hostile: only paragraphs of text, each the repaired source paragraph', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const lines = generatedLines(600, 7);
    for (let start = 0; start < lines.length; start += 6) {
      const raw = ['标题', '2024-04-12 新华社', '记者 张三', '正文第一段。', ...lines.slice(start, start + 6)].join('\n');
      const { article, paragraphs } = importArticle(encode(raw), 'raw/generated.txt');
      const read = readBack(article.body);
      expect({ raw, foreign: read.foreign }).toEqual({ raw, foreign: [] });
      expect(read.topLevel.every((type) => type === 'paragraph')).toBe(true);
      expect(read.paragraphs).toEqual(paragraphs);
    }
  });

  const imported = scrapeNames().filter((name) => goldenOutputs(name).mdx !== undefined);
  it.each(imported)('reads every paragraph of the golden scrape %s back as text', (name) => {
    const mdx = goldenOutputs(name).mdx ?? '';
    const body = mdx.slice(mdx.indexOf('\n---\n', 4) + 5);
    const read = readBack(body);
    expect(read.foreign).toEqual([]);
    expect(read.topLevel.every((type) => type === 'paragraph')).toBe(true);
  });

  it('keeps what news text needs as it is, and numbered items as text', () => {
    const line = '1. 5G (AI) 3,200 9:30 32.8% R&D *ST Michael Chen（陈志明）';
    expect(readBack(escapeMdx(line)).paragraphs).toEqual([line]);
    expect(escapeMdx(line)).toBe('1\\. 5G (AI) 3,200 9:30 32.8% R\\&D \\*ST Michael Chen（陈志明）');
  });
});
