import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importedSha256, renderArticleMdx, type ArticleDraft } from '../../../src/lib/importer/mdx.ts';

const draft: ArticleDraft = {
  title: '湖南省市场监管局为示范站（点）授牌',
  date: '2023-02-24',
  script: 'hans',
  source: { name: '中国质量万里行' },
  authors: [
    { name: '黄星星', role: 'text' },
    { name: '姜', role: 'text', incomplete: true },
  ],
  imported: { file: 'x.txt', sha256: 'a'.repeat(64) },
  body: '第一段。\n\n第二段。\n',
};

describe('writing the MDX file', () => {
  it('writes frontmatter in a fixed order, plain YAML, then the body', () => {
    expect(renderArticleMdx(draft)).toBe(
      [
        '---',
        'title: 湖南省市场监管局为示范站（点）授牌',
        'date: 2023-02-24',
        'script: hans',
        'source:',
        '  name: 中国质量万里行',
        'authors:',
        '  - name: 黄星星',
        '    role: text',
        '  - name: 姜',
        '    role: text',
        '    incomplete: true',
        'imported:',
        '  file: x.txt',
        `  sha256: ${'a'.repeat(64)}`,
        'entities: []',
        '---',
        '',
        '第一段。',
        '',
        '第二段。',
        '',
      ].join('\n'),
    );
  });

  it('quotes values that YAML would otherwise misread', () => {
    const mdx = renderArticleMdx({ ...draft, title: 'true', source: { name: '2023: 年报 # 一' } });
    expect(mdx).toContain("title: 'true'");
    expect(mdx).toContain("  name: '2023: 年报 # 一'");
  });

  it('reads the recorded sha256 back, also from the hand-curated seed article', () => {
    expect(importedSha256(renderArticleMdx(draft))).toBe('a'.repeat(64));
    const curated = readFileSync(new URL('../../../content/articles/2023-02-24-hunan-trade-secret-demonstration.mdx', import.meta.url), 'utf8');
    expect(importedSha256(curated)).toMatch(/^[0-9a-f]{64}$/);
    expect(importedSha256('---\ntitle: x\n---\nbody')).toBeUndefined();
    expect(importedSha256('no frontmatter')).toBeUndefined();
  });

  it('still finds the sha256 in frontmatter whose YAML is broken', () => {
    const broken = `---\ntitle: [unclosed\nimported:\n  file: x.txt\n  sha256: ${'b'.repeat(64)}\n---\n`;
    expect(importedSha256(broken)).toBe('b'.repeat(64));
  });
});
