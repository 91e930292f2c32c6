import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { checkArticleBody, isAllowedUrl } from '../../../src/lib/article/body-dialect.ts';

/** Returns the problems of a body, as messages. */
const problems = (body: string) => checkArticleBody(body).problems.map((p) => p.message);

/** Returns the text MDX reads from a body that must be one plain paragraph. */
function plainParagraphText(body: string): string {
  const tree = createProcessor({ remarkPlugins: [remarkGfm] }).parse(body);
  expect(tree.children.map((n) => n.type)).toEqual(['paragraph']);
  const paragraph = tree.children[0] as { children: { type: string; value?: string }[] };
  expect(paragraph.children.every((n) => n.type === 'text')).toBe(true);
  return paragraph.children.map((n) => n.value).join('');
}

describe('the article dialect accepts prose', () => {
  it('Markdown and our three components with literal attributes', () => {
    const body = [
      '2月17日，<Entity id="qian-junjun">钱俊君</Entity>为**长沙经开区**授牌，<Keep>钱俊君</Keep>与<Term hans="知识产权局" hant="知識產權局" />参加。',
      '## 小标题',
      '> 引文 *强调* ~~删除~~ `代码`',
      '- 一\n- 二\n\n1. 三',
      '---',
      '| 甲 | 乙 |\n| -- | -- |\n| 1 | 2 |',
      '[链接](https://example.com/a?b=1) [站内](../../entities/qian-junjun/) [邮件](mailto:a@example.com) [锚点](#p1) https://example.com a@example.com',
      '[参考][r]\n\n[r]: https://example.com',
      '行尾反斜杠\\\n换行',
      '![授牌仪式](./photos/lead.jpg "授牌仪式现场。")',
    ].join('\n\n');
    expect(checkArticleBody(body)).toEqual({ problems: [], entities: [{ id: 'qian-junjun', index: 6 }], photos: [{ src: './photos/lead.jpg', index: body.indexOf('![') }] });
  });

  it('reads an Entity id written with spaces around "="', () => {
    expect(checkArticleBody('<Entity id = "x" >名</Entity>').entities.map((e) => e.id)).toEqual(['x']);
    expect(checkArticleBody("<Entity\n  id='x'>名</Entity>").entities.map((e) => e.id)).toEqual(['x']);
  });
});

