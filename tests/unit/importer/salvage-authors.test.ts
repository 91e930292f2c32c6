import { describe, expect, it } from 'vitest';
import { findDamage } from '../../../src/lib/importer/steps/find-damage.ts';
import { readHeader } from '../../../src/lib/importer/steps/read-header.ts';
import { salvageAuthors } from '../../../src/lib/importer/steps/salvage-authors.ts';
import { linesOf, seedLinesWithoutChrome } from './seed.ts';

function salvage(lines: ReturnType<typeof linesOf>) {
  return salvageAuthors(readHeader(lines, 'x.txt').byline, findDamage(lines));
}

describe('salvaging authors from the byline', () => {
  it('keeps 姜 from the damaged seed name, marks it incomplete, and never writes the garbage', () => {
    const result = salvage(seedLinesWithoutChrome());
    expect(result.authors).toEqual([
      { name: '黃星星', role: 'text' },
      { name: '姜', role: 'text', incomplete: true },
      { name: '周欣', role: 'photo' },
    ]);
    expect(JSON.stringify(result.authors)).not.toMatch(/\?|dú|\)|g/);
  });

  it('lists the damaged name for a person at the raw line and column of the damage, with what was kept', () => {
    const result = salvage(seedLinesWithoutChrome());
    expect(result.needsPerson).toHaveLength(1);
    const [item] = result.needsPerson;
    expect(item).toMatchObject({ line: 3, column: 8, where: 'byline' });
    expect(item?.problem).toContain('«姜?dú)g»');
    expect(item?.problem).toContain('(3:8)');
    expect(item?.problem).toContain('(3:11)');
    expect(item?.kept).toContain('incomplete: true');
    expect(item?.todo).toContain('never guess');
    expect(result.accountedFor.map((d) => `${d.line}:${d.column}`)).toEqual(['3:8', '3:11']);
  });

  it('leaves out a name with nothing readable, and says so', () => {
    const result = salvage(linesOf('标题', '2023-02-24 新华社', '文/张三 ?dú)g', '正文'));
    expect(result.authors).toEqual([{ name: '张三', role: 'text' }]);
    expect(result.needsPerson[0]).toMatchObject({ line: 3, column: 6, kept: 'nothing: this author is left out' });
  });

  it('removes pinyin from names and accepts Latin and middle-dot names whole', () => {
    const result = salvage(linesOf('标题', '2023-02-24 新华社', '文/黃(huáng)星星 John 圖/阿卜杜·热合曼', '正文'));
    expect(result.authors).toEqual([
      { name: '黃星星', role: 'text' },
      { name: 'John', role: 'text' },
      { name: '阿卜杜·热合曼', role: 'photo' },
    ]);
    expect(result.pinyinRemoved).toBe(1);
    expect(result.needsPerson).toEqual([]);
  });

  it('marks a name incomplete when Latin residue follows Han characters even without a question mark', () => {
    const result = salvage(linesOf('标题', '2023-02-24 新华社', '文/王dú', '正文'));
    expect(result.authors).toEqual([{ name: '王', role: 'text', incomplete: true }]);
    expect(result.needsPerson[0]).toMatchObject({ line: 3, column: 4 });
  });
});
