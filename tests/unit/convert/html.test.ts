import { describe, expect, it } from 'vitest';
import { convertHtml, convertText, findUnusedOverrides, type Override } from '../../../src/lib/convert/converter.ts';
import { loadGlossary } from '../../../src/build/glossary-file.ts';
import { contentDirOf, glossaryFileOf } from '../../../src/build/content-files.ts';
import { fixedTermAttributes } from '../../../src/lib/convert/markers.ts';
import { getVariant, scripts } from '../../../src/lib/site/variants.ts';

const hant = getVariant('hant');
const hans = getVariant('hans');
const glossary = loadGlossary(glossaryFileOf(contentDirOf('.')));

// A page shaped like our rendered article, in the Simplified source, with a
// sample of everything the converter must leave alone.
const page = `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<title>湖南省市场监管局为省商业秘密保护示范基地授牌 – 华文新闻</title>
<meta name="description" content="湖南省市场监管局为获评示范基地的长沙经开区授牌。">
<meta property="og:title" content="示范基地授牌">
<meta property="og:url" content="https://news.example.org/zh-hans/articles/示范/">
<meta name="keywords" content="示范">
<link rel="alternate" hreflang="zh-Hant" href="/zh-hant/articles/2023-02-24-hunan-trade-secret-demonstration/">
<style>.示范::after { content: "示范“" }</style>
<script type="application/ld+json">{"headline":"示范基地","x":"</p>"}</script>
</head>
<body class="示范" data-page="示范">
<!-- 示范 关于 -->
<nav aria-label="切换字体"><a href="/zh-hant/搜索/?q=示范&amp;page=2" title="繁体：示范">繁體</a></nav>
<p id="p1">2月17日，湖南省市场监管局党组书记、局长<a href="../../entities/qian-junjun/">钱俊君</a>为获评湖南省商业秘密保护示范基地的长沙经开区授牌。</p>
<p id="示范-id">全面落实“三高四新”战略定位，将商业秘密保护纳入知识产权‘严大快同’保护体系，并取得积极成效。</p>
<img src="/img/示范.jpg" alt="示范基地授牌仪式" width="800">
<input type="search" placeholder="搜索示范企业" value="示范" aria-description="关于示范">
<p>制定《规范》<br>复制推广<br/>示范&nbsp;基地 &amp; 关于&#x8303;</p>
<pre><code class="language-txt">示范 制造业</code></pre>
<p>按 <kbd>示范</kbd>、<samp>示范</samp>、<var>示范</var></p>
<p translate="no" title="示范">示范<b title="关于">关于</b></p>
<div data-convert="no"><span title="示范">示范</span></div>
<p>局长<span data-convert="no">钱俊君</span>与<span data-convert="fixed" data-hans="知识产权局" data-hant="知識產權局">知识产权局</span>。</p>
<p title='单引号 > 示范' data-note="a > b 示范">示范<abbr title=规范>规范</abbr></p>
<textarea placeholder="示范">示范</textarea>
<svg viewBox="0 0 1 1"><title>示范</title><path d="M0 0"/></svg>
<noscript><p class="notice">请启用 JavaScript 后再试。</p></noscript>
</body>
</html>
`;

const traditional = convertHtml(page, { from: 'hans', to: hant, overrides: glossary });
const between = (html: string, start: string, end: string) => {
  const from = html.indexOf(start);
  return html.slice(from, html.indexOf(end, from + start.length) + end.length);
};

