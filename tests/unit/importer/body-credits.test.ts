import { describe, expect, it } from 'vitest';
import { readBodyCredits } from '../../../src/lib/importer/steps/body-credits.ts';
import { linesOf } from './seed.ts';

const names = (result: ReturnType<typeof readBodyCredits>) => result.names.map((n) => `${n.role}:${n.name.text}`);

describe('credits in the body', () => {
  it.each([
    ['新华社北京4月12日电（记者张晓明、刘方）国务院总理……', ['reporter:张晓明', 'reporter:刘方'], ['新华社']],
    ['本报讯（记者 张三 通讯员 李四）4月11日……', ['reporter:张三', 'correspondent:李四'], []],
    ['（中央社記者張建中新竹12日電）晶圓代工廠……', ['reporter:張建中'], ['中央社']],
    ['〔記者蔡亞樺／台北報導〕台北捷運公司宣布……', ['reporter:蔡亞樺'], []],
    ['南都讯 记者 林晓 通讯员 何伟 4月11日，深圳……', ['reporter:林晓', 'correspondent:何伟'], []],
    ['【明報專訊】政府昨日宣布……', [], ['明報']],
    ['（中央社台北12日電）行政院今天……', [], ['中央社']],
  ])('reads the lead %s and keeps it in the text', (lead, expectedNames, organisations) => {
    const result = readBodyCredits(linesOf(lead, '第二段。'));
    expect(names(result)).toEqual(expectedNames);
    expect(result.organisations.map((o) => o.text)).toEqual(organisations);
    expect(result.body.map((span) => span.text)).toEqual([lead, '第二段。']);
  });

  it('moves trailing credit and editor lines and end marks out of the body, crediting in reading order', () => {
    const result = readBodyCredits(linesOf('正文一。', '正文二。', '（完）', '【纠错】 【责任编辑：王琳】', '责任编辑：黄山 图片编辑：金洁', '校对：刘威', '（編輯：林家嫻）1130412'));
    expect(result.body.map((span) => span.text)).toEqual(['正文一。', '正文二。']);
    expect(names(result)).toEqual(['editor:王琳', 'editor:黄山', 'editor:金洁', 'proofreader:刘威', 'editor:林家嫻']);
    expect(result.moved.map((span) => span.line)).toEqual([3, 4, 5, 6, 7]);
  });

  it('cuts an end mark or a bracketed credit off the last paragraph', () => {
    const result = readBodyCredits(linesOf('正文一。', '正文二。（记者 周某）（完）'));
    expect(result.body.map((span) => span.text)).toEqual(['正文一。', '正文二。']);
    expect(names(result)).toEqual(['reporter:周某']);
    expect(result.moved.map((span) => span.text)).toEqual(['（完）', '（记者 周某）']);
  });

  it('takes a paper named alone at the end as the source and a photo credit line as a credit', () => {
    const result = readBodyCredits(linesOf('正文。', '图/本报资料图', '（東方日報）'));
    expect(result.body.map((span) => span.text)).toEqual(['正文。']);
    expect(result.organisations.map((o) => o.text)).toEqual(['東方日報']);
    expect(result.credits.map((c) => `${c.role}:${c.text.text}`)).toEqual(['photo:本报资料图']);
  });

  it('keeps every real paragraph: a last line that is text, a note, or a lone paragraph', () => {
    for (const lines of [
      ['正文一。', '（本文来自微信公众号“某某”）'],
      ['正文一。', '（原标题：某地发生3.1级地震）'],
      ['记者 张三'],
      ['正文一。', '他说：“我们会继续努力（加油）。”'],
      ['正文一。', '编辑推荐'],
      ['正文一。', '记者手记'],
    ]) {
      expect(readBodyCredits(linesOf(...lines)).body.map((span) => span.text)).toEqual(lines);
    }
  });
});
