import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/importer/errors.ts';
import { importArticle } from '../../../src/lib/importer/pipeline.ts';
import { detectMojibake } from '../../../src/lib/importer/steps/detect-mojibake.ts';

// Both garbled texts written out as they look, not computed: 国家统计局 as UTF-8
// shown by a Windows-1252 reader, and 深圳发布 as GBK shown by a Latin-1 reader.
const UTF8_AS_1252 = 'å›½å®¶ç»Ÿè®¡å±€';
const GBK_AS_LATIN1 = 'ÉîÛÚ·¢²¼ÈË¹¤ÖÇÄÜ';

describe('text that decodes but is mojibake', () => {
  it('reads UTF-8 shown as Windows-1252 back, naming the cause and the command that reverses it', () => {
    const found = detectMojibake(`标题\n${UTF8_AS_1252}发布数据`);
    expect(found?.sample).toEqual({ garbled: UTF8_AS_1252, repaired: '国家统计局' });
    expect(found?.line).toBe(2);
    expect(found?.cause).toMatch(/UTF-8 was read as Windows-1252/);
    expect(found?.command).toMatch(/^python3 -c .*cp1252.* \{in\} > \{out\}$/);
  });

  it('reads GBK shown as Latin-1 back', () => {
    const found = detectMojibake(GBK_AS_LATIN1);
    expect(found?.sample).toEqual({ garbled: GBK_AS_LATIN1, repaired: '深圳发布人工智能' });
    expect(found?.command).toBe('iconv -f UTF-8 -t LATIN1 {in} | iconv -f GB18030 -t UTF-8 > {out}');
  });

  it('leaves Chinese, and Latin text with accents, as text', () => {
    for (const text of ['国家统计局发布数据', 'Café Müller, 3×4 m², Zürich – São Paulo “quoted”', '北京 Beijing · 上海 Shànghǎi', 'Ã©']) {
      expect(detectMojibake(text), text).toBeUndefined();
    }
  });

  it('refuses such a scrape with the cause and the repairing command for that file', () => {
    const raw = new TextEncoder().encode(`${UTF8_AS_1252}\n2024-03-09 来源：国家统计局\n记者 王一\n第一段。`);
    expect(() => importArticle(raw, 'raw/cpi.txt')).toThrow(ImportError);
    expect(() => importArticle(raw, 'raw/cpi.txt')).toThrow(/^raw\/cpi\.txt: reads as mojibake, so nothing was imported: .* line 1: «å›½å®¶ç»Ÿè®¡å±€» reads «国家统计局» once repaired\)\. .* raw\/cpi\.txt > raw\/cpi\.repaired\.txt$/);
  });
});
