import { describe, expect, it } from 'vitest';
import { keepWhole, phrases } from '../../../src/lib/site/phrases.ts';

describe('phrases of a headline, where its lines may break', () => {
  it('keeps every word of the seed’s headline whole, in each script with its own model', () => {
    expect(phrases('湖南省市场监管局为省商业秘密保护示范基地、示范企业、示范站（点）授牌', 'hans')).toEqual([
      '湖南省', '市场', '监管局', '为', '省', '商业', '秘密', '保护示范', '基地、', '示范', '企业、', '示范站（点）', '授牌',
    ]);
    expect(phrases('湖南省市場監管局為省商業秘密保護示範基地、示範企業、示範站（點）授牌', 'hant')).toEqual([
      '湖南省', '市場', '監管局', '為', '省商業', '秘密', '保護', '示範', '基地、', '示範', '企業、', '示範', '站（點）', '授牌',
    ]);
  });

  it('never starts a phrase with a closing mark nor ends one with an opening mark (W3C clreq)', () => {
    const cut = phrases('钱俊君强调，要打造商业秘密保护工作的“湖南样本”。《企业商业秘密保护管理与服务规范》出台！', 'hans');
    expect(cut.join('')).toBe('钱俊君强调，要打造商业秘密保护工作的“湖南样本”。《企业商业秘密保护管理与服务规范》出台！');
    for (const phrase of cut) {
      expect(phrase, phrase).not.toMatch(/^[，。、；：？！）」』》”’…]/);
      expect(phrase, phrase).not.toMatch(/[（「『《“‘]$/);
    }
  });

  it('returns text without Chinese as it is, and nothing for nothing', () => {
    expect(phrases('', 'hant')).toEqual([]);
    expect(phrases('AI', 'hans').join('')).toBe('AI');
  });
});

describe('a phrase kept whole on its line', () => {
  it('is at most ten characters, so it fits a 320 px phone’s headline line', () => {
    expect(keepWhole('示範站（點）')).toBe(true);
    expect(keepWhole('一二三四五六七八九十')).toBe(true);
    expect(keepWhole('一二三四五六七八九十一')).toBe(false);
  });
});

describe('a short bracketed note', () => {
  it('joins its word when the two fit a line, and stands alone when they would not', () => {
    expect(phrases('示范站（点）授牌', 'hans')).toEqual(['示范站（点）', '授牌']);
    expect(phrases('2023年湖南省商业秘密保护示范站（点）（2个）', 'hans').every(keepWhole)).toBe(true);
  });
});
