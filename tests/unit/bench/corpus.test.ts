import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../../scripts/bench/corpus.ts';
import { seedFile, seedSlug } from '../../../scripts/bench/seed.ts';
import { checkArticleSource } from '../../../src/lib/article/check-source.ts';
import { checkArticleFolder } from '../../../src/build/article-loader.ts';
import { articlesDirOf, contentDirOf, glossaryFileOf } from '../../../src/build/content-files.ts';
import { isUrlId } from '../../../src/lib/site/urls.ts';
import { isoDay } from '../../../src/lib/site/dates.ts';

// The benchmark builds corpora generated from the seed; a generated article the
// build refuses would make the benchmark measure an error, so every one must
// pass the same checks as an editor's article.
const root = path.resolve(import.meta.dirname, '../../..');
const seedSource = readFileSync(seedFile(root), 'utf8');
const corpus = generateCorpus(seedSlug, seedSource, 1000);
const checked = corpus.map((article) => ({ ...article, ...checkArticleSource(`${article.slug}.mdx`, article.source) }));
const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('the benchmark corpus', () => {
  it('starts with the seed article unchanged, so a corpus of one is the real site', () => {
    expect(corpus[0]).toEqual({ slug: seedSlug, source: seedSource });
    expect(generateCorpus(seedSlug, seedSource, 1)).toEqual([{ slug: seedSlug, source: seedSource }]);
  });

  it('passes the build\'s own checks as a folder: every file valid, no entity described two ways, no warning', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-corpus-'));
    temps.push(dir);
    const articlesDir = writeCorpus(contentDirOf(root), contentDirOf(dir), corpus);
    const folder = await checkArticleFolder(articlesDir, glossaryFileOf(contentDirOf(dir)));
    expect(folder.articles.size).toBe(1000);
    // Whatever the real content warns about (a glossary entry no article uses yet) may recur; nothing new may.
    const real = await checkArticleFolder(articlesDirOf(contentDirOf(root)), glossaryFileOf(contentDirOf(root)));
    const relative = (warnings: string[], base: string) => warnings.map((w) => w.split(base).join('<content>'));
    expect(relative(real.warnings, contentDirOf(root))).toEqual(expect.arrayContaining(relative(folder.warnings, contentDirOf(dir))));
    expect(readdirSync(articlesDir).sort()).toEqual(corpus.map((a) => `${a.slug}.mdx`).sort());
  });

  it('brings along the rest of the content folder (the glossary) but none of the real articles besides the seed', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-corpus-'));
    temps.push(dir);
    const target = contentDirOf(dir);
    writeCorpus(contentDirOf(root), target, corpus.slice(1, 3));
    const others = readdirSync(contentDirOf(root)).filter((name) => name !== 'articles');
    expect(readdirSync(target).sort()).toEqual([...others, 'articles'].sort());
    expect(readdirSync(articlesDirOf(target))).toHaveLength(2);
  });

  it('gives every article its own slug, starting with its own publication date', () => {
    expect(new Set(corpus.map((a) => a.slug)).size).toBe(1000);
    for (const article of checked) {
      expect(isUrlId(article.slug), article.slug).toBe(true);
      expect(article.slug.startsWith(`${isoDay(article.data.date)}-`)).toBe(true);
      if (article.data.eventDate) expect(article.data.eventDate.getTime()).toBeLessThanOrEqual(article.data.date.getTime());
    }
  });

  it('varies titles, bodies, paragraph order, sources and authors', () => {
    expect(new Set(checked.map((a) => a.body)).size).toBe(1000);
    expect(new Set(checked.map((a) => a.data.title)).size).toBeGreaterThanOrEqual(50);
    expect(new Set(checked.map((a) => a.data.source.name)).size).toBeGreaterThan(1);
    expect(new Set(checked.map((a) => a.data.authors.map((x) => x.name).join())).size).toBeGreaterThan(500);
    // The seed's last-but-one paragraph moves around in the articles generated from it.
    const positions = new Set(checked.map((a) => a.body.split('\n\n').findIndex((p) => p.includes('在授牌仪式上'))));
    expect(positions.size).toBeGreaterThan(2);
  });

  it('keeps counts in the text and the frontmatter the same', () => {
    for (const article of checked.slice(1)) {
      const enterprises = article.data.entities.find((e) => e.type === 'group' && e.unit === '家');
      expect(article.body).toContain(`基地内${enterprises?.count}家示范企业`);
      expect(article.data.summary).toContain(`${enterprises?.count}家示范企业`);
    }
  });

  it('shares entities between articles and adds new ones, so entity pages grow with the archive', () => {
    const articlesOf = new Map<string, number>();
    for (const article of checked) for (const entity of article.data.entities) articlesOf.set(entity.id, (articlesOf.get(entity.id) ?? 0) + 1);
    // The seed's officials and places recur in every Hunan story.
    expect(articlesOf.get('qian-junjun')).toBeGreaterThan(50);
    expect(articlesOf.get('changsha-etdz')).toBeGreaterThan(50);
    const shared = [...articlesOf.values()].filter((n) => n > 1).length;
    expect(shared).toBeGreaterThan(100);
    const firstHundred = new Set(checked.slice(0, 100).flatMap((a) => a.data.entities.map((e) => e.id))).size;
    expect(articlesOf.size).toBeGreaterThan(firstHundred * 5);
  });

  it('is the same corpus every time it is generated', () => {
    expect(generateCorpus(seedSlug, seedSource, 1000)).toEqual(corpus);
  });
});
