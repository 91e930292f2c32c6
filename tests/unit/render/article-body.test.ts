import { describe, expect, it } from 'vitest';
import { photoMarker, renderArticleBody, splitAtPhotos } from '../../../src/lib/render/article-body.ts';

// The expected HTML is what @astrojs/mdx and Astro's JSX renderer wrote for the same bodies before the loader
// rendered articles itself (compared byte for byte on whole built pages); each case pins one rule of that output.
const render = async (body: string) => (await renderArticleBody(body, '/content/articles/a.mdx')).html;

describe('renderArticleBody', () => {
  it('numbers paragraphs and escapes text as Astro does, quotes made typographic', async () => {
    expect(await render('第一段，**粗体「重点」**文字，*强调*，~~删除~~。\n\n`a & <b>` "直引号" R&D\'s -- 完...')).toBe(
      '<p id="p1">第一段，<strong>粗体「重点」</strong>文字，<em>强调</em>，<del>删除</del>。</p>\n' +
        '<p id="p2"><code>a &amp; &lt;b&gt;</code> “直引号” R&amp;D’s — 完…</p>',
    );
  });

  it('writes the three components as their templates did, and a paragraph of components alone is no paragraph', async () => {
    expect(await render('<Entity id="li-ming">李明</Entity>说：<Keep>钱俊君</Keep>与<Term hans="知识产权局" hant="智慧財產局" />。\n\n<Keep>单独</Keep>')).toBe(
      '<p id="p1"><a href="../../entities/li-ming/">李明</a>说：<span data-convert="no">钱俊君</span>与' +
        '<span data-convert="fixed" data-hant="智慧財產局" data-hans="知识产权局">知识产权局</span>。</p>\n' +
        '<span data-convert="no">单独</span>',
    );
  });

  it('gives headings the ids Astro gave them and drops the line breaks inside tables', async () => {
    expect(await render('## 第二节 & 更多\n\n| 左 | 右 |\n| --- | --- |\n| a & b | 2 |')).toBe(
      '<h2 id="第二节--更多">第二节 &amp; 更多</h2>\n' +
        '<table><thead><tr><th>左</th><th>右</th></tr></thead><tbody><tr><td>a &amp; b</td><td>2</td></tr></tbody></table>',
    );
  });

  it('closes void elements and escapes link attributes', async () => {
    expect(await render('[链接](https://example.com/x?y=1&z=2 "标题")，换行  \n第二行。\n\n---')).toBe(
      '<p id="p1"><a href="https://example.com/x?y=1&amp;z=2" title="标题">链接</a>，换行<br/>\n第二行。</p>\n<hr/>',
    );
  });

  it('leaves a marker for each photo, lifted out of its paragraph when alone, and lists it', async () => {
    const rendered = await renderArticleBody('![照片](./a%20b.jpg "说明")\n\n文字 ![行内](./c.png) 后。', '/content/articles/a.mdx');
    expect(rendered.html).toBe(`${photoMarker(0)}\n<p id="p1">文字 ${photoMarker(1)} 后。</p>`);
    expect(rendered.photos).toEqual([
      { src: './a b.jpg', alt: '照片', title: '说明' },
      { src: './c.png', alt: '行内' },
    ]);
  });

  it('refuses what the article dialect refuses, should one reach it', async () => {
    await expect(render('<Script>x</Script>')).rejects.toThrow('<Script> is not a component of the article dialect');
    await expect(render('<Entity id={x}>李明</Entity>')).rejects.toThrow('<Entity> has an attribute that is not a literal string');
  });
});

describe('splitAtPhotos', () => {
  it('cuts the HTML at each marker, keeping the order', () => {
    expect(splitAtPhotos(`<p>a</p>${photoMarker(0)}<p>b ${photoMarker(1)}</p>`)).toEqual(['<p>a</p>', 0, '<p>b ', 1, '</p>']);
    expect(splitAtPhotos('<p>no photo</p>')).toEqual(['<p>no photo</p>']);
  });

  it('finds no marker in escaped article text', async () => {
    expect(splitAtPhotos(await render('文字 \\<!--article-photo:0--> 结束'))).toEqual(['<p id="p1">文字 &lt;!—article-photo:0—&gt; 结束</p>']);
  });
});
