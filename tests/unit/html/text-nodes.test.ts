import { describe, expect, it } from 'vitest';
import { splitCharacterReferences, tokenizeHtml, type HtmlToken } from '../../../src/lib/html/text-nodes.ts';

const pieces = (html: string) => tokenizeHtml(html).map((t) => ({ kind: t.kind, text: html.slice(t.start, t.end) }));
const texts = (html: string) => pieces(html).filter((p) => p.kind === 'text').map((p) => p.text);
const startTag = (html: string, name: string) =>
  tokenizeHtml(html).find((t): t is Extract<HtmlToken, { kind: 'start' }> => t.kind === 'start' && t.name === name);

const tricky = [
  '<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>示范 &amp; 规范</title></head>',
  '<p title="a > b" data-x=\'c > d\'>示范<br>规范<br/>关于</p>',
  '<script>if (a < b && c > d) document.write("</p><p>示范")</script><style>p::after{content:"</style"}</style>',
  '<!-- 示范 --><!--> 示范 <!---> 示范 <!-- a --!> 示范 <![CDATA[ 示范 ]]> <?xml 示范?>',
  'a < b 示范 </> 示范 </ 示范> <3 示范',
  '<P CLASS=x ID=y>示范</P><img src=/a.png alt=示范><input disabled placeholder="搜索">',
  '<p title="unterminated',
];

describe('tokenizeHtml', () => {
  it.for(tricky)('covers every character exactly once, in order: %s', (html) => {
    const tokens = tokenizeHtml(html);
    let expected = 0;
    for (const token of tokens) {
      expect(token.start).toBe(expected);
      expect(token.end).toBeGreaterThan(token.start);
      expected = token.end;
    }
    expect(expected).toBe(html.length);
    expect(tokens.map((t) => html.slice(t.start, t.end)).join('')).toBe(html);
  });

  it('reads quoted attribute values containing ">" as part of the tag', () => {
    const html = '<p title="a > b" data-x=\'c > d\'>示范</p>';
    expect(texts(html)).toEqual(['示范']);
    const p = startTag(html, 'p');
    expect(p?.attributes.map((a) => [a.name, a.value])).toEqual([
      ['title', 'a > b'],
      ['data-x', 'c > d'],
    ]);
    const title = p?.attributes[0];
    expect(title && html.slice(title.valueStart, title.valueEnd)).toBe('a > b');
  });

  it('splits text at <br>, void elements and self-closing syntax', () => {
    expect(texts('<p>示范<br>规范<br/>关于<wbr />制造</p>')).toEqual(['示范', '规范', '关于', '制造']);
    expect(startTag('<br/>', 'br')?.selfClosing).toBe(true);
    expect(startTag('<br>', 'br')?.selfClosing).toBe(false);
  });

  it('never reads script or style content as markup or text', () => {
    const html = '<script>document.write("</p><p>示范")</script><style>p::after{content:"示范"}</style>';
    expect(texts(html)).toEqual([]);
    expect(pieces(html).map((p) => p.kind)).toEqual(['start', 'raw', 'end', 'start', 'raw', 'end']);
  });

  it('reads <title> content as text, and textarea content as raw', () => {
    expect(texts('<title>示范 <b>基地</b></title>')).toEqual(['示范 <b>基地</b>']);
    expect(texts('<textarea>示范<b>x</b></textarea>')).toEqual([]);
  });

  it('keeps comments, doctype, CDATA and processing instructions out of text', () => {
    expect(texts('<!doctype html><!-- 示范 --><!--> 规范 <!---> 关于 <!-- a --!> 制造 <![CDATA[ 示范 ]]><?x 示范?>')).toEqual([
      ' 规范 ',
      ' 关于 ',
      ' 制造 ',
    ]);
  });

  it('treats a "<" that starts no tag as text, as browsers do', () => {
    expect(texts('a < b 示范 <3 规范')).toEqual(['a < b 示范 <3 规范']);
    expect(pieces('x</>y</ z>w').map((p) => p.kind)).toEqual(['text', 'raw', 'text', 'raw', 'text']);
  });

  it('lower-cases names, reads unquoted and empty values, keeps the first of duplicate attributes', () => {
    const html = '<P CLASS=x Title=示范 hidden data-a="" title="second">';
    const p = startTag(html, 'p');
    expect(p?.attributes.map((a) => [a.name, a.value, a.valueStart === -1])).toEqual([
      ['class', 'x', false],
      ['title', '示范', false],
      ['hidden', '', true],
      ['data-a', '', false],
    ]);
  });

  it('leaves a tag the input ends inside as raw, never as text', () => {
    expect(pieces('示范<p title="a>b').map((p) => p.kind)).toEqual(['text', 'raw']);
  });
});

describe('splitCharacterReferences', () => {
  it('keeps named and numeric references whole between literal runs', () => {
    expect(splitCharacterReferences('示范&amp;规范&#20013;&#x4E2D;&nbsp;x & y')).toEqual([
      { text: '示范', reference: false },
      { text: '&amp;', reference: true },
      { text: '规范', reference: false },
      { text: '&#20013;', reference: true },
      { text: '&#x4E2D;', reference: true },
      { text: '&nbsp;', reference: true },
      { text: 'x & y', reference: false },
    ]);
  });
});
