import { describe, expect, it } from 'vitest';
import { fullFoldTable } from '../../../src/lib/search/fold-table.ts';
import { indexContent, indexWords, maxQueryLength, maxQueryWords, maxTerms, pagefindQueries, pagefindQuery, queryWords, searchTerms } from '../../../src/lib/search/query.ts';

const table = fullFoldTable();

describe('search terms', () => {
  it('are the same for a name typed in either script', () => {
    expect(searchTerms('湘潭高新區', table)).toEqual(searchTerms('湘潭高新区', table));
    expect(searchTerms('示範企業', table)).toEqual(['示范企业']);
  });

  it('split at spaces and punctuation, longest first, without terms inside others', () => {
    expect(searchTerms('钱俊君，長沙經開區 长沙', table)).toEqual(['长沙经开区', '钱俊君']);
  });

  it('keep nothing of markup, emoji or lone surrogates but the letters', () => {
    expect(searchTerms('<script>alert(1)</script>', table)).toEqual(['script', 'alert', '1']);
    expect(searchTerms('😀\ud840\udc00\ud800', table)).toEqual(['𠀀']);
    expect(searchTerms('.*+?^${}()|[]\\', table)).toEqual([]);
  });

  it('stay bounded for very long queries', () => {
    const long = '长'.repeat(100_000);
    expect(searchTerms(long, table)).toEqual(['长'.repeat(maxQueryLength)]);
    expect(searchTerms(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' '), table)).toHaveLength(maxTerms);
  });
});

describe('the words Pagefind indexes and looks up', () => {
  it('are every pair of Han characters, the last of each run alone, and whole runs of Latin letters and digits, each once', () => {
    expect(indexWords('2023年湖南省 abc1')).toEqual(['2023', '年湖', '湖南', '南省', '省0', 'abc1']);
    expect(indexContent({ all: '長沙經開區、ＡＢ', about: '', names: [] }, table)).toBe('长沙 沙经 经开 开区 区0 ab');
    expect(indexWords('示范企业 示范企业')).toEqual(['示范', '范企', '企业', '业0']);
  });

  it('never index a word that is a prefix of another Han word (Pagefind would look the longer one up in the wrong chunk)', () => {
    const words = indexWords('湘潭高新技术产业开发区 发 开发区 区');
    for (const word of words) {
      if (/^\p{Script=Han}/u.test(word)) expect(words.filter((other) => other !== word && other.startsWith(word)), word).toEqual([]);
    }
  });

  it('look a term up by the pairs that cover it, the last overlapping when the run is odd', () => {
    expect(queryWords('示范企业')).toEqual(['示范', '企业']);
    expect(queryWords('长沙经开区')).toEqual(['长沙', '经开', '开区']);
    expect(queryWords('7家')).toEqual(['7', '家']);
    expect(queryWords('湘')).toEqual(['湘']);
  });

  it('cover every character of the term, so a page holding the term holds every word looked up', () => {
    for (const term of ['钱俊君', '湘潭高新技术产业开发区', '示范站', '2023年湖南', 'ab长沙']) {
      const words = queryWords(term);
      const indexed = indexWords(term);
      // Each looked-up word is an indexed word or the prefix of one (a single character).
      for (const word of words) expect(indexed.some((w) => w.startsWith(word)), `${term}: ${word}`).toBe(true);
      expect(words.join('').length).toBeGreaterThanOrEqual([...term].length);
    }
  });

  it('ask Pagefind one query with every word of every term, each once, and never a huge one', () => {
    expect(pagefindQuery(['示范企业', '湘潭'])).toBe('示范 企业 湘潭');
  });

  it('mark the words a story is about and the names of an entity page, so one query each finds those tiers', () => {
    expect(indexContent({ all: '錢俊君授牌', about: '錢俊君', names: [] }, table)).toBe('钱俊 俊君 君授 授牌 牌0 钱俊1 俊君1 君01');
    expect(indexContent({ all: '長沙經開區 又稱 長沙經濟技術開發區', about: '', names: ['長沙經開區', '長沙經濟技術開發區'] }, table).split(' ').slice(-2)).toEqual([
      '长沙经开区2',
      '长沙经济技术开发区2',
    ]);
    expect(pagefindQueries(['钱俊君'])).toEqual({ all: '钱俊 俊君', about: '钱俊1 俊君1', exact: '"钱俊君2"' });
    expect(pagefindQueries(['示范企业', '湘潭'])).toEqual({ all: '示范 企业 湘潭', about: '示范1 企业1 湘潭1' });
    // One character has no pair to mark: every candidate is a mention.
    expect(pagefindQueries(['湘'])).toEqual({ all: '湘', exact: '"湘2"' });
    expect(pagefindQuery(['长沙', '长沙'])).toBe('长沙');
    expect(pagefindQuery([])).toBeUndefined();
    expect(pagefindQuery(['长'.repeat(200)])?.split(' ')).toHaveLength(1);
    expect(pagefindQuery([...'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'].map((c, i, all) => `${c}${all[(i + 1) % all.length]}`))?.split(' ')).toHaveLength(maxQueryWords);
  });
});
