import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedFile } from '../../../scripts/bench/seed.ts';
import { convertText } from '../../../src/lib/convert/converter.ts';
import { foldKey, foldTableString, foldText, parseFoldTable } from '../../../src/lib/search/fold.ts';
import { foldTableFor, fullFoldTable } from '../../../src/lib/search/fold-table.ts';
import { getVariant } from '../../../src/lib/site/variants.ts';

const source = readFileSync(seedFile(path.resolve(import.meta.dirname, '../../..')), 'utf8');
const body = source.split(/^---$/m).slice(2).join('---').replace(/<[^>]+>/g, '');
const hant = convertText(body, { from: 'hans', to: getVariant('zh-hant') });
const table = fullFoldTable();

describe('script folding', () => {
  it('folds the Traditional and the Simplified article to the same text, character for character', () => {
    expect(hant).not.toBe(body);
    expect([...hant].length).toBe([...body].length);
    expect(foldKey(hant, table)).toBe(foldKey(body, table));
  });

  it('makes the names readers type in either script one query', () => {
    for (const [traditional, simplified] of [
      ['湘潭高新區', '湘潭高新区'],
      ['錢俊君', '钱俊君'],
      ['示範企業', '示范企业'],
      ['長沙經濟技術開發區', '长沙经济技术开发区'],
      ['裡', '里'],
      ['著', '着'],
    ] as const) {
      expect(foldKey(traditional, table), traditional).toBe(foldKey(simplified, table));
    }
  });

  it('changes nothing when applied twice', () => {
    for (const [from, to] of table) expect(table.get(to) ?? to, `${from}→${to}`).toBe(to);
  });

  it('turns punctuation, symbols, emoji and lone surrogates into word breaks, and full-width Latin into lower-case ASCII', () => {
    expect(foldKey('示範站（點）', table)).toBe('示范站 点 ');
    expect(foldKey('ＡＢＣ１２３', table)).toBe('abc123');
    expect(foldKey('錢😀\ud800俊', table)).toBe('钱  俊');
  });

  it('points every folded character back at the character the reader sees, outside the BMP too', () => {
    const text = '「𠀀長沙」經開區';
    const folded = foldText(text, table);
    const at = folded.key.indexOf('经开区');
    expect(text.slice(folded.origin[at], folded.origin[at + 3])).toBe('經開區');
    const astral = folded.key.indexOf('𠀀');
    expect(text.slice(folded.origin[astral], folded.origin[astral + 2])).toBe('𠀀');
    expect(folded.origin[folded.key.length]).toBe(text.length);
  });
});

describe('the fold table the browser gets', () => {
  const subset = foldTableFor([hant, body], table);

  it('is a few hundred characters, not the full table', () => {
    expect(table.size).toBeGreaterThan(3000);
    expect(subset.size).toBeGreaterThan(50);
    expect(subset.size).toBeLessThan(600);
  });

  it('folds the indexed text exactly as the full table does', () => {
    expect(foldKey(hant, subset)).toBe(foldKey(hant, table));
  });

  it('still folds queries in either script onto that text', () => {
    expect(foldKey('湘潭高新區', subset)).toBe('湘潭高新区');
    expect(foldKey('錢俊君', subset)).toBe('钱俊君');
  });

  it('round-trips through the string the browser downloads', () => {
    expect(parseFoldTable(foldTableString(subset))).toEqual(subset);
  });
});
