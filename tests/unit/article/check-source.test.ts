import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedSlug } from '../../../scripts/bench/seed.ts';
import { articleFileOf, contentDirOf } from '../../../src/build/content-files.ts';
import { ArticleSourceError, checkArticleSource } from '../../../src/lib/article/check-source.ts';
import { isRecipient } from '../../../src/lib/article/entities.ts';

const file = articleFileOf(contentDirOf('.'), seedSlug);
const seed = readFileSync(file, 'utf8');

/** Returns the problems reported for a broken copy of the seed article. */
function problemsOf(source: string): readonly string[] {
  try {
    checkArticleSource(file, source);
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleSourceError);
    expect((error as Error).message).toContain(file);
    return (error as ArticleSourceError).problems;
  }
  throw new Error('the broken article was accepted');
}

describe('the seed article', () => {
  it('passes every check', () => {
    const { data, body } = checkArticleSource(file, seed);
    expect(data.script).toBe('hans');
    expect(data.date.toISOString().slice(0, 10)).toBe('2023-02-24');
    expect(data.eventDate?.toISOString().slice(0, 10)).toBe('2023-02-17');
    expect(body.split(/\n\s*\n/).filter((p) => p.trim()).length).toBe(6);
  });

  it('keeps the damaged byline as the known part, marked incomplete, never the garbage', () => {
    const { data } = checkArticleSource(file, seed);
    expect(data.authors).toEqual([
      { name: '黄星星', role: 'text' },
      { name: '姜', role: 'text', incomplete: true },
      { name: '周欣', role: 'photo' },
    ]);
    expect(seed).not.toMatch(/dú|\?/);
  });

  it('names award recipients with their awards, counting unnamed groups', () => {
    const { data } = checkArticleSource(file, seed);
    const recipients = data.entities.filter(isRecipient);
    expect(recipients.map((e) => [e.name, e.count ?? null, e.roles[0]?.award])).toEqual([
      ['长沙经开区', null, '湖南省商业秘密保护示范基地'],
      ['湘潭高新区', null, '湖南省商业秘密保护示范基地'],
      ['示范企业', 7, '湖南省商业秘密保护示范企业'],
      ['示范站（点）', 2, '湖南省商业秘密保护示范站（点）'],
    ]);
  });
});

