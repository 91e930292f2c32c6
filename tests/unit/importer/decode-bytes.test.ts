import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes, UnreadableBytes } from '../../../src/lib/importer/steps/decode-bytes.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/scrapes/${name}`, import.meta.url));
const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(bytes: Uint8Array, file = 'raw/x.txt'): string {
  try {
    decodeBytes(bytes, file);
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableBytes);
    return (error as Error).message;
  }
  throw new Error('the bytes were read');
}

describe('reading the bytes of a raw file', () => {
  it('reads UTF-8, with or without a byte-order mark, and says nothing about it', () => {
    expect(decodeBytes(utf8('中文'), 'x')).toEqual({ text: '中文', encoding: 'UTF-8', note: undefined });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('中文')]), 'x').text).toBe('中文');
  });

  it('keeps a UTF-8 file with a stray damaged byte as UTF-8, so the damage is reported where it is', () => {
    const bytes = new Uint8Array([...utf8('国务院关于加强商业秘密保护'), 0xff, ...utf8('的决定')]);
    expect(decodeBytes(bytes, 'x')).toMatchObject({ encoding: 'UTF-8', text: '国务院关于加强商业秘密保护\uFFFD的决定' });
  });

  it('reads clean GB18030 and Big5 files, and says how it told them apart', () => {
    const gb = decodeBytes(fixture('guangming-gb18030.txt'), 'x');
    expect(gb.encoding).toBe('GB18030');
    expect(gb.text).toContain('全国春播粮食面积稳中有增');
    expect(gb.note).toMatch(/^the file is not UTF-8; read as GB18030 .*every byte decoded cleanly/);
    const big5 = decodeBytes(fixture('china-times-big5.txt'), 'x');
    expect(big5.encoding).toBe('BIG5');
    expect(big5.text).toContain('央行理監事會 維持利率不變');
  });

  it('reads UTF-16 with its byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65]);
    expect(decodeBytes(le, 'x')).toMatchObject({ text: '中文', encoding: 'UTF-16LE' });
  });

  it('refuses a damaged legacy file, naming the likely encoding and the iconv command', () => {
    const message = refusal(fixture('refused-damaged-big5.txt'), 'raw/my scrape.txt');
    expect(message).toContain('it is most likely BIG5');
    expect(message).toContain("iconv -f BIG5 -t UTF-8 'raw/my scrape.txt' > 'raw/my scrape.utf8.txt'");
  });

  it('refuses a binary file without a byte of it in the message', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x1b, 0x5b, 0x32, 0x4a]);
    const message = refusal(png);
    expect(message).toMatch(/^is not a text file/);
    expect(message).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/u);
  });
});

describe('bytes in an encoding that is not Chinese', () => {
  it('says a Korean (EUC-KR) file does not read as Chinese, and how to convert it', () => {
    // 서울시는 오늘 지하철과 버스 요금을 150원 인상한다고 발표했다. in EUC-KR: every byte is also valid GB18030, as rare Chinese characters.
    const euckr = new Uint8Array([
      0xbc, 0xad, 0xbf, 0xef, 0xbd, 0xc3, 0xb4, 0xc2, 0x20, 0xbf, 0xc0, 0xb4, 0xc3, 0x20, 0xc1, 0xf6, 0xc7, 0xcf, 0xc3, 0xb6, 0xb0, 0xfa, 0x20, 0xb9, 0xf6, 0xbd, 0xba, 0x20, 0xbf, 0xe4, 0xb1,
      0xdd, 0xc0, 0xbb, 0x20, 0x31, 0x35, 0x30, 0xbf, 0xf8, 0x20, 0xc0, 0xce, 0xbb, 0xf3, 0xc7, 0xd1, 0xb4, 0xd9, 0xb0, 0xed, 0x20, 0xb9, 0xdf, 0xc7, 0xa5, 0xc7, 0xdf, 0xb4, 0xd9, 0x2e, 0x0a,
    ]);
    const message = refusal(euckr);
    expect(message).toMatch(/does not read as Chinese in GB18030 or Big5 either/);
    expect(message).toContain('iconv -f <charset> -t UTF-8 raw/x.txt > raw/x.utf8.txt');
  });
});
