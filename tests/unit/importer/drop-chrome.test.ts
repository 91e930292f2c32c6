import { describe, expect, it } from 'vitest';
import { splitSourceLines } from '../../../src/lib/importer/source-text.ts';
import { dropChrome } from '../../../src/lib/importer/steps/drop-chrome.ts';
import { linesOf, seedText } from './seed.ts';

describe('dropping site chrome', () => {
  it('removes the seed view counter and QR-code line, reporting each at its raw line and column', () => {
    const { lines, removed } = dropChrome(splitSourceLines(seedText));
    expect(removed).toEqual([
      { line: 2, column: 25, text: '點擊:次' },
      { line: 11, column: 1, text: '掃碼投訴' },
    ]);
    const rawLines = seedText.split('\n');
    for (const { line, column, text } of removed) {
      expect([...(rawLines[line - 1] ?? '')].slice(column - 1).join('')).toMatch(new RegExp(`^${text}`));
    }
    const left = lines.map((span) => span.text).join('\n');
    expect(left).not.toMatch(/點擊|掃碼|投訴/);
    expect(lines.find((span) => span.line === 2)?.text).toBe('2023-02-24 中國質(zhì)量萬里行');
  });

  it('keeps every article line of the seed', () => {
    const { lines } = dropChrome(splitSourceLines(seedText));
    const rawLines = seedText.split('\n');
    expect(lines.filter((span) => span.line !== 2).map((span) => span.text)).toEqual(
      rawLines.filter((line, index) => index !== 1 && line !== '掃碼投訴'),
    );
  });

  it('knows chrome in either script, with or without a count', () => {
    const { lines, removed } = dropChrome(
      linesOf('标题', '2023-02-24 新华社 点击：1024次', '正文第一段。', '扫码投诉', '阅读 45', '【打印】【关闭】', '分享到：', '掃一掃'),
    );
    expect(removed.map((r) => r.text)).toEqual(['点击：1024次', '扫码投诉', '阅读 45', '【打印】【关闭】', '分享到：', '掃一掃']);
    expect(lines.map((span) => span.text)).toEqual(['标题', '2023-02-24 新华社', '正文第一段。']);
  });

  it('knows share bars, breadcrumbs and font-size switches of other sites', () => {
    const { lines, removed } = dropChrome(linesOf('标题', '首页 > 新闻 > 正文', '当前位置：首页 > 国内', '分享到：微信 微博 QQ空间', '【字体：大 中 小】', '正文。'));
    expect(removed.map((r) => r.text)).toEqual(['首页 > 新闻 > 正文', '当前位置：首页 > 国内', '分享到：微信 微博 QQ空间', '【字体：大 中 小】']);
    expect(lines.map((span) => span.text)).toEqual(['标题', '正文。']);
  });

  it('leaves the same words alone inside a paragraph, where they are news', () => {
    const paragraph = '该网站文章点击量:100次,创下新高;读者扫码投诉渠道也已开通。';
    const { lines, removed } = dropChrome(linesOf(paragraph));
    expect(removed).toEqual([]);
    expect(lines[0]?.text).toBe(paragraph);
  });
});