describe('convertHtml, Simplified page → Traditional', () => {
  it('changes no byte outside converted Han characters and quotation marks', () => {
    // cn→tw maps these texts character for character, so masking what may
    // change must leave two identical strings.
    const mask = (html: string) => html.replace(/[\p{Script=Han}“”‘’「」『』]/gu, '□');
    expect(traditional).not.toBe(page);
    expect(mask(traditional)).toBe(mask(page));
  });

  it('converts text nodes, the title and <br>-separated text', () => {
    expect(traditional).toContain('<title>湖南省市場監管局為省商業秘密保護示範基地授牌 – 華文新聞</title>');
    expect(traditional).toContain('局長<a href="../../entities/qian-junjun/">錢俊君</a>為獲評湖南省商業秘密保護示範基地的長沙經開區授牌。');
    expect(traditional).toContain('<p>制定《規範》<br>複製推廣<br/>示範&nbsp;基地 &amp; 關於&#x8303;</p>');
  });

  it('converts human-text attributes and prose meta, not other attributes', () => {
    expect(traditional).toContain('<meta name="description" content="湖南省市場監管局為獲評示範基地的長沙經開區授牌。">');
    expect(traditional).toContain('<meta property="og:title" content="示範基地授牌">');
    expect(traditional).toContain('<meta property="og:url" content="https://news.example.org/zh-hans/articles/示范/">');
    expect(traditional).toContain('<meta name="keywords" content="示范">');
    expect(traditional).toContain('<nav aria-label="切換字體"><a href="/zh-hant/搜索/?q=示范&amp;page=2" title="繁體：示範">繁體</a></nav>');
    expect(traditional).toContain('<img src="/img/示范.jpg" alt="示範基地授牌儀式" width="800">');
    expect(traditional).toContain('<input type="search" placeholder="搜索示範企業" value="示范" aria-description="關於示範">');
    expect(traditional).toContain('<abbr title=規範>規範</abbr>');
  });

  it('reads attributes holding ">" inside quotes as attributes', () => {
    expect(traditional).toContain(`<p title='單引號 > 示範' data-note="a > b 示范">示範<abbr`);
  });

  it('leaves ids, classes, data values, URLs and comments as written', () => {
    expect(traditional).toContain('<body class="示范" data-page="示范">');
    expect(traditional).toContain('<!-- 示范 关于 -->');
    expect(traditional).toContain('<p id="示范-id">');
    expect(traditional).toContain('href="/zh-hant/articles/2023-02-24-hunan-trade-secret-demonstration/"');
  });

  it('leaves script, style, code, pre, kbd, samp, var and textarea content as written', () => {
    expect(between(traditional, '<style>', '</style>')).toBe('<style>.示范::after { content: "示范“" }</style>');
    expect(between(traditional, '<script', '</script>')).toBe(
      '<script type="application/ld+json">{"headline":"示范基地","x":"</p>"}</script>',
    );
    expect(traditional).toContain('<pre><code class="language-txt">示范 制造业</code></pre>');
    expect(traditional).toContain('<p>按 <kbd>示范</kbd>、<samp>示范</samp>、<var>示范</var></p>');
    expect(traditional).toContain('<textarea placeholder="示範">示范</textarea>');
  });

  it('leaves translate="no" and data-convert="no" elements, their attributes and descendants as written', () => {
    expect(traditional).toContain('<p translate="no" title="示范">示范<b title="关于">关于</b></p>');
    expect(traditional).toContain('<div data-convert="no"><span title="示范">示范</span></div>');
    expect(traditional).toContain('局長<span data-convert="no">钱俊君</span>與');
  });

  it('shows a fixed term in the target script, markup unchanged', () => {
    expect(traditional).toContain(
      '<span data-convert="fixed" data-hans="知识产权局" data-hant="知識產權局">知識產權局</span>。',
    );
  });

  it('turns curly quotes into corner quotes', () => {
    expect(traditional).toContain('全面落實「三高四新」戰略定位，將商業秘密保護納入知識產權『嚴大快同』保護體系，並取得積極成效。');
  });

  it('converts what readers without JavaScript see in <noscript>', () => {
    expect(traditional).toContain('<noscript><p class="notice">請啟用 JavaScript 後再試。</p></noscript>');
  });

  it('converts the text of an SVG <title>, leaving its drawing alone', () => {
    expect(traditional).toContain('<svg viewBox="0 0 1 1"><title>示範</title><path d="M0 0"/></svg>');
  });
});

describe('convertHtml into the source script', () => {
  it('returns a Simplified page byte for byte when nothing needs restyling', () => {
    expect(convertHtml(page, { from: 'hans', to: hans, overrides: glossary })).toBe(page);
  });

  it('turns Traditional back into Simplified with curly quotes, fixed terms from their data-hans form', () => {
    const simplified = convertHtml(traditional, { from: 'hant', to: hans, overrides: glossary });
    expect(simplified).toContain('全面落实“三高四新”战略定位');
    expect(simplified).toContain('data-hant="知識產權局">知识产权局</span>');
    expect(simplified).toContain('<title>湖南省市场监管局为省商业秘密保护示范基地授牌 – 华文新闻</title>');
  });
});

describe('convertHtml with fixed terms', () => {
  const term = (forms: Record<string, string>, text: string) =>
    `<span ${Object.entries(fixedTermAttributes(forms))
      .map(([name, value]) => `${name}="${value}"`)
      .join(' ')}>${text}</span>`;

  it('builds one data-<script> attribute per script of the variants list', () => {
    const attributes = fixedTermAttributes({ hans: '知识产权局', hant: '知識產權局' });
    expect(Object.keys(attributes)).toEqual(['data-convert', ...scripts.map((s) => `data-${s}`)]);
  });

  it('refuses a term missing a script, saying what to write', () => {
    expect(() => fixedTermAttributes({ hans: '知识产权局' })).toThrow(/<Term> needs the 繁體 \(hant\) form: write <Term hant="…" hans="…" \/>/);
  });

  it('writes a raw "<" from an attribute as a character reference, never as markup', () => {
    const forms = { hans: 'a<b', hant: 'a<b>' };
    expect(convertHtml(`<p>${term(forms, 'a')}</p>`, { from: 'hans', to: hant })).toBe(`<p>${term(forms, 'a&lt;b&gt;')}</p>`);
  });

  it('throws, naming the element, when the target form is missing', () => {
    expect(() =>
      convertHtml('<span data-convert="fixed" data-hans="知识产权局">知识产权局</span>', { from: 'hans', to: hant }),
    ).toThrow(/fixed term at offset 0 .* has no data-hant attribute/);
  });

  it('throws when a fixed term is never closed', () => {
    expect(() => convertHtml(`<p>${term({ hans: '甲', hant: '乙' }, '甲').replace('</span>', '')}`, { from: 'hans', to: hant })).toThrow(
      /never closed/,
    );
  });

  it('replaces nested markup inside a fixed term, and ends it with an enclosing element', () => {
    const nested = `<p>${term({ hans: '知识产权局', hant: '知識產權局' }, '知识<b>产权</b>局')}</p>`;
    expect(convertHtml(nested, { from: 'hans', to: hant })).toBe(`<p>${term({ hans: '知识产权局', hant: '知識產權局' }, '知識產權局')}</p>`);
    const unclosed = `<p><span data-convert="fixed" data-hans="甲" data-hant="乙">甲</p>示范`;
    expect(convertHtml(unclosed, { from: 'hans', to: hant })).toBe(
      '<p><span data-convert="fixed" data-hans="甲" data-hant="乙">乙</p>示範',
    );
  });
});

