import { describe, expect, it } from 'vitest';
import { isExecutableScriptType, scanInlineContent } from '../../../src/lib/headers/inline-content.ts';

// The shape of a built article page: JSON-LD, inlined CSS, a bundled module script.
const articleHead =
  '<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>湖南省市場監管局為省商業秘密保護示範基地授牌 | 華文新聞</title>' +
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"湖南省市場監管局","description":"</style> is text here"}</script>' +
  '<style>:root{--ink:#1b1b1b}.prose p:target{background:var(--mark)}</style>' +
  '<!-- <script>not code</script> -->' +
  '</head><body><a class="switch" href="/zh-hans/articles/x/" hreflang="zh-Hans" lang="zh-Hans">简体</a>' +
  '<script type="module" src="/_astro/ScriptSwitch.C6juXFez.js"></script></body></html>';

describe('finding inline code in a built page', () => {
  it('finds the inline CSS and the JSON-LD, and ignores bundled scripts and comments', () => {
    const inline = scanInlineContent(articleHead);
    expect(inline.styles).toEqual([':root{--ink:#1b1b1b}.prose p:target{background:var(--mark)}']);
    expect(inline.scripts).toEqual([
      { type: 'application/ld+json', text: '{"@type":"NewsArticle","headline":"湖南省市場監管局","description":"</style> is text here"}', executable: false },
    ]);
    expect(inline.styleAttributes).toEqual([]);
    expect(inline.handlerAttributes).toEqual([]);
  });

  it('keeps the exact text of a style, whitespace and all, as the browser hashes it', () => {
    expect(scanInlineContent('<STYLE media="print">\n  a > b { color: red }\n</STYLE >').styles).toEqual(['\n  a > b { color: red }\n']);
  });

  it('finds inline scripts the browser would run', () => {
    const inline = scanInlineContent('<script>var a = "<b>";</script><script type="module">import "/x.js"</script><script type=importmap>{}</script>');
    expect(inline.scripts.map((s) => [s.type, s.executable])).toEqual([['', true], ['module', true], ['importmap', true]]);
    expect(inline.scripts[0]?.text).toBe('var a = "<b>";');
  });

  it('finds style and event-handler attributes and javascript: URLs, quoted or not', () => {
    const inline = scanInlineContent(`<p style="color:red" title='a > b'>x</p><button onclick=go()>go</button><a href=" JavaScript:void(0)">x</a><img src=a.png alt="">`);
    expect(inline.styleAttributes).toEqual([{ tag: 'p', name: 'style', value: 'color:red' }]);
    expect(inline.handlerAttributes).toEqual([{ tag: 'button', name: 'onclick', value: 'go()' }]);
    expect(inline.javascriptUrls).toEqual([{ tag: 'a', name: 'href', value: ' JavaScript:void(0)' }]);
  });

  it('does not read markup inside a title or textarea', () => {
    expect(scanInlineContent('<title><style>x</style></title><textarea><script>y</script></textarea>')).toMatchObject({ styles: [], scripts: [] });
  });
});

describe('which script types are code', () => {
  it.each([
    ['', true],
    ['text/javascript', true],
    ['TEXT/JavaScript; charset=utf-8', true],
    ['module', true],
    ['speculationrules', true],
    ['application/ld+json', false],
    ['application/json', false],
    ['text/plain', false],
  ])('%j: %s', (type, executable) => {
    expect(isExecutableScriptType(type)).toBe(executable);
  });
});

