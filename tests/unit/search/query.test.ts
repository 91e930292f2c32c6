import { describe, expect, it } from 'vitest';
import { fullFoldTable } from '../../../src/lib/search/fold-table.ts';
import { indexContent, indexWords, maxQueryLength, maxTerms, pagefindPhrase, searchTerms } from '../../../src/lib/search/query.ts';

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
  it('are single Han characters and whole runs of Latin letters and digits', () => {
    expect(indexWords('2023年湖南省 abc1')).toEqual(['2023', '年', '湖', '南', '省', 'abc1']);
    expect(indexContent('長沙經開區、ＡＢ', table)).toBe('长 沙 经 开 区 ab');
  });

  it('make a term an exact phrase of those words', () => {
    expect(pagefindPhrase('长沙经开区')).toBe('"长 沙 经 开 区"');
    expect(pagefindPhrase('7家')).toBe('"7 家"');
  });

  it('never ask Pagefind about a huge phrase', () => {
    expect(pagefindPhrase('长'.repeat(200))?.split(' ')).toHaveLength(24);
  });
});
