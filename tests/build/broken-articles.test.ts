import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanCopy, root, runBuild, snapshotSources } from './project-copy.ts';
import { seedSlug } from '../../scripts/bench/seed.ts';
import { articleFileOf, contentDirOf } from '../../src/build/content-files.ts';

// One real build of a copy of the project holding many broken copies of the
// seed article, one mistake or attack each: what an editor sees when they
// save a mistake and run `npm run build`. The loader reports every problem of
// every file at once, so one build covers them all.
const seedFile = articleFileOf(contentDirOf('.'), seedSlug);
const seed = readFileSync(path.join(root, seedFile), 'utf8');

// Where an article that ran code at build time would leave its mark.
const markerName = 'article-code-ran.txt';

/** A broken article: its file name, its text, and what the build must say about it. */
interface BrokenArticle {
  readonly name: string;
  readonly source: (copy: string) => string;
  readonly says: readonly RegExp[];
}

// The line of the file where text appended by `body()` starts.
const appended = seed.trimEnd().split('\n').length + 2;
/** Returns a pattern for a body problem `lines` lines after the appended text starts, at `column`, followed by `rest`. */
const at = (lines: number, column: number, rest: string) => new RegExp(`^body \\(line ${appended + lines}, column ${column}\\): ${rest}`);

const body = (text: string) => (copy: string) => `${seed.trimEnd()}\n\n${text.replaceAll('{MARKER}', path.join(copy, markerName))}\n`;
const edit = (change: (text: string) => string) => () => change(seed);