describe('reading HTML as a browser does, at its edges', () => {
  it.each([
    'application/ecmascript', 'application/javascript', 'application/x-ecmascript', 'application/x-javascript', 'text/ecmascript', 'text/javascript',
    'text/javascript1.0', 'text/javascript1.1', 'text/javascript1.2', 'text/javascript1.3', 'text/javascript1.4', 'text/javascript1.5',
    'text/jscript', 'text/livescript', 'text/x-ecmascript', 'text/x-javascript', ' module ', 'importmap', ' Text/JavaScript ; charset=utf-8',
  ])('a <script type="%s"> is code', (type) => {
    expect(isExecutableScriptType(type)).toBe(true);
  });

  it.each(['xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title'])('reads no markup inside <%s>', (element) => {
    expect(scanInlineContent(`<${element}><script>go()</script><p style="a"></${element}><p onclick="b">x</p>`)).toEqual({
      styles: [], scripts: [], styleAttributes: [], handlerAttributes: [{ tag: 'p', name: 'onclick', value: 'b' }], javascriptUrls: [],
    });
  });

  it('reads no markup after <plaintext>, which never ends', () => {
    expect(scanInlineContent('<plaintext><script>go()</script></plaintext><p style="a">')).toMatchObject({ scripts: [], styleAttributes: [] });
  });

  it('reports the type of a script trimmed and in lower case', () => {
    expect(scanInlineContent('<script type=" Module ">go()</script>').scripts).toEqual([{ type: 'module', text: 'go()', executable: true }]);
  });

  it.each([
    ['a comment closed by -->', '<!-- <script>no()</script> --><script>go()</script>', ['go()']],
    ['an empty comment <!-->', '<!--><script>go()</script>', ['go()']],
    ['an empty comment <!--->', '<!---><script>go()</script>', ['go()']],
    ['a comment closed by --!>', '<!-- x --!><script>go()</script>', ['go()']],
    ['a comment never closed', '<p>x</p><!-- <script>no()</script>', []],
    ['a stray < in text', '1 < 2 <script>go()</script>', ['go()']],
    ['a stray < after a question mark', '是吗?< <script>go()</script>', ['go()']],
    ['text before the first tag', 'ab<script>go()</script>', ['go()']],
    ['an end tag that swallows the next tag, as browsers read it', '<p>a</p <script>no()</script>', []],
    ['a doctype and a processing instruction', '<!DOCTYPE html><?xml version="1.0"?><script>go()</script>', ['go()']],
    ['an end tag never closed', '<script>go()</script></p', ['go()']],
    ['a < at the very end', '<script>go()</script>a <', ['go()']],
    ['text and no tag at all', 'just text', []],
  ])('finds the scripts after %s', (_name, html, scripts) => {
    expect(scanInlineContent(html).scripts.map((script) => script.text)).toEqual(scripts);
  });

  it.each([
    ['spaces around =', '<p style = "color:red">', 'color:red'],
    ['a value in single quotes', "<p style='color:red'>", 'color:red'],
    ['an unquoted value', '<p style=color:red>', 'color:red'],
    ['no value', '<p style>', ''],
    ['a value after an attribute without one', '<p hidden style="color:red">', 'color:red'],
    ['a self-closing slash', '<br/><img style="color:red"/>', 'color:red'],
    ['an unclosed quote at the end of the document', '<p style="color:red', 'color:red'],
    ['an unquoted value at the end of the document', '<p style=color:red', 'color:red'],
    ['an attribute name at the end of the document', '<p style', ''],
    ['= at the end of the document', '<p style=', ''],
    ['= and a space at the end of the document', '<p style= ', ''],
  ])('reads a style attribute with %s', (_name, html, value) => {
    expect(scanInlineContent(html).styleAttributes).toEqual([{ tag: html.startsWith('<br') ? 'img' : 'p', name: 'style', value }]);
  });

  it('takes only on + letters for an event handler, as browsers do', () => {
    expect(scanInlineContent('<p onclick2="a" on="b" on-x="c" ONMOUSEOVER="d">x</p>').handlerAttributes).toEqual([{ tag: 'p', name: 'onmouseover', value: 'd' }]);
  });

  it('does not take a space inside the scheme for javascript:', () => {
    expect(scanInlineContent('<a href="java script:go()">x</a><a href="x javascript:go()">y</a>').javascriptUrls).toEqual([]);
  });
});

describe('comments closed by --> or --!>, whichever comes first', () => {
  it.each([
    ['<!-- a --!> <script>go()</script> -->', ['go()']],
    ['<!-- a --> <script>go()</script> --!>', ['go()']],
  ])('%s', (html, scripts) => {
    expect(scanInlineContent(html).scripts.map((script) => script.text)).toEqual(scripts);
  });
});
