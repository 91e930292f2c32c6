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

  it('knows the furniture of WeChat accounts, government portals, keyword lines and copyright notes', () => {
    const furniture = [
      '点击蓝字 关注我们', '點擊上方藍字關注我們', '阅读原文', '分享 收藏 点赞 在看', '点个在看，你最好看', '长按识别二维码关注', '预览时标签不可点',
      '原标题：十号线全线贯通 年内有望开通', '▲施工现场。图片来源：广州地铁', '扫一扫在手机打开当前页', '【打印本页】 【关闭窗口】', '字号：[ 大 中 小 ]', '关键词：新能源汽车 以旧换新', '標籤：交通',
      '版权声明：凡本网注明“来源：光明网”的所有作品，版权均属于光明网。', '本文地址：https://news.gmw.cn/2024-03/04/content_1.htm', '免责声明：本网转载其他媒体作品，不代表本网观点。',
    ];
    const { lines, removed } = dropChrome(linesOf('标题', '2024-03-02 来源：光明网', '正文第一段。', ...furniture));
    expect(removed.map((r) => r.text)).toEqual(furniture);
    expect(lines.map((span) => span.text)).toEqual(['标题', '2024-03-02 来源：光明网', '正文第一段。']);
  });

  it('takes a copyright or repost note off the end, and leaves the same words in the body and the header', () => {
    const body = ['法院认定，被告未经授权不得转载原告作品。', '第二段。', '第三段。', '第四段。', '第五段。', '第六段。', '第七段。'];
    const { lines, removed } = dropChrome(linesOf('标题', '2024-03-13 来源：澎湃新闻 转载自：湖北日报', ...body, '本文转载自湖北日报，如有侵权请联系删除。', '人民网版权所有，未经书面授权禁止使用'));
    expect(removed.map((r) => r.text)).toEqual(['本文转载自湖北日报，如有侵权请联系删除。', '人民网版权所有，未经书面授权禁止使用']);
    expect(lines.map((span) => span.text)).toEqual(['标题', '2024-03-13 来源：澎湃新闻 转载自：湖北日报', ...body]);
  });

  it('leaves the same words alone inside a paragraph, where they are news', () => {
    const paragraph = '该网站文章点击量:100次,创下新高;读者扫码投诉渠道也已开通。';
    const { lines, removed } = dropChrome(linesOf(paragraph));
    expect(removed).toEqual([]);
    expect(lines[0]?.text).toBe(paragraph);
  });
});