describe('the article dialect refuses code and markup, saying what to write', () => {
  it.each([
    ['import', "import fs from 'node:fs'", /a line that starts with `import` .* is read as code/],
    ['export', 'export const x = 1', /a line that starts with `export`/],
    ['English prose starting with import', '第一段\n\nimport tariffs rose by 10%', /a line that starts with `import` \(«import tariffs rose by 10%»\)/],
    ['expression', '结果{1 + 1}', /\{1 \+ 1\} is read as code .*write \\\{ instead of \{/],
    ['flow expression', '{process.env.HOME}', /\{process\.env\.HOME\} is read as code/],
    ['MDX comment', '{/* 备注 */}', /is an MDX comment, which is code/],
    ['HTML comment', '<!-- 备注 -->', /^MDX cannot read the text here/],
    ['script element', '<script>alert(1)</script>', /^<script> is read as an element/],
    ['script with src', '文<script src="https://evil.example/a.js" />', /^<script> is read as an element/],
    ['iframe', '<iframe srcdoc="x"></iframe>', /^<iframe> is read as an element/],
    ['lower-case lookalike', '<entity id="x">名</entity>', /^<entity> is read as an element/],
    ['a name from Object.prototype', '<constructor>名</constructor> <__proto__ />', /^<constructor> is read as an element/],
    ['member expression', '<Entity.x>名</Entity.x>', /^<Entity\.x> is read as an element/],
    ['fragment', '<>名</>', /^<> is read as an element/],
    ['autolink', '<https://example.com>', /^MDX cannot read the text here/],
    ['spread attribute', '<Keep {...x}>名</Keep>', /is code in an attribute/],
    ['expression attribute', '<Entity id={"x"}>名</Entity>', /<Entity id=\{…\}> is code: write the value in quotes/],
    ['attribute without value', '<Entity id>名</Entity>', /<Entity id> needs a value/],
    ['foreign attribute', '<Entity id="x" onclick="alert(1)">名</Entity>', /has an attribute "onclick" it does not take/],
    ['Entity without id', '<Entity>钱俊君</Entity>', /<Entity> has no id, so it would link nowhere/],
    ['empty Entity', '<Entity id="x" />', /<Entity> holds no name/],
    ['Term missing a form', '<Term hans="a" />', /<Term> needs the 繁體 \(hant\) form/],
    ['Term with text inside', '<Term hans="a" hant="b">c</Term>', /holds no text between tags/],
    ['Term with a bidi control', '<Term hans="a" hant="b\u202E" />', /<Term hant="b\[U\+202E\]">: the value contains U\+202E RIGHT-TO-LEFT OVERRIDE at character 2/],
    ['Keep around paragraphs', '<Keep>\n第一段\n\n第二段\n</Keep>', /<Keep> must sit inside a line of text/],
    ['javascript: link', '[点](javascript:alert(1))', /a link to «javascript:alert\(1\)»/],
    ['encoded javascript: link', '[点](jav&#x61;script&#x3A;alert(1))', /a link to «javascript:alert\(1\)»/],
    ['javascript: in angle brackets', '[点](<javascript:alert(1)>)', /a link to «javascript:alert\(1\)»/],
    ['javascript: reference', '[点][x]\n\n[x]: javascript:alert(1)', /a link to «javascript:alert\(1\)»/],
    ['data: link', '[点](data:text/html;base64,PHNjcmlwdD4=)', /a link to «data:text\/html/],
    ['vbscript: link', '[点](VBScript:msgbox)', /a link to «VBScript:msgbox»/],
    ['image from another site', '![图](https://evil.example/pixel.png)', /the photo path «https:\/\/evil\.example\/pixel\.png» is a web address or a drive: an article shows only photos stored beside it.*\(rule: web-address\)\.$/],
    ['image as a data: URL', '![图](data:image/png;base64,AAAA)', /the photo path «data:image\/png;base64,AAAA» is a web address.*\(rule: web-address\)/],
    ['photo without a description', '![](./lead.png "说明")', /a photo without a description/],
    ['image reference', '![图][p]\n\n[p]: https://evil.example/pixel.png', /an image reference/],
    ['link inside Entity', '<Entity id="x">[名](https://example.com)</Entity>', /a link inside a link/],
    ['fenced code', '```js\nalert(1)\n```', /a code block/],
    ['footnote', '正文[^1]\n\n[^1]: 注释', /a footnote/],
    ['task list', '- [x] 完成', /a task-list checkbox/],
    ['level-1 heading', '# 标题', /a level-1 heading/],
    ['aligned table', '| a |\n| :-: |\n| 1 |', /a table column alignment/],
    ['heading id expression', '## 标题 {#id}', /MDX cannot read the text here|is read as code/],
    ['a bidi control as a character reference', '姜&#x202E;星星', /the text holds U\+202E RIGHT-TO-LEFT OVERRIDE, written as a character reference/],
    ['a control character as a character reference', '钱&#27;[31m', /a character reference that stands for no character a reader can see \(shown as U\+FFFD\)/],
    ['deep nesting', `${'>'.repeat(40)} 深`, /nested more than 24 deep/],
  ])('%s', (_, body, message) => {
    expect(problems(body)).toContainEqual(expect.stringMatching(message));
  });

  it('gives the offset of each problem in the body', () => {
    const { problems: found } = checkArticleBody('第一段\n\n第二段<script>x</script>');
    expect(found.map((p) => p.index)).toEqual(['第一段\n\n第二段'.length]);
  });
});

describe('the advice it gives works', () => {
  it('a line starting with import/export, written with a character reference, reads as that text', () => {
    for (const line of ["export const x = (await import('node:fs')).readFileSync('/etc/passwd')", 'import 关税 from 美国', 'export 出口额增长']) {
      const message = problems(line)[0] ?? '';
      const escaped = /`(&#\d+;\w+)`/.exec(message)?.[1];
      expect(escaped, message).toBeDefined();
      const rewritten = line.replace(/^\w+/, escaped!);
      expect(problems(rewritten)).toEqual([]);
      expect(plainParagraphText(rewritten)).toBe(line);
    }
  });

  it('a backslash before { or < shows the character', () => {
    const written = '价格\\{1+1\\}元，a \\<script> b \\<!-- c -->';
    expect(problems(written)).toEqual([]);
    expect(plainParagraphText(written)).toBe('价格{1+1}元，a <script> b <!-- c -->');
  });

  it('character references show as text, never as markup', () => {
    expect(problems('&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;')).toEqual([]);
    expect(plainParagraphText('&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;')).toBe('<script>alert(1)</script>');
  });
});

describe('link targets', () => {
  it('allows web, mail and site links', () => {
    for (const url of ['https://example.com', 'HTTP://example.com', 'mailto:a@example.com', '/zh-hant/', '../x/', '#p1', '?q=1', '//example.com', 'a:b/c'.replace('a:b', 'a/b')]) {
      expect(isAllowedUrl(url), url).toBe(true);
    }
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', '\u0001javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'blob:x', 'x-y:z']) {
      expect(isAllowedUrl(url), JSON.stringify(url)).toBe(false);
    }
  });
});