const broken: readonly BrokenArticle[] = [
  { name: 'missing-date', source: edit((s) => s.replace(/^date: .*\n/m, '')), says: [/^date: is missing; add it/] },
  { name: 'impossible-date', source: edit((s) => s.replace('date: 2023-02-24', 'date: 2023-02-30')), says: [/^date: is not a real calendar date/] },
  {
    name: 'unclosed-frontmatter',
    source: edit((s) => s.replace(/\n---\n/, '\n\n')),
    says: [/^frontmatter: the block opened by `---` on line 1 is never closed/],
  },
  {
    name: 'pinyin',
    source: edit((s) => s.replace('该省局党组成员', '该省(shěng)局党组成员')),
    says: [/^body \(line \d+, column \d+\): a pinyin annotation «省\(shěng\)»/],
  },
  {
    name: 'replacement-character',
    source: edit((s) => s.replace('钱俊君在授牌仪式上', '钱俊\uFFFD在授牌仪式上')),
    says: [/^body \(line \d+, column 3\): a replacement character \(U\+FFFD\)/],
  },
  {
    // Would write the marker file while the page module loads, if it were ever compiled.
    name: 'code-at-module-load',
    source: body(`export const ran = (await import('node:fs')).writeFileSync('{MARKER}', 'ran');`),
    says: [at(0, 1, String.raw`a line that starts with \x60export\x60 .* is read as code.*write its first letter as a character reference, \x60&#101;xport\x60`)],
  },
  {
    // Astro ends frontmatter at the first line starting with ---, even inside a quoted YAML string.
    name: 'code-in-frontmatter-fence',
    source: (copy) =>
      seed.replace(
        /^---\n[\s\S]*?\n---\n/,
        `---\n{ title: "湖南\n---{(await import('node:fs')).writeFileSync('${path.join(copy, markerName)}', 'ran')}\n", date: 2023-02-24, script: hans, source: { name: 中国 }, authors: [{ name: 黄星星, role: text }] }\n---\n`,
      ),
    says: [/^frontmatter \(line 3\): a line that starts with --- or \+\+\+ ends the frontmatter there for Astro/],
  },
  {
    name: 'node-modules-in-page',
    source: body(`import os from 'node:os';\n\n本机：{os.hostname()} {process.cwd()}`),
    says: [
      at(0, 1, String.raw`a line that starts with \x60import\x60 .*\x60&#105;mport\x60`),
      at(2, 4, String.raw`\{os\.hostname\(\)\} is read as code .*write \\\{ instead of \{`),
      at(2, 20, String.raw`\{process\.cwd\(\)\} is read as code`),
    ],
  },
  {
    name: 'html-elements',
    source: body(
      '看<script src="https://evil.example/a.js"></script>这里\n\n<iframe srcdoc="<script>alert(1)</script>" />\n\n<Foo.Bar>x</Foo.Bar> <meta http-equiv="refresh" content="0;url=https://evil.example/" />',
    ),
    says: [
      at(0, 2, String.raw`<script> is read as an element, and an article holds no elements but <Entity`),
      at(2, 1, String.raw`<iframe> is read as an element`),
      at(4, 1, String.raw`<Foo\.Bar> is read as an element`),
      at(4, 22, String.raw`<meta> is read as an element`),
    ],
  },
  {
    name: 'entity-without-id',
    source: edit((s) => s.replace('<Entity id="qian-junjun">钱俊君</Entity>为', '<Entity>钱俊君</Entity>为').replace('<Entity id="ding-zhenliang">', '<Entity id = "nobody" >')),
    says: [/^body \(line \d+, column \d+\): <Entity> has no id, so it would link nowhere/, /^body \(line \d+, column \d+\): <Entity id="nobody"> names no entity of this article/],
  },
  {
    name: 'component-attributes',
    source: body('<Entity id="changsha" {...props}>长沙</Entity>，<Term hans="知识产权" hant={"x"} />，<Keep class="x">钱</Keep>，<Entity id="changsha" href="https://evil.example/">长沙</Entity>'),
    says: [
      at(0, 1, String.raw`<Entity \{\.\.\.props\}> is code in an attribute`),
      at(0, 46, String.raw`<Term hant=\{…\}> is code: write the value in quotes`),
      at(0, 78, String.raw`<Keep> has an attribute "class" it does not take`),
      at(0, 103, String.raw`<Entity> has an attribute "href" it does not take: its attributes are id`),
    ],
  },
  {
    name: 'comment-expression',
    source: body('钱俊君{/* 编辑：删掉 */}讲话'),
    says: [at(0, 4, String.raw`\{\/\*.*\*\/\} is an MDX comment, which is code`)],
  },
  {
    name: 'html-comment',
    source: body('钱俊君<!-- 编辑：删掉 -->讲话'),
    says: [at(0, 5, String.raw`MDX cannot read the text here \(Unexpected character \x60!\x60.*write \\< or \\\{`)],
  },
  {
    name: 'links-and-images',
    source: body('[点击](javascript:alert(1)) [引用][evil] ![图](https://evil.example/pixel.png)\n\n[evil]: JaVaScRiPt:alert(document.domain)'),
    says: [
      at(0, 1, String.raw`a link to «javascript:alert\(1\)»: an article links only to web addresses`),
      at(0, 38, String.raw`the photo path «https://evil\.example/pixel\.png» is a web address or a drive: an article shows only photos stored beside it.*\(rule: web-address\)\.$`),
      at(2, 1, String.raw`a link to «JaVaScRiPt:alert\(document\.domain\)»`),
    ],
  },
  {
    name: 'source-url',
    source: edit((s) => s.replace('  name: 中国质量万里行', '  name: 中国质量万里行\n  url: "javascript:alert(1)"')),
    says: [/^source\.url: must be a full web address starting with https:\/\//],
  },
  {
    name: 'invisible-and-control',
    source: edit((s) =>
      s
        .replace(/^title: .*$/m, 'title: "\u200B\u200D\u200C"')
        .replace(/^summary: .*$/m, `summary: ${'长'.repeat(100_000)}`)
        .replace('name: 黄星星', 'name: "黄\u202E星星"')
        .replace('钱俊君在授牌仪式上', '钱俊君\u0000在授\u001B牌仪式上'),
    ),
    says: [
      /^title: is made only of invisible characters \(U\+200B ZERO WIDTH SPACE, U\+200D ZERO WIDTH JOINER, U\+200C ZERO WIDTH NON-JOINER\)/,
      /^summary: is 100000 characters long; the limit is 400/,
      /^authors\[0\]\.name: contains U\+202E RIGHT-TO-LEFT OVERRIDE at character 2: delete it/,
      /^body \(line \d+, column 4\): contains U\+0000 NULL here: delete it/,
      /^body \(line \d+, column 7\): contains U\+001B ESCAPE here: delete it/,
    ],
  },
  {
    name: 'frontmatter-tricks',
    source: edit((s) =>
      s
        .replace('script: hans', 'script: hans\n__proto__:\n  polluted: true\nsumary: 拼错的字段')
        .replace('entities:\n', 'overrides:\n  - { hans: 丁珍良, hant: "丁\u2066珍良" }\n  - { hans: 刘学如, hant: 劉學如 }\n  - { hans: 刘学如, hant: 劉學如 }\nentities:\n'),
    ),
    says: [
      /^overrides\[0\]\.hant: contains U\+2066 LEFT-TO-RIGHT ISOLATE at character 2/,
      /^overrides\[2\]\.hant: repeats the entry for "劉學如" given above: remove one of them/,
      /^__proto__: is not a field we know/,
      /^sumary: is not a field we know: check its spelling \(the fields here are title, summary,/,
    ],
  },
  {
    name: 'yaml-alias',
    source: edit((s) => s.replace('    aliases: [长沙经济技术开发区]', '    aliases: &names [长沙经济技术开发区]').replace('    aliases: [湘潭高新技术产业开发区]', '    aliases: *names')),
    says: [/^entities\[1\]\.aliases: repeats a value with a YAML alias \(\*name\): write the value out in full here/],
  },
];

/** Returns the problems the build output lists under `file`, one per `  - ` line. */
function problemsListedFor(output: string, file: string): string[] {
  const start = output.indexOf(`${file} cannot be published:\n`);
  if (start === -1) return [];
  const lines = output.slice(start).split('\n').slice(1);
  const listed: string[] = [];
  for (const line of lines) {
    if (!line.startsWith('  - ')) break;
    listed.push(line.slice(4));
  }
  return listed;
}

describe('broken and hostile articles stop the build, each named with its field and what to write', () => {
  let copy: string;
  let status: number | null;
  let output: string;

  beforeAll(() => {
    copy = cleanCopy(snapshotSources(), 'broken-articles');
    for (const article of broken) writeFileSync(path.join(copy, 'content/articles', `broken-${article.name}.mdx`), article.source(copy));
    // What an earlier build left: it must not survive a failed one.
    mkdirSync(path.join(copy, 'dist'));
    writeFileSync(path.join(copy, 'dist/index.html'), '<!doctype html><title>earlier build</title>');
    ({ status, output } = runBuild(copy));
  }, 600_000);

  it('fails', () => {
    expect(status).not.toBe(0);
  });

  it.each(broken.map((article) => [article.name, article] as const))('%s', (_, article) => {
    const listed = problemsListedFor(output, `content/articles/broken-${article.name}.mdx`);
    expect(listed, output.slice(0, 4000)).toEqual(article.says.map((pattern) => expect.stringMatching(pattern)));
  });

  it('never ran the code in an article body', () => {
    expect(existsSync(path.join(copy, markerName))).toBe(false);
  });

  it('leaves no dist/ that could be deployed', () => {
    expect(existsSync(path.join(copy, 'dist'))).toBe(false);
  });
});

describe('a build that fails after writing its pages', () => {
  it('leaves no dist/, and so no _headers with unfilled placeholders', () => {
    const copy = cleanCopy(snapshotSources(), 'late-failure');
    // Without the placeholder, the last check (inline style hashes) fails once every page is written.
    const headersFile = path.join(copy, 'public/_headers');
    writeFileSync(headersFile, readFileSync(headersFile, 'utf8').replace(" {{inline-style-hashes}};", ';'));
    const { status, output } = runBuild(copy);
    expect(status).not.toBe(0);
    expect(output).toContain('no Content-Security-Policy has {{inline-style-hashes}} in its style-src');
    expect(existsSync(path.join(copy, 'dist'))).toBe(false);
  });
});
