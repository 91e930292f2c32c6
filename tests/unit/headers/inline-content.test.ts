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
