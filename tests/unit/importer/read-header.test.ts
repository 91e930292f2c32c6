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

  it.each([
    ['a date line', '2024-03-11 10:02 来源：新华网'],
    ['a byline', '记者 李华 通讯员 赵敏'],
  ])('reads the line after %s on line 1 as the headline, and says so', (_, first) => {
    const header = readHeader(linesOf(first, '武汉地铁新线开通运营', '2024-03-10 来源：长江日报', '3月10日上午，新线开通运营。'), 'raw/x.txt');
    expect(header.title).toEqual({ line: 2, column: 1, text: '武汉地铁新线开通运营' });
    expect(header.headerBeforeTitle).toEqual({ line: 1, column: 1, text: first });
    expect(header.body.map((span) => span.text)).toEqual(['3月10日上午，新线开通运营。']);
  });

  it('never takes a sentence of the body for the headline after a date line', () => {
    expect(() => readHeader(linesOf('2024-03-11 来源：新华网', '3月11日，我国成功发射一颗卫星。', '卫星顺利入轨。'), 'raw/x.txt')).toThrow(/line 1 is a date, but the title must come first/);
  });

  it.each([
    ['time after the date, labelled source', ['2024年04月12日 10:35 来源：澎湃新闻'], '2024-04-12', '澎湃新闻'],
    ['seconds and a bar', ['2024-04-12 10:35:12 | 来源：人民网－人民日报'], '2024-04-12', '人民网－人民日报'],
    ['source before the date', ['南方都市报 2024-04-12 10:35'], '2024-04-12', '南方都市报'],
    ['source on its own line first', ['来源：光明日报', '2024-04-12 05:10'], '2024-04-12', '光明日报'],
    ['slashes and an update time', ['2024/04/12 14:20（最後更新：2024/04/12 15:05）', '（中央社記者張建中新竹12日電）正文。'], '2024-04-12', undefined],
    ['labelled publication and update dates', ['撰文：陳嘉欣', '發佈日期：2024-04-12 10:35　最後更新日期：2024-04-13 11:00'], '2024-04-12', undefined],
    ['a weekday', ['2024年4月12日 星期五'], '2024-04-12', undefined],
    ['a print edition', ['《人民日报海外版》（2024年04月12日 第 01 版）'], '2024-04-12', '《人民日报海外版》'],
    ['Chinese time words', ['2024年4月12日 10时35分 来源：天山网'], '2024-04-12', '天山网'],
    ['full-width digits', ['２０２４年４月１２日 来源：某某日报'], '2024-04-12', '某某日报'],
    ['Chinese numerals and the paper on the next line', ['二〇二三年十二月三十一日 星期日', '人民日报'], '2023-12-31', '人民日报'],
    ['a source in two parts', ['2024-04-12 来源：人民网 - 人民日报'], '2024-04-12', '人民网 - 人民日报'],
    ['labels in brackets', ['【发布时间】2024-04-12 09:00 【来源】中国日报 【作者】张三'], '2024-04-12', '中国日报'],
    ['the credit line in brackets', ['2024-04-12 来源：某某日报', '（记者 张三 通讯员 李四）'], '2024-04-12', '某某日报'],
    ['a WeChat account header', ['原创 京报君 北京日报客户端 2024-03-02 08:15 发表于北京'], '2024-03-02', '北京日报客户端'],
    ['a WeChat account id after the source', ['来源：广州日报（ID：gzdaily） 作者：刘丹', '2024-03-15 18:20'], '2024-03-15', '广州日报'],
    ['a portal\'s 信息来源', ['信息来源：某某市人民政府办公室 发布时间：2024-03-12'], '2024-03-12', '某某市人民政府办公室'],
    ['a repost', ['2024-03-13 来源：澎湃新闻 转载自：湖北日报'], '2024-03-13', '湖北日报'],
    ['a time on the line after the date', ['2024-03-12', '10:35 来源：钱江晚报'], '2024-03-12', '钱江晚报'],
    ['a time and no source', ['2024-03-12 10:35'], '2024-03-12', undefined],
  ])('reads a dateline with %s', (_, header, date, source) => {
    const read = readHeader(linesOf('标题', ...header, '正文第一段。'), 'x.txt');
    expect(read.date).toBe(date);
    expect(read.source?.text).toBe(source);
    expect(read.body.map((span) => span.text).at(-1)).toBe('正文第一段。');
  });

  it('reads a byline before or after the date, and the header ends at the first paragraph', () => {
    const before = readHeader(linesOf('标题', '澎湃新闻记者 陈思远 实习生 周可欣', '2024-04-12 09:30 来源：澎湃新闻', '正文。'), 'x.txt');
    const after = readHeader(linesOf('标题', '2024-04-12 09:30 来源：澎湃新闻', '澎湃新闻记者 陈思远 实习生 周可欣', '正文。'), 'x.txt');
    for (const read of [before, after]) {
      expect(read.byline.map((n) => `${n.role}:${n.name.text}`)).toEqual(['reporter:陈思远', 'intern:周可欣']);
      expect(read.source?.text).toBe('澎湃新闻');
      expect(read.body.map((span) => span.text)).toEqual(['正文。']);
    }
  });

  it('keeps a subtitle between the title and the date as a paragraph, never drops it', () => {
    const read = readHeader(linesOf('标题', '——湖南探索商业秘密保护新路径', '2024-04-12 来源：湖南日报', '正文。'), 'x.txt');
    expect(read.keptFromHeader.map((span) => span.text)).toEqual(['——湖南探索商业秘密保护新路径']);
    expect(read.body.map((span) => span.text)).toEqual(['正文。']);
  });

  it('reads a line that only looks like a byline (记者手记) as the first paragraph', () => {
    const read = readHeader(linesOf('标题', '2024-04-12 来源：某某日报', '记者手记', '正文。'), 'x.txt');
    expect(read.byline).toEqual([]);
    expect(read.body.map((span) => span.text)).toEqual(['记者手记', '正文。']);
  });

  it('takes the site off a title copied from the browser tab, as the source when nothing else names one', () => {
    const tab = readHeader(linesOf('国务院常务会议部署设备更新_新闻频道_央视网(cctv.com)', '2024-04-12 10:35', '正文。'), 'x.txt');
    expect(tab.title.text).toBe('国务院常务会议部署设备更新');
    expect(tab.source?.text).toBe('央视网');
    const named = readHeader(linesOf('上海新增充电桩 | 澎湃新闻', '2024-04-12 来源：澎湃新闻', '正文。'), 'x.txt');
    expect(named.title.text).toBe('上海新增充电桩');
    expect(named.unused.map((span) => span.text)).toEqual([' | 澎湃新闻']);
    // A headline with a bar that names no site keeps it all.
    for (const headline of ['台积电｜营收创新高', '专访｜我的新闻']) {
      expect(readHeader(linesOf(headline, '2024-04-12 来源：某报', '正文。'), 'x.txt').title.text).toBe(headline);
    }
  });

  it('refuses an article file given in place of a raw scrape', () => {
    expect(headerError('---', 'title: 标题', 'date: 2024-04-12', '---', '正文。').message).toContain('line 1 is `---`: this looks like an article file');
  });
});
