import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences } from '../../../src/lib/html/character-references.ts';
import { tokenizeHtml } from '../../../src/lib/html/text-nodes.ts';
import { renderImportView } from '../../../src/lib/importer/html-view.ts';
import { importArticle } from '../../../src/lib/importer/pipeline.ts';
import { seedBytes } from './seed.ts';

const encode = (text: string) => new TextEncoder().encode(text);
// A stand-in for the site's localizer: the view shows whatever Traditional text it is given.
const toTraditional = (text: string) => text.replace(/发/g, '發').replace(/后/g, '後');

/** Returns the elements and attributes of a page, as `name` and `name[attribute]`, once each. */
function markup(html: string): string[] {
  const found = new Set<string>();
  for (const token of tokenizeHtml(html)) {
    if (token.kind !== 'start') continue;
    found.add(token.name);
    for (const attribute of token.attributes) found.add(`${token.name}[${attribute.name}]`);
  }
  return [...found].sort();
}

/** Returns the visible text of a page, tags removed and references decoded. */
function textOf(html: string): string {
  return decodeCharacterReferences(html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ''), 'html');
}

const ownMarkup = markup(renderImportView(importArticle(seedBytes, 'raw/seed.txt'), { toTraditional, written: 'content/articles/x.mdx' }));

describe('the HTML view of an import', () => {
  it('shows the scrape beside the article, needs a person first, and every line of the scrape with its number', () => {
    const result = importArticle(seedBytes, 'raw/seed.txt');
    const html = renderImportView(result, { toTraditional, written: 'content/articles/x.mdx' });
    const text = textOf(html);
    expect(text.indexOf('Needs a person (1)')).toBeLessThan(text.indexOf('Still to curate (5)'));
    expect(text.indexOf('Still to curate (5)')).toBeLessThan(text.indexOf('The scrape'));
    expect([...html.matchAll(/<li id="raw-(\d+)"/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    // The damaged byline is marked where it is: line 3, column 8.
    expect(html).toMatch(/<li id="raw-3"><span class="n">3<\/span><span class="line">文\/黃星星 姜<mark class="needs" title="needs a person: byline: [^"]*">\?<\/mark>/);
    // The chrome line is struck through, the view counter marked as removed.
    expect(html).toMatch(/<mark class="removed" title="removed: site chrome or page furniture">點擊:次<\/mark>/);
    expect(html).toContain('<a href="#raw-4">line 4</a> 2月17日，湖南省市场监管局');
  });

  it('puts Simplified beside Traditional, highlighting each character that converts more than one way in both', () => {
    const result = importArticle(encode('头发与以后\n2024-03-02 来源：人民日报\n记者 张三\n他说，以后再发。'), 'raw/x.txt');
    const html = renderImportView(result, { toTraditional });
    expect(html).toMatch(/<td lang="zh-Hans">头<mark class="alt" title="发 converts more than one way \(發 髮\); the page shows 發\.[^"]*">发<\/mark>与以<mark class="alt"[^>]*>后<\/mark><\/td><td lang="zh-Hant">头<mark class="alt"[^>]*>發<\/mark>与以<mark class="alt" title="后 converts more than one way \(後 后\); the page shows 後\.[^"]*">後<\/mark><\/td>/);
  });

  it('turns a hostile scrape into text: no element, attribute or character reference of the scrape becomes markup', () => {
    const hostile = [
      '<script>alert(1)</script>标题"><img src=x onerror=alert(1)>',
      '2024-03-02 来源：<i>日报</i>',
      '记者 张三',
      "<iframe src='javascript:alert(1)'></iframe> <b onclick=\"x()\">李四</b>",
      '&lt;script&gt;alert(2)&lt;/script&gt; 正文 </textarea></style><svg onload=alert(3)>',
      '\u202E反向\u001B[31m红色\u0007 <!-- 注释 --> <a href="javascript:alert(4)">链接</a>',
      '（记者 <style>body{display:none}</style>）',
    ].join('\n');
    const result = importArticle(encode(hostile), 'raw/"><script>alert(5)</script>.txt');
    const html = renderImportView(result, { toTraditional, written: 'content/articles/"><x>.mdx' });
    // Only the view's own elements and attributes: exactly those of an ordinary import.
    expect(markup(html).filter((found) => !ownMarkup.includes(found))).toEqual([]);
    expect(html).not.toMatch(/<(?:script|img|iframe|svg|b|i|a href="javascript|textarea)\b/i);
    // The hostile text is there, as text a reader sees.
    const text = textOf(html);
    expect(text).toContain('<script>alert(1)</script>标题"><img src=x onerror=alert(1)>');
    expect(text).toContain('raw/"><script>alert(5)</script>.txt');
    // Control and bidi characters are shown by name, never sent raw.
    expect(html).not.toMatch(/[\u202E\u001B\u0007]/u);
    expect(text).toContain('[U+202E]反向[U+001B][31m红色[U+0007]');
  });
});
