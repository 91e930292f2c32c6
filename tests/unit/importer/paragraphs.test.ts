import { createProcessor } from '@mdx-js/mdx';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { escapeMdx, toMdxParagraphs } from '../../../src/lib/importer/steps/paragraphs.ts';
import { readHeader } from '../../../src/lib/importer/steps/read-header.ts';
import { seedLinesWithoutChrome } from './seed.ts';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

// The parsers the site's MDX pipeline uses, so "shown as it is" means what the build does.
const mdx = createProcessor({ remarkPlugins: [remarkGfm, remarkCjkFriendly] });

/** Returns each top-level block of parsed MDX as [type, its text], failing on any markup inside. */
function blocks(source: string): [string, string][] {
  const tree = mdx.parse(source) as Node;
  const text = (node: Node): string => {
    if (node.type === 'text') return node.value ?? '';
    if (node.type !== 'paragraph') throw new Error(`«${source}» parsed into markup: ${node.type}`);
    return (node.children ?? []).map(text).join('');
  };
  return (tree.children ?? []).map((node) => [node.type, text(node)]);
}

describe('paragraphs in MDX', () => {
  it('keeps one paragraph per seed body line, in order', () => {
    const lines = readHeader(seedLinesWithoutChrome(), 'seed.txt').body.map((span) => span.text);
    const body = toMdxParagraphs(lines);
    expect(body.endsWith('。\n')).toBe(true);
    expect(blocks(body)).toEqual(lines.map((line) => ['paragraph', line]));
  });

  it('escapes everything MDX or Markdown would read as markup, so the text shows as written', () => {
    const tricky = [
      '# 不是标题',
      '> 不是引用',
      '- 不是列表',
      '+ 也不是',
      '1. 不是编号',
      '2) 也不是',
      '---',
      '===',
      '<Entity id="x">钱俊君</Entity> 和 {1 + 1}',
      '*强调* _强调_ **加粗** `代码` ~~删除~~',
      '[链接](页面) ![图](a.png) [脚注][1]',
      '| 表 | 格 |',
      '反斜杠 \\ 与 &amp; 与 &#123;',
      '<!-- 注释 -->',
    ];
    for (const line of tricky) {
      expect(blocks(escapeMdx(line))).toEqual([['paragraph', line]]);
    }
  });

  it('leaves ordinary Chinese text untouched', () => {
    const line = '2月17日，湖南省市场监管局为示范站（点）授牌。';
    expect(escapeMdx(line)).toBe(line);
  });

  it('trims lines, drops empty ones and ends with a newline', () => {
    expect(toMdxParagraphs(['　　第一段。 ', '', '  ', '第二段。'])).toBe('第一段。\n\n第二段。\n');
    expect(toMdxParagraphs([])).toBe('');
  });
});