describe('overrides', () => {
  // An article about the writer 余华 protects the surname 余 (cn→tw gives
  // 餘華), and must still write 七百余家 ("more than 700") as 七百餘家.
  const article: Override[] = [
    { hans: '余', hant: '余', note: 'surname in this story' },
    { hans: '七百余家', hant: '七百餘家' },
  ];
  const overrides = [...glossary, ...article];

  it('fixes what OpenCC alone gets wrong', () => {
    expect(convertText('余华', { from: 'hans', to: hant })).toBe('餘華');
    expect(convertText('余华', { from: 'hans', to: hant, overrides })).toBe('余華');
  });

  it('takes the longest match, glossary and article overrides together', () => {
    const html = '<p title="余华与长沙市知识产权局">余华说，园区有七百余家企业，长沙市知识产权局参加。</p>';
    expect(convertHtml(html, { from: 'hans', to: hant, overrides })).toBe(
      '<p title="余華與長沙市知識產權局">余華說，園區有七百餘家企業，長沙市知識產權局參加。</p>',
    );
  });

  it('places the override form untouched by OpenCC or quote styling', () => {
    const marked: Override[] = [{ hans: '“严大快同”', hant: '“嚴大快同”' }];
    expect(convertText('纳入“严大快同”和“三高四新”', { from: 'hans', to: hant, overrides: marked })).toBe(
      '納入“嚴大快同”和「三高四新」',
    );
  });

  it('applies in the source script too (identity conversion)', () => {
    const keepSurname: Override[] = [{ hans: '余华', hant: '余華' }];
    expect(convertText('余華「说」', { from: 'hant', to: hans, overrides: keepSurname })).toBe('余华“说”');
    expect(convertText('余华「说」', { from: 'hans', to: hans, overrides: keepSurname })).toBe('余华“说”');
  });

  it('lets the later of two entries with the same source form win', () => {
    const first: Override = { hans: '知识产权局', hant: '知識產權局', note: 'glossary' };
    const second: Override = { hans: '知识产权局', hant: '知識產權局', note: 'article' };
    expect(findUnusedOverrides([first, second], 'hans', ['长沙市知识产权局'])).toEqual([first]);
  });

  it('reports overrides that never match the source texts', () => {
    const seedSource = '长沙市市场监管局、知识产权局、经开区管委会……强化知识产权保护和应用';
    const shadowed: Override = { hans: '产权局', hant: '產權局' };
    const absent: Override = { hans: '余华', hant: '余華' };
    const used: Override = { hans: '知识产权', hant: '知識產權' };
    expect(findUnusedOverrides([...glossary, shadowed, absent, used], 'hans', [seedSource])).toEqual([shadowed, absent]);
    expect(findUnusedOverrides(glossary, 'hans', [seedSource])).toEqual([]);
  });
});

describe('an override form is text wherever it lands', () => {
  const hostile: Override[] = [
    { hans: '钱俊君', hant: '<meta http-equiv="refresh" content="0;url=https://evil.example/">' },
    { hans: '丁珍良', hant: `"><svg onload=alert(1)>'&amp;` },
  ];

  it('is escaped between tags', () => {
    expect(convertHtml('<p>钱俊君与丁珍良</p>', { from: 'hans', to: hant, overrides: hostile })).toBe(
      '<p>&lt;meta http-equiv=&quot;refresh&quot; content=&quot;0;url=https://evil.example/&quot;&gt;與&quot;&gt;&lt;svg onload=alert(1)&gt;&#39;&amp;amp;</p>',
    );
  });

  it('cannot close the attribute it is placed in', () => {
    expect(convertHtml('<img alt="丁珍良" src="/a.png">', { from: 'hans', to: hant, overrides: hostile })).toBe(
      '<img alt="&quot;&gt;&lt;svg onload=alert(1)&gt;&#39;&amp;amp;" src="/a.png">',
    );
  });

  it('stays as written in plain text, which templates escape', () => {
    expect(convertText('丁珍良', { from: 'hans', to: hant, overrides: hostile })).toBe(`"><svg onload=alert(1)>'&amp;`);
  });
});

