import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/importer/errors.ts';
import { readHeader } from '../../../src/lib/importer/steps/read-header.ts';
import { linesOf, seedLinesWithoutChrome } from './seed.ts';

function headerError(...lines: string[]): ImportError {
  try {
    readHeader(linesOf(...lines), 'raw/broken.txt');
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('the broken header was accepted');
}

describe('reading the header', () => {
  it('reads the seed title, date, source and byline with their raw positions', () => {
    const header = readHeader(seedLinesWithoutChrome(), 'seed.txt');
    expect(header.title).toEqual({
      line: 1,
      column: 1,
      text: '湖南省市場監(jiān)管局為省商業(yè)秘密保護(hù)示范基地、示范企業(yè)、示范站(點)授牌',
    });
    expect(header.date).toBe('2023-02-24');
    expect(header.dateLine).toBe(2);
    expect(header.source).toEqual({ line: 2, column: 12, text: '中國質(zhì)量萬里行' });
    expect(header.bylineLines).toEqual([3]);
    expect(header.byline).toEqual([
      { role: 'text', name: { line: 3, column: 3, text: '黃星星' } },
      { role: 'text', name: { line: 3, column: 7, text: '姜?dú)g' } },
      { role: 'photo', name: { line: 3, column: 16, text: '周欣' } },
    ]);
  });

  it('takes every following non-empty line of the seed as the body, in order', () => {
    const header = readHeader(seedLinesWithoutChrome(), 'seed.txt');
    expect(header.body.map((span) => span.line)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(header.body[0]?.text).toMatch(/^2月17日,湖南省/);
    expect(header.body.at(-1)?.text).toMatch(/負\(fù\)責\(zé\)同志參加。$/);
  });

  it('gives several names to one role and knows 攝影, 编辑 and Simplified role words', () => {
    const header = readHeader(linesOf('标题', '2023-3-5 新华社', '文/张三 李四　王五 攝影/赵六 编辑：钱七', '正文'), 'x.txt');
    expect(header.byline.map(({ role, name }) => [role, name.text])).toEqual([
      ['text', '张三'],
      ['text', '李四'],
      ['text', '王五'],
      ['photo', '赵六'],
      ['editor', '钱七'],
    ]);
    expect(header.date).toBe('2023-03-05');
  });

  it('reads a line that opens without a role as the first paragraph, not a byline', () => {
    const header = readHeader(linesOf('标题', '2023年2月24日 来源：新华社', '本报讯 今天下雨。'), 'x.txt');
    expect(header.byline).toEqual([]);
    expect(header.bylineLines).toEqual([]);
    expect(header.source?.text).toBe('新华社');
    expect(header.body.map((span) => span.text)).toEqual(['本报讯 今天下雨。']);
  });

  it('refuses a file without a date line, naming the file, the line and what to write', () => {
    const error = headerError('标题', '中国质量万里行', '正文');
    expect(error.message).toMatch(/^raw\/broken\.txt: line 2 should hold the publication date/);
    expect(error.message).toContain('YYYY-MM-DD');
  });

  it('refuses an impossible date instead of rolling it over', () => {
    expect(headerError('标题', '2023-02-30 新华社', '正文').message).toContain('«2023-02-30» is not a real calendar date');
  });

  it('refuses an empty file and a file that starts with its date', () => {
    expect(headerError('', '  ').message).toContain('the file has no text');
    expect(headerError('2023-02-24 新华社', '正文').message).toContain('the title must come first');
  });
});
