import { describe, expect, it } from 'vitest';
import { splitSourceLines } from '../../../src/lib/importer/source-text.ts';
import { parseCreditLine } from '../../../src/lib/importer/steps/credit-grammar.ts';

/** Returns a credit line as `role:name` words, credits as `credit role:text`, organisations as `org:…`. */
function read(text: string): string[] | undefined {
  const [span] = splitSourceLines(text);
  const line = span ? parseCreditLine(span) : undefined;
  if (!line) return undefined;
  return [
    ...line.organisations.map((o) => `org:${o.text}`),
    ...line.names.map((n) => `${n.role}:${n.name.text}`),
    ...line.credits.map((c) => `credit ${c.role}:${c.text.text}`),
  ];
}

describe('role and processing words are never names', () => {
  it.each([
    ['文/图 张三', ['text:张三', 'photo:张三']],
    ['文、图/张三', ['text:张三', 'photo:张三']],
    ['图文/张三', ['text:张三', 'photo:张三']],
    ['文/图 本报记者 黄锦辉', ['reporter:黄锦辉', 'photo:黄锦辉']],
    ['張三 整理', ['editor:張三']],
    ['整理/李四', ['editor:李四']],
    ['本报记者 张三 整理', ['reporter:张三']],
    ['李明 编译', ['translator:李明']],
    ['编译：王五', ['translator:王五']],
    ['綜合整理：孫七', ['editor:孫七']],
    ['视频/张三 摄影/李四', ['video:张三', 'photo:李四']],
    ['责任编辑：张帆 | 版面编辑：李东昊', ['editor:张帆', 'editor:李东昊']],
    ['北青 记者 张三', ['org:北青', 'reporter:张三']],
    ['新京报记者 张三 编辑 李四 校对 王五', ['org:新京报', 'reporter:张三', 'editor:李四', 'proofreader:王五']],
    ['人民网编辑 王五', ['org:人民网', 'editor:王五']],
    ['责任编辑：王雪 SF007', ['editor:王雪']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads 本报综合 as a note on how the text was made, crediting nobody', () => {
    expect(read('本报综合')).toEqual([]);
  });
});

describe('role words glued to each other and to names', () => {
  // The longest role word is read first: 摄影记者 is one role (photo), not 摄影 and then 记者 (reporter);
  // 图片编辑 is an editor, not 图片 (photo) and then a name 编辑.
  it.each([
    ['摄影记者张三', ['photo:张三']],
    ['摄影记者 张三', ['photo:张三']],
    ['攝影記者陳大文', ['photo:陳大文']],
    ['图片编辑李四', ['editor:李四']],
    ['圖片編輯：李四', ['editor:李四']],
    ['视频编辑 郑八', ['editor:郑八']],
    ['文字编辑 孙七', ['editor:孙七']],
    ['文字记者王五', ['reporter:王五']],
    ['文字记者 王五 摄影记者 赵六', ['reporter:王五', 'photo:赵六']],
    ['本报记者张三', ['reporter:张三']],
    ['首席记者王五', ['reporter:王五']],
    ['全媒体记者 李四', ['reporter:李四']],
    ['本报通讯员赵六', ['correspondent:赵六']],
    ['实习记者周七', ['intern:周七']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('video and translator roles', () => {
  it.each([
    ['视频记者 周八', ['video:周八']],
    ['视频：周八', ['video:周八']],
    ['視頻 吳九', ['video:吳九']],
    ['摄像 郑十', ['video:郑十']],
    ['剪辑：王一', ['video:王一']],
    ['翻译：张三', ['translator:张三']],
    ['编译 李四', ['translator:李四']],
    ['译/王五', ['translator:王五']],
    ['譯者：陳六', ['translator:陳六']],
    ['文/张三 译/李四', ['text:张三', 'translator:李四']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('the byline grammar', () => {
  it.each([
    ['文/黃星星 圖/周欣', ['text:黃星星', 'photo:周欣']],
    ['文/记者 张三 通讯员 李四', ['reporter:张三', 'correspondent:李四']],
    ['文/张三、李四', ['text:张三', 'text:李四']],
    ['记者 王五，赵六；孙七', ['reporter:王五', 'reporter:赵六', 'reporter:孙七']],
    ['本报记者　王浩然　李晓雪', ['reporter:王浩然', 'reporter:李晓雪']],
    ['记者王小明', ['reporter:王小明']],
    ['作者：张三', ['text:张三']],
    ['撰文：陳嘉欣　攝影：李俊傑', ['text:陳嘉欣', 'photo:李俊傑']],
    ['實習生 周可欣 記者 陳思遠', ['intern:周可欣', 'reporter:陳思遠']],
    ['责任编辑：赵敏、孙立', ['editor:赵敏', 'editor:孙立']],
    ['編輯：林家嫻', ['editor:林家嫻']],
    ['编辑 刘梦婕 校对 赵琳', ['editor:刘梦婕', 'proofreader:赵琳']],
    ['图片编辑：金洁', ['editor:金洁']],
    ['新华社记者 李贺 摄', ['org:新华社', 'photo:李贺']],
    ['张三 摄', ['photo:张三']],
    ['记者张三摄', ['photo:张三']],
    ['澎湃新闻记者 陈思远 实习生 周可欣', ['org:澎湃新闻', 'reporter:陈思远', 'intern:周可欣']],
    ['聯合報／記者王小明／台北即時報導', ['org:聯合報', 'reporter:王小明']],
    ['中央社記者張建中新竹12日電', ['org:中央社', 'reporter:張建中']],
    ['记者 张三 李四 北京报道', ['reporter:张三', 'reporter:李四']],
    ['本报记者 张三 发自上海', ['reporter:张三']],
    ['图/本报资料图', ['credit photo:本报资料图']],
    ['圖/網絡圖片', ['credit photo:網絡圖片']],
    ['图/受访者供图', ['credit photo:受访者供图']],
    ['新华社发 王明 摄', ['photo:王明', 'credit photo:新华社发']],
    ['图片来源：视觉中国', ['credit photo:视觉中国']],
    ['文/Michael Chen 图/Getty Images', ['text:Michael Chen', 'credit photo:Getty Images']],
    ['本报记者 买买提·艾力', ['reporter:买买提·艾力']],
    ['文｜财新 张三', ['org:财新', 'text:张三']],
    ['北京青年报记者 张三 文并摄', ['org:北京青年报', 'reporter:张三', 'photo:张三']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('never takes a role word for a name', () => {
    for (const text of ['文/记者 张三 通讯员 李四', '记者 通讯员 李四', '文/本报记者 张三']) {
      expect(read(text)?.some((word) => /:(?:记者|通讯员|本报记者|文)$/.test(word))).toBe(false);
    }
  });

  it('reads sentences, and lines that open with a name and no role, as no credit line', () => {
    for (const text of ['记者从省市场监管局获悉，今年一季度……', '张三 李四', '记者手记：春天来了。', '2024年4月12日，记者走访了……', '本报讯 今天下雨。']) {
      expect(read(text)).toBeUndefined();
    }
  });

  it('names a name too long to be one Chinese name as doubtful, and keeps it', () => {
    const [span] = splitSourceLines('记者王小明李大华');
    const line = span ? parseCreditLine(span) : undefined;
    expect(line?.names.map((n) => n.name.text)).toEqual(['王小明李大华']);
    expect(line?.doubtful.map((n) => n.text)).toEqual(['王小明李大华']);
  });
});

describe('where each part of a credit line goes', () => {
  /** Returns every part of a credit line with its column, so a misplaced span shows. */
  function parts(text: string) {
    const [span] = splitSourceLines(text);
    const line = span ? parseCreditLine(span) : undefined;
    if (!line) return undefined;
    return {
      names: line.names.map((n) => `${n.role}:${n.name.text}@${n.name.column}`),
      credits: line.credits.map((c) => `${c.role}:${c.text.text}@${c.text.column}`),
      organisations: line.organisations.map((o) => `${o.text}@${o.column}`),
      dispatch: line.dispatch.map((d) => `${d.text}@${d.column}`),
      unusual: line.unusual.map((u) => u.text),
      doubtful: line.doubtful.map((d) => d.text),
    };
  }
  const none = { credits: [], organisations: [], dispatch: [], unusual: [], doubtful: [] };

  it.each([
    ['记者 张三（中国社会科学院研究员）', { ...none, names: ['reporter:张三@4'], dispatch: ['（中国社会科学院研究员）@6'] }],
    ['记者 张三 台北12日电', { ...none, names: ['reporter:张三@4'], dispatch: ['12日电@9', '台北@7'] }],
    ['记者陈家伦台北12日电', { ...none, names: ['reporter:陈家伦@3'], dispatch: ['台北12日电@6'] }],
    ['图片来源视觉中国', { ...none, names: [], credits: ['photo:视觉中国@5'] }],
    ['文并摄 张三', { ...none, names: ['photo:张三@5'] }],
    ['文｜财新 张三', { ...none, names: ['text:张三@6'], organisations: ['财新@3'] }],
    ['张三摄影', { ...none, names: ['photo:张三@1'] }],
    ['摄影张三', { ...none, names: ['photo:张三@3'] }],
    ['记者张摄', { ...none, names: ['reporter:张摄@3'] }],
    ['记者欧阳小明摄', { ...none, names: ['photo:欧阳小明@3'] }],
    ['记者欧阳小明明摄', { ...none, names: ['reporter:欧阳小明明摄@3'], doubtful: ['欧阳小明明摄'] }],
    ['新华社记者张三摄', { ...none, names: ['photo:张三@6'], organisations: ['新华社@1'] }],
    ['记者 张三 李四 摄', { ...none, names: ['photo:张三@4', 'photo:李四@7'] }],
    ['譯 王五', { ...none, names: ['translator:王五@3'] }],
    ['通讯员张三', { ...none, names: ['correspondent:张三@4'] }],
    ['实习生李四', { ...none, names: ['intern:李四@4'] }],
    ['南方日报通讯员张三', { ...none, names: ['correspondent:张三@8'], organisations: ['南方日报@1'] }],
    ['北京晚报實習生李四', { ...none, names: ['intern:李四@8'], organisations: ['北京晚报@1'] }],
  ])('%s', (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it('reads a name after a group closed by 摄 as no credit line', () => {
    expect(parts('张三 摄 李四')).toBeUndefined();
  });
});
