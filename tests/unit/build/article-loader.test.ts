import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedSlug } from '../../../scripts/bench/seed.ts';
import { checkArticleFolder } from '../../../src/build/article-loader.ts';
import { articleFileOf, articlesDirOf, contentDirOf, glossaryFileOf } from '../../../src/build/content-files.ts';

const content = contentDirOf(path.resolve(import.meta.dirname, '../../..'));
const seed = readFileSync(articleFileOf(content, seedSlug), 'utf8');
const glossary = readFileSync(glossaryFileOf(content), 'utf8');

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** Returns a content folder holding the given articles and glossary (removed after the tests). */
function contentFolder(articles: Record<string, string>, glossaryText = glossary): { articles: string; glossary: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  folders.push(dir);
  mkdirSync(articlesDirOf(dir));
  for (const [name, text] of Object.entries(articles)) writeFileSync(path.join(articlesDirOf(dir), name), text);
  writeFileSync(glossaryFileOf(dir), glossaryText);
  return { articles: articlesDirOf(dir), glossary: glossaryFileOf(dir) };
}

describe('checking the articles folder before a build', () => {
  it('accepts the real content with no warning', async () => {
    const checked = await checkArticleFolder(articlesDirOf(content), glossaryFileOf(content));
    expect([...checked.articles.keys()].map((f) => path.basename(f))).toEqual(['2023-02-24-hunan-trade-secret-demonstration.mdx']);
    expect(checked.warnings).toEqual([]);
  });

  it('warns, naming the file, about an article override and a glossary entry that never match', async () => {
    const withOverride = seed.replace('entities:\n', 'overrides:\n  - hans: 范小姐\n    hant: 范小姐\nentities:\n');
    const folder = contentFolder({ 'a.mdx': withOverride }, `${glossary}\n- hans: 台积电\n  hant: 台積電\n`);
    const { warnings } = await checkArticleFolder(folder.articles, folder.glossary);
    expect(warnings).toEqual([
      `${path.join(folder.articles, 'a.mdx')}: overrides entry "范小姐" never matches this article; fix its spelling or remove it.`,
      `${folder.glossary}: entry "台积电" never matches any article written in hans; fix its spelling or remove it.`,
    ]);
  });

  it('stops when a photo the article names is not beside it, naming the field, line and where to put it', async () => {
    const withPhotos = seed
      .replace('entities:\n', 'image:\n  src: ./lead.jpg\n  alt: 授牌仪式现场\n  caption: 2月17日，授牌仪式现场。\n  credit: 周欣\nentities:\n')
      .replace('\n\n为深入贯彻', '\n\n![授牌仪式](./detail.png "授牌仪式现场。")\n\n为深入贯彻');
    const folder = contentFolder({ 'a.mdx': withPhotos });
    writeFileSync(path.join(folder.articles, 'detail.png'), '');
    await expect(checkArticleFolder(folder.articles, folder.glossary)).rejects.toThrow(
      `${path.join(folder.articles, 'a.mdx')} cannot be published:\n  - image.src: the photo ./lead.jpg is not there; put the file at ${path.join(folder.articles, 'lead.jpg')} or fix the path.`,
    );
    writeFileSync(path.join(folder.articles, 'lead.jpg'), '');
    const missingBody = contentFolder({ 'a.mdx': withPhotos });
    writeFileSync(path.join(missingBody.articles, 'lead.jpg'), '');
    await expect(checkArticleFolder(missingBody.articles, missingBody.glossary)).rejects.toThrow(/  - body \(line \d+\): the photo \.\/detail\.png is not there/);
  });

  it('stops with every problem of every file at once', async () => {
    const folder = contentFolder({ 'a.mdx': seed.replace('date: 2023-02-24', 'date: 2023-13-01'), 'b.mdx': seed.replace('script: hans', 'script: ') });
    await expect(checkArticleFolder(folder.articles, folder.glossary)).rejects.toThrow(
      /Some articles cannot be published[\s\S]*a\.mdx cannot be published:\n  - date: is not a real calendar date[\s\S]*b\.mdx cannot be published:\n  - script: /,
    );
  });
});