describe('what the article dialect says about each thing it refuses, word for word', () => {
  const components = '<Entity id="…">name</Entity>, <Keep>…</Keep> and <Term hans="…" hant="…" />';
  it.each([
    ['正文<b>粗体</b>。', 2, `<b> is read as an element, and an article holds no elements but ${components}: to show the text as written, put a backslash before the bracket (\\<b); for bold or links use Markdown (**bold**, [text](https://…)).`],
    ['正文<>片段</>。', 2, `<> is read as an element, and an article holds no elements but ${components}: to show the text as written, put a backslash before the bracket (\\<); for bold or links use Markdown (**bold**, [text](https://…)).`],
    ['<Keep x="1">甲</Keep>', 0, '<Keep> has an attribute "x" it does not take: write <Keep> with no attributes.'],
    ['<Entity id="a" x="1">甲</Entity>', 0, '<Entity> has an attribute "x" it does not take: its attributes are id; remove "x".'],
    ['<Entity id>甲</Entity>', 0, '<Entity id> needs a value: write id="…".'],
    ['<Entity>甲</Entity>', 0, '<Entity> has no id, so it would link nowhere: write <Entity id="…"> with the id of an entity in the frontmatter.'],
    ['<Term hans="甲" />', 0, '<Term> needs the 繁體 (hant) form: write <Term hant="…" hans="…" />.'],
    ['<Term hans="甲" hant={x} />', 0, '<Term hant={…}> is code: write the value in quotes, hant="…".'],
    ['{/* 注释 */}', 0, '{/*注释*/} is an MDX comment, which is code, and an article holds no code: delete it (or, to show the braces as text, write \\{ instead of {).'],
    ['{ 1 + 1 }', 0, '{1 + 1} is read as code (a JavaScript expression), and an article holds no code: to show the braces as text, write \\{ instead of {.'],
    ['import x from "y"', 0, 'a line that starts with `import` («import x from "y"») is read as code, and an article holds no code: to publish it as text, write its first letter as a character reference, `&#105;mport` (readers see «import»).'],
    ['正文。\n\nexport default {', 5, 'a line that starts with `export` («export default {») is read as code, and an article holds no code: to publish it as text, write its first letter as a character reference, `&#101;xport` (readers see «export»).'],
    ['[链接](javascript:alert(1))', 0, 'a link to «javascript:alert(1)»: an article links only to web addresses (https://…), mailto: addresses and pages of this site; write the address in full, or remove the link and keep its text.'],
    ['<Entity id="a">[甲](https://a.example)</Entity>', 15, 'a link inside a link (or inside <Entity>): keep one of them.'],
    ['![](./a.jpg)', 0, 'a photo without a description («![](./a.jpg)»): write what it shows between the brackets, ![…](./a.jpg).'],
    ['![ ](./a.jpg)', 0, 'a photo without a description («![ ](./a.jpg)»): write what it shows between the brackets, ![…](./a.jpg).'],
    ['![图](https://x.example/a.jpg)', 0, "the photo path «https://x.example/a.jpg» is a web address or a drive: an article shows only photos stored beside it, never one fetched from elsewhere: save the photo (its rights cleared) in the article's folder and write ./photo.jpg (rule: web-address)."],
    ['正文。\n\n![甲][ref]\n\n[ref]: ./a.jpg', 5, 'an image reference («![甲][ref]»): write a photo in one piece, ![what it shows](./photo.jpg "caption") (to show the text as written, put a backslash before the !, \\!).'],
    ['- [x] 完成', 0, 'a task-list checkbox ([ ] or [x] after a list marker): write \\[ to show the brackets as text.'],
    ['| a | b |\n| :- | - |\n| 1 | 2 |', 0, 'a table column alignment (:--- or ---:): remove the colons from the line under the table header.'],
    ['# 标题', 0, "a level-1 heading (# …): the title is the page's only level-1 heading; write sections as ## …."],
    ['```\ncode\n```', 0, 'a code block (a line of ``` or ~~~): an article holds no code: remove the fence lines and keep the text as paragraphs (to show the backticks as text, write \\`).'],
    ['正文 < 3 {', 8, `MDX cannot read the text here (Unexpected end of file in expression, expected a corresponding closing brace for \`{\`). A < or { starts an element or code in MDX: to show one as text, write \\< or \\{; an article holds no HTML, comments or code, only Markdown and ${components}.`],
    ['乙&#x202E;丙', 0, 'the text holds U+202E RIGHT-TO-LEFT OVERRIDE, written as a character reference: delete it (it is invisible on the page).'],
    ['&#0;', 0, 'a character reference that stands for no character a reader can see (shown as U+FFFD): delete it.'],
    [`<Term hans="${'甲'.repeat(101)}" hant="乙" />`, 0, `<Term hans="${'甲'.repeat(40)}…">: the value is 101 characters long; the limit is 100: shorten it (a whole text pasted into one field is the usual cause).`],
  ])('%j', (body, index, message) => {
    expect(checkArticleBody(body).problems).toEqual([{ index, message }]);
  });

  it('lists two footnote problems in the order they stand', () => {
    expect(checkArticleBody('脚注[^1]\n\n[^1]: 注').problems).toEqual([
      { index: 2, message: 'a footnote («[^1]»): write the note in the text, in brackets; to show [^…] as text, write \\[^.' },
      { index: 8, message: 'a footnote («[^1]: 注»): write the note in the text, in brackets; to show [^…] as text, write \\[^.' },
    ]);
  });

  it.each([
    ['a table without alignment', '| a | b |\n| - | - |\n| 1 | 2 |'],
    ['a link next to a link', '[甲](https://a.example) [乙](/zh-hans/)'],
    ['a line that starts with export only after spaces (a paragraph)', '  export const a = 1'],
  ])('accepts %s', (_name, body) => {
    expect(checkArticleBody(body).problems).toEqual([]);
  });

  it.each([
    ['/a:b', true],
    ['a?b:c', true],
    ['x:y', false],
    ['\u0001mailto:a@b', true],
  ])('reads the scheme of %j from its start only: allowed %s', (url, allowed) => {
    expect(isAllowedUrl(url)).toBe(allowed);
  });
});