describe('a broken article stops with the file, the field and what to do', () => {
  it('a missing date', () => {
    expect(problemsOf(seed.replace(/^date: .*\n/m, ''))).toEqual([expect.stringMatching(/^date: is missing; add it \(it must be a date written as YYYY-MM-DD/)]);
  });

  it('an impossible date', () => {
    expect(problemsOf(seed.replace('date: 2023-02-24', 'date: 2023-02-30'))).toEqual([expect.stringMatching(/^date: is not a real calendar date/)]);
  });

  it('a date that is not a date', () => {
    expect(problemsOf(seed.replace('date: 2023-02-24', 'date: yesterday'))).toEqual([expect.stringMatching(/^date: is not a real calendar date/)]);
  });

  it('an unclosed frontmatter', () => {
    const unclosed = seed.replace(/\n---\n/, '\n\n');
    expect(problemsOf(unclosed)).toEqual([expect.stringMatching(/^frontmatter: the block opened by `---` on line 1 is never closed/)]);
  });

  it('a pinyin annotation left in the body, with its line and column', () => {
    const broken = seed.replace('该省局党组成员', '该省(shěng)局党组成员');
    const lines = broken.split('\n');
    const line = lines.findIndex((l) => l.includes('省(shěng)')) + 1;
    const column = [...(lines[line - 1] ?? '').split('省(shěng)')[0]!].length + 1;
    expect(problemsOf(broken)).toEqual([expect.stringMatching(new RegExp(`^body \\(line ${line}, column ${column}\\): a pinyin annotation «省\\(shěng\\)»`))]);
  });

  it('a pinyin annotation in the title', () => {
    expect(problemsOf(seed.replace('title: 湖南省市场监管局', 'title: 湖南省市场监(jiān)管局'))).toEqual([expect.stringMatching(/^title: contains a pinyin annotation «监\(jiān\)»/)]);
  });

  it('English, abbreviations and real parentheticals in brackets are text, not pinyin', () => {
    // The article check and the importer share one syllable rule: none of these is an annotation.
    for (const text of ['应用程序（app）', '人工智能（AI）', '示范站（点）', '区块链（blockchain）', '陈志明（Michael Chen）', '数据（data）']) {
      expect(() => checkArticleSource(file, seed.replace('该省局党组成员', `该省局党组成员${text}`)), text).not.toThrow();
    }
  });

  it('a toned reading of several characters is an annotation, named with all of them', () => {
    expect(problemsOf(seed.replace('该省局党组成员', '该省局(shěngjú)党组成员'))).toEqual([expect.stringMatching(/a pinyin annotation «省局\(shěngjú\)»/)]);
  });

  it('a replacement character in the body', () => {
    expect(problemsOf(seed.replace('钱俊君在授牌仪式上', '钱俊\uFFFD在授牌仪式上'))).toEqual([expect.stringMatching(/^body \(line \d+, column 3\): a replacement character \(U\+FFFD\)/)]);
  });

  it('an entity reference that names no entity', () => {
    expect(problemsOf(seed.replace('<Entity id="liu-xueru">', '<Entity id="liu-xueruu">'))).toEqual([
      expect.stringMatching(/^body \(line \d+, column \d+\): <Entity id="liu-xueruu"> names no entity of this article/),
    ]);
  });

  it('a recipient without its award, and a group without its count', () => {
    const broken = seed.replace('        award: 湖南省商业秘密保护示范基地\n', '').replace('    count: 7\n', '');
    expect(problemsOf(broken)).toEqual([
      'entities[0].roles[0].award: a recipient needs the award it received: add `award: …`.',
      'entities[2].count: a group needs `count` (a whole number) and `unit` (its measure word, such as 家 or 个).',
    ]);
  });

  it('an unknown script and a role that does not exist', () => {
    expect(problemsOf(seed.replace('script: hans', 'script: latin').replace('role: photo', 'role: painter'))).toEqual([
      'script: must be the script the body is written in: hant or hans.',
      'authors[2].role: must be one of: text, photo, editor, video, translator, reporter, correspondent, intern, proofreader.',
    ]);
  });

  it('YAML that does not parse', () => {
    expect(problemsOf(seed.replace('title: 湖南', 'title: [湖南'))).toEqual([expect.stringMatching(/^frontmatter \(line \d+\): not valid YAML/)]);
  });
});

describe('every field is held to the same value rules', () => {
  it('URLs are http(s) only', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.com/', '//example.com/', 'https://']) {
      const broken = seed.replace('  name: 中国质量万里行', `  name: 中国质量万里行\n  url: ${JSON.stringify(url)}`);
      expect(problemsOf(broken), url).toEqual(['source.url: must be a full web address starting with https:// (or http://).']);
    }
    const credentials = seed.replace('  name: 中国质量万里行', '  name: 中国质量万里行\n  url: "https://user:pass@evil.example/"');
    expect(problemsOf(credentials)).toEqual(['source.url: holds a user name or password before @: link the page itself, without them.']);
    const fine = seed.replace('  name: 中国质量万里行', '  name: 中国质量万里行\n  url: https://www.example.com/news/1.html');
    expect(checkArticleSource(file, fine).data.source.url).toBe('https://www.example.com/news/1.html');
  });

  it('length limits, each message giving the limit', () => {
    const broken = seed
      .replace(/^title: .*$/m, `title: ${'长'.repeat(121)}`)
      .replace('name: 黄星星', `name: ${'黄'.repeat(61)}`)
      .replace('        award: 湖南省商业秘密保护示范企业', `        award: ${'奖'.repeat(121)}`);
    expect(problemsOf(broken)).toEqual([
      expect.stringMatching(/^title: is 121 characters long; the limit is 120/),
      expect.stringMatching(/^authors\[0\]\.name: is 61 characters long; the limit is 60/),
      expect.stringMatching(/^entities\[2\]\.roles\[0\]\.award: is 121 characters long; the limit is 120/),
    ]);
  });

  it('the seed is well inside every limit', () => {
    const { data } = checkArticleSource(file, seed);
    expect([...data.title].length).toBeLessThanOrEqual(120 / 2);
    expect([...(data.summary ?? '')].length).toBeLessThanOrEqual(400 / 2);
  });

  it('unknown fields are named, never dropped: a mistyped field, an Astro layout, __proto__', () => {
    const broken = seed.replace('script: hans', 'script: hans\nlayout: ../../src/layouts/Base.astro\n__proto__: { polluted: true }').replace('    type: place\n', '    type: place\n    href: x\n');
    expect(problemsOf(broken)).toEqual([
      expect.stringMatching(/^entities\[0\]\.href: is not a field we know: check its spelling \(the fields here are id, name, type,/),
      expect.stringMatching(/^layout: is not a field we know/),
      expect.stringMatching(/^__proto__: is not a field we know/),
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a line of the frontmatter starting with --- would end it early for Astro', () => {
    const hidden = seed.replace(/^title: .*$/m, 'title: "湖南\n---{alert(1)}\n授牌"');
    expect(problemsOf(hidden)).toEqual([expect.stringMatching(/^frontmatter \(line 3\): a line that starts with --- or \+\+\+ ends the frontmatter/)]);
  });

  it('YAML tags that build objects are refused', () => {
    expect(problemsOf(seed.replace('title: ', 'title: !!js/function '))).toEqual([expect.stringMatching(/^frontmatter \(line 2\): not valid YAML \(unknown scalar tag/)]);
  });

  it('a body with no text, an oversized paragraph, an oversized body', () => {
    const frontmatter = seed.slice(0, seed.indexOf('\n---\n') + 5);
    expect(problemsOf(`${frontmatter}\n\u200B\n`)).toEqual([expect.stringMatching(/^body: the article has no text/)]);
    const long = seed.replace('钱俊君在授牌仪式上', `${'长'.repeat(10_001)}钱俊君在授牌仪式上`);
    expect(problemsOf(long)).toEqual([expect.stringMatching(/^body \(line \d+, column 1\): a paragraph of \d+ characters; the limit is 10000: break it into paragraphs/)]);
    const huge = `${frontmatter}\n${'长长长。\n\n'.repeat(20_001)}`;
    expect(problemsOf(huge)).toEqual([expect.stringMatching(/^body \(line \d+, column 1\): the body is \d+ characters long; the limit is 100000/)]);
  });
});

describe('the file name', () => {
  it('becomes the address, so it is a lower-case ASCII slug', () => {
    for (const name of ['Hunan.mdx', '湖南.mdx', 'a b.mdx', 'x"><script>.mdx', '-a.mdx']) {
      expect(() => checkArticleSource(`content/articles/${name}`, seed), name).toThrow(/file name: «.*» becomes the page's address/);
    }
    expect(() => checkArticleSource('content/articles/2023-02-24-a.mdx', seed)).not.toThrow();
  });
});


describe('how a refusal is told', () => {
  /** Returns the error a broken copy of the seed article is refused with. */
  function refusal(source: string): ArticleSourceError {
    try {
      checkArticleSource('content/articles/x.mdx', source);
    } catch (error) {
      if (error instanceof ArticleSourceError) return error;
      throw error;
    }
    throw new Error('the broken article was accepted');
  }

  it('is an ArticleSourceError naming the file, one problem a line', () => {
    const error = refusal(seed.replace(/^date: .*$/m, 'date: 2023-02-30').replace(/^script: .*$/m, 'script: latin'));
    expect(error.name).toBe('ArticleSourceError');
    expect(error.filePath).toBe('content/articles/x.mdx');
    expect(error.message.split('\n')).toEqual(['content/articles/x.mdx cannot be published:', ...error.problems.map((problem) => `  - ${problem}`)]);
    expect(error.problems).toHaveLength(2);
  });

  it('says where YAML breaks, and keeps the parser error as the cause', () => {
    const error = refusal(seed.replace('title:', 'title: [unclosed\n  : x\nold:'));
    expect(error.problems).toEqual(['frontmatter (line 3): not valid YAML (missed comma between flow collection entries); check indentation and quoting.']);
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('refuses frontmatter that is a list, and a file with no frontmatter', () => {
    expect(refusal('---\n- a\n- b\n---\n正文。\n').problems).toEqual(['frontmatter: must be a set of `field: value` lines.']);
    expect(refusal('title: x\n').problems).toEqual([
      'frontmatter: the file must start with a line `---`, then the fields (title, date, script, source, authors, entities), then another `---`.',
    ]);
  });

  it('names a bidirectional control in the body with its line and column', () => {
    const lines = seed.split('\n').length;
    expect(refusal(`${seed}\n另一段\u202e文字。\n`).problems).toEqual([
      `body (line ${lines + 1}, column 4): contains U+202E RIGHT-TO-LEFT OVERRIDE here: delete it (it is invisible on the page; paste the text again as plain text if you copied it from the web).`,
    ]);
  });

  it('lists the problems of the body in the order they stand', () => {
    const lines = seed.split('\n').length;
    const problems = refusal(`${seed}\n第一\u202e段。\n\n第二\u200e段。\n`).problems;
    expect(problems.map((problem) => /^body \(line (\d+), column (\d+)\)/.exec(problem)?.slice(1).join(':'))).toEqual([`${lines + 1}:3`, `${lines + 3}:3`]);
  });
});

describe('fields refused whole', () => {
  function problems(source: string): readonly string[] {
    try {
      checkArticleSource('a.mdx', source);
    } catch (error) {
      if (error instanceof ArticleSourceError) return error.problems;
      throw error;
    }
    return [];
  }

  it('a title made only of invisible characters, naming them', () => {
    expect(problems(seed.replace(/^title: .*$/m, 'title: "\\u200b\\u3000"'))).toEqual([
      'title: is made only of invisible characters (U+200B ZERO WIDTH SPACE): write the text readers should see.',
    ]);
  });

  it('a source address holding a bidirectional control, with its position', () => {
    expect(problems(seed.replace(/^source:\n {2}name: (.*)$/m, 'source:\n  name: $1\n  url: "https://a.example/\\u202e"'))).toEqual([
      'source.url: contains U+202E RIGHT-TO-LEFT OVERRIDE at character 19: delete it (it is invisible on the page; paste the text again as plain text if you copied it from the web).',
    ]);
  });

  it('a list repeated with a YAML alias, naming where', () => {
    const aliased = seed.replace('    roles:\n      - role: recipient\n        award: 湖南省商业秘密保护示范基地\n', '    roles: &shared\n      - role: recipient\n        award: 湖南省商业秘密保护示范基地\n')
      .replace(/( {4}aliases: \[湘潭高新技术产业开发区\]\n) {4}roles:\n {6}- role: recipient\n {8}award: 湖南省商业秘密保护示范基地\n/, '$1    roles: *shared\n');
    expect(problems(aliased)).toEqual(['entities[1].roles: repeats a value with a YAML alias (*name): write the value out in full here.']);
  });
});
