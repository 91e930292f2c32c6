import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { seedSlug } from '../../../scripts/bench/seed.ts';
import { checkArticleFolder } from '../../../src/build/article-loader.ts';
import { articleFileOf, articlesDirOf, contentDirOf, glossaryFileOf } from '../../../src/build/content-files.ts';

const content = contentDirOf(path.resolve(import.meta.dirname, '../../..'));
const seed = readFileSync(articleFileOf(content, seedSlug), 'utf8');
const glossary = readFileSync(glossaryFileOf(content), 'utf8');
// An 8×8 picture to save as a real photo file.
const square = { create: { width: 8, height: 8, channels: 3 as const, background: '#3366cc' } };

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
    writeFileSync(path.join(folder.articles, 'detail.png'), await sharp(square).png().toBuffer());
    await expect(checkArticleFolder(folder.articles, folder.glossary)).rejects.toThrow(
      `${path.join(folder.articles, 'a.mdx')} cannot be published:\n  - image.src: the photo «./lead.jpg» is not there: put the file at ${path.join(folder.articles, 'lead.jpg')} or fix the path (rule: missing).`,
    );
    const missingBody = contentFolder({ 'a.mdx': withPhotos });
    writeFileSync(path.join(missingBody.articles, 'lead.jpg'), await sharp(square).jpeg().toBuffer());
    await expect(checkArticleFolder(missingBody.articles, missingBody.glossary)).rejects.toThrow(/  - body \(line \d+, column 1\): the photo «\.\/detail\.png» is not there: .* \(rule: missing\)\./);
    writeFileSync(path.join(missingBody.articles, 'detail.png'), await sharp(square).png().toBuffer());
    expect([...(await checkArticleFolder(missingBody.articles, missingBody.glossary)).articles.values()][0]?.photos.map((p) => p.src)).toEqual(['./lead.jpg', './detail.png']);
  });

  it('puts every photo, lead and body, through the disk check: a link out of the folder and a file that is no image are refused', async () => {
    const hostile = seed
      .replace('entities:\n', 'image:\n  src: ./lead.jpg\n  alt: 授牌仪式现场\n  caption: 2月17日，授牌仪式现场。\n  credit: 周欣\nentities:\n')
      .replace('\n\n为深入贯彻', '\n\n![授牌仪式](./chart.png "授牌仪式现场。")\n\n为深入贯彻');
    const folder = contentFolder({ 'a.mdx': hostile });
    const secret = path.join(path.dirname(folder.articles), 'secret.jpg');
    writeFileSync(secret, await sharp(square).jpeg().toBuffer());
    symlinkSync(secret, path.join(folder.articles, 'lead.jpg'));
    writeFileSync(path.join(folder.articles, 'chart.png'), "import('node:fs').then((fs) => fs.writeFileSync('ran', 'ran'));\n");
    const line = hostile.split('\n').indexOf('![授牌仪式](./chart.png "授牌仪式现场。")') + 1;
    await expect(checkArticleFolder(folder.articles, folder.glossary)).rejects.toThrow(
      `${path.join(folder.articles, 'a.mdx')} cannot be published:\n` +
        "  - image.src: the photo «./lead.jpg» leads outside the article's folder (it is, or goes through, a symbolic link): copy the photo file itself into the folder (rule: outside-folder).\n" +
        `  - body (line ${line}, column 1): the photo «./chart.png» is not an image (its bytes are not PNG nor any image format): save the photo again as a real .png file (rule: not-an-image).`,
    );
  });

  it('refuses an article, an articles folder or a glossary that is a symbolic link to a file elsewhere', async () => {
    const elsewhere = contentFolder({ 'kept.mdx': seed });
    const folder = contentFolder({});
    symlinkSync(path.join(elsewhere.articles, 'kept.mdx'), path.join(folder.articles, 'leak.mdx'));
    await expect(checkArticleFolder(folder.articles, folder.glossary)).rejects.toThrow(
      `${path.join(folder.articles, 'leak.mdx')} cannot be published:\n  - file: is a symbolic link, and an article is a file of its own in the articles folder: replace the link with the article itself (rule: outside-folder).`,
    );

    const linkedFolder = contentFolder({});
    rmSync(linkedFolder.articles, { recursive: true });
    symlinkSync(elsewhere.articles, linkedFolder.articles);
    await expect(checkArticleFolder(linkedFolder.articles, linkedFolder.glossary)).rejects.toThrow(
      `The articles folder ${linkedFolder.articles} is, or lies behind, a symbolic link: content must be files in the content folder itself.`,
    );

    const linkedGlossary = contentFolder({ 'a.mdx': seed });
    rmSync(linkedGlossary.glossary);
    symlinkSync(elsewhere.glossary, linkedGlossary.glossary);
    await expect(checkArticleFolder(linkedGlossary.articles, linkedGlossary.glossary)).rejects.toThrow(`The glossary ${linkedGlossary.glossary} is, or lies behind, a symbolic link`);
  });

  it('stops with every problem of every file at once', async () => {
    const folder = contentFolder({ 'a.mdx': seed.replace('date: 2023-02-24', 'date: 2023-13-01'), 'b.mdx': seed.replace('script: hans', 'script: ') });
    await expect(checkArticleFolder(folder.articles, folder.glossary)).rejects.toThrow(
      /Some articles cannot be published[\s\S]*a\.mdx cannot be published:\n  - date: is not a real calendar date[\s\S]*b\.mdx cannot be published:\n  - script: /,
    );
  });
});
