import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/seeded-random.ts';
import { ArticleSourceError, checkArticleSource } from '../../../src/lib/article/check-source.ts';
import { ImportError } from '../../../src/lib/importer/errors.ts';
import { renderArticleMdx } from '../../../src/lib/importer/mdx.ts';
import { importArticle } from '../../../src/lib/importer/pipeline.ts';
import { formatReport } from '../../../src/lib/importer/report.ts';

// One contract: what the importer writes, the build's own article check
// accepts, or the report says, item by item, what the check refuses. An
// import that reads "Needs a person: nothing" and then stops the build is
// the failure this file exists for.

const encode = (text: string) => new TextEncoder().encode(text);

/** Returns the problems the build's article check finds in an MDX file (none when it accepts it). */
function buildRefusals(mdx: string): readonly string[] {
  try {
    checkArticleSource('imported.mdx', mdx);
    return [];
  } catch (error) {
    if (error instanceof ArticleSourceError) return error.problems;
    throw error;
  }
}

describe('what used to import clean and then stop the build', () => {
  it('removes U+2028, U+2029, U+061C and U+FFFE, naming each, and writes an article the check accepts', () => {
    const raw = '国铁集团\u2028发布\u061C新图\n2024-03-02 来源：人民日报\n记者 张三\n国铁集团\u2029今天\uFFFE表示，将加开列车。';
    const { article, report } = importArticle(encode(raw), 'raw/x.txt');
    expect(report.controlsRemoved.map((r) => `${r.line}:${r.column} ${r.was}`)).toEqual([
      '1:5 U+2028 LINE SEPARATOR',
      '1:8 U+061C ARABIC LETTER MARK',
      '4:5 U+2029 PARAGRAPH SEPARATOR',
      '4:8 U+FFFE a noncharacter',
    ]);
    expect(article.title).toBe('国铁集团发布新图');
    expect(report.needsPerson).toEqual([]);
    expect(buildRefusals(renderArticleMdx(article))).toEqual([]);
  });

  it('lists a 130-character title and a 72-character source under needs a person, as stopping the build', () => {
    const raw = `${'国'.repeat(130)}\n2024-03-02 来源：${'中'.repeat(70)}日报\n记者 张三\n第一段。`;
    const { article, report } = importArticle(encode(raw), 'raw/x.txt');
    expect(report.needsPerson.map((item) => [`${item.line}:${item.column}`, item.where, item.blocksBuild])).toEqual([
      ['1:1', 'title', true],
      ['2:1', 'source', true],
    ]);
    expect(report.needsPerson[0]?.problem).toMatch(/is 130 characters long; the limit is 120/);
    expect(report.needsPerson[1]?.problem).toMatch(/is 72 characters long; the limit is 60/);
    expect(buildRefusals(renderArticleMdx(article))).toHaveLength(2);
    expect(formatReport(report)).toMatch(/^Needs a person \(2, 2 of them stop the build\)$/m);
  });

  it('marks the importer’s own item as stopping the build when the check refuses the same thing, without listing it twice', () => {
    const { report } = importArticle(encode('标题\n2023-02-24\n第一段。'), 'raw/x.txt');
    expect(report.needsPerson.map((item) => [item.where, item.blocksBuild])).toEqual([
      ['source', true],
      ['byline', true],
    ]);
  });
});

// Pieces a generated scrape is made of: news text, header furniture, and what
// scrapes really carry that a published article may not.
const TEXT = ['国务院', '记者', '新华社', '，', '。', '“引语”', '（括号）', '5G', '(AI)', '3,200', '9:30', 'R&D', '示範', '监(jiān)管', '站(點)', '?', '？', '姜?dú)g', '一'];
const HOSTILE = [
  '\u2028', '\u2029', '\u061C', '\uFFFE', '\uFFFF', '\u202E', '\u2066', '\u200B', '\u200E', '\u0000', '\u0007', '\u001B[31m', '\u0085', '\uFEFF', '\u00AD',
  '\uFFFD', '&#x202E;', '&#8232;', '&nbsp;', '&amp;', '&lt;script&gt;', '<b>', '{1+1}', 'export ', 'import ', '# ', '> ', '- ', '[^1]', '\t', '\u3000', ' ',
];
const SOURCES = ['人民日报', '新华社', '澎湃新闻', '中央社', '中国质量万里行'];

function generatedScrape(next: () => number): string {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const run = (length: number) => Array.from({ length }, () => (next() < 0.25 ? pick(HOSTILE) : pick(TEXT))).join('');
  // Titles and sources now and then longer than the contract allows.
  const title = next() < 0.15 ? '国'.repeat(100 + Math.floor(next() * 60)) : run(2 + Math.floor(next() * 8));
  const source = next() < 0.1 ? `${'中'.repeat(50 + Math.floor(next() * 20))}日报` : pick(SOURCES);
  const header = [
    `2024-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 10)}${next() < 0.5 ? ` 来源：${source}` : ''}`,
    ...(next() < 0.8 ? [`${pick(['记者 ', '文/', '作者：'])}${pick(['张三', '李四 王五', '黃星星', '欧阳明'])}${next() < 0.3 ? pick(HOSTILE) : ''}`] : []),
  ];
  const body = Array.from({ length: 1 + Math.floor(next() * 5) }, () => run(1 + Math.floor(next() * 12)));
  return [title, ...header, ...body].join(next() < 0.2 ? '\r\n' : '\n');
}

describe('the contract over generated scrapes', () => {
  it('imports each of 400 generated scrapes to an article the check accepts, or lists every refusal, or refuses the scrape with a message', () => {
    const next = seededRandom(20260302);
    let accepted = 0;
    let listed = 0;
    let refused = 0;
    for (let index = 0; index < 400; index += 1) {
      const raw = generatedScrape(next);
      let result;
      try {
        result = importArticle(encode(raw), 'raw/generated.txt');
      } catch (error) {
        expect(error, raw).toBeInstanceOf(ImportError);
        expect((error as Error).message, raw).toMatch(/^raw\/generated\.txt: \S/);
        refused += 1;
        continue;
      }
      const refusals = buildRefusals(renderArticleMdx(result.article));
      const blocking = result.report.needsPerson.filter((item) => item.blocksBuild);
      // The check accepts the article exactly when the report says nothing stops the build.
      expect({ raw, accepts: refusals.length === 0 }).toEqual({ raw, accepts: blocking.length === 0 });
      // Every refusal has an item, at most one item per refusal.
      expect(blocking.length, raw).toBeLessThanOrEqual(refusals.length);
      if (refusals.length === 0) accepted += 1;
      else listed += 1;
    }
    // The generator reaches all three outcomes, so the property is tested on each.
    expect(accepted).toBeGreaterThan(20);
    expect(listed).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(0);
  });
});
