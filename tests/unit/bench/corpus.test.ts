import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchQueries, generateCorpus, writeCorpus, zipf } from '../../../scripts/bench/corpus.ts';
import { seededRandom } from '../../../scripts/seeded-random.ts';
import { seedFile, seedSlug } from '../../../scripts/bench/seed.ts';
import { checkArticleSource } from '../../../src/lib/article/check-source.ts';
import { checkArticleFolder } from '../../../src/build/article-loader.ts';
import { articlesDirOf, contentDirOf, glossaryFileOf } from '../../../src/build/content-files.ts';
import { isUrlId } from '../../../src/lib/site/urls.ts';
import { isoDay } from '../../../src/lib/site/dates.ts';

// The benchmark builds corpora generated here; a generated article the build
// refuses would make the benchmark measure an error, so every one must pass
// the same checks as an editor's article. And the corpus must look like a
// newspaper's archive, or the benchmark measures the wrong growth.
const root = path.resolve(import.meta.dirname, '../../..');
const seedSource = readFileSync(seedFile(root), 'utf8');
const size = 1000;
const corpus = generateCorpus(seedSlug, seedSource, size);
const checked = corpus.map((article) => ({ ...article, ...checkArticleSource(`${article.slug}.mdx`, article.source) }));
const generated = checked.slice(1);
const temps: string[] = [];
const visibleText = (body: string) => body.replace(/<[^>]+>/g, '').replace(/\s+/g, '');

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('the benchmark corpus', () => {
  it('starts with the seed article unchanged, so a corpus of one is the real site', () => {
    expect(corpus[0]).toEqual({ slug: seedSlug, source: seedSource });
    expect(generateCorpus(seedSlug, seedSource, 1)).toEqual([{ slug: seedSlug, source: seedSource }]);
  });

  it('is the same corpus every time it is generated', () => {
    expect(generateCorpus(seedSlug, seedSource, size)).toEqual(corpus);
  });

  it('passes the build\'s own checks as a folder: every file valid, no entity described two ways, no new warning', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-corpus-'));
    temps.push(dir);
    const articlesDir = writeCorpus(contentDirOf(root), contentDirOf(dir), corpus);
    const folder = await checkArticleFolder(articlesDir, glossaryFileOf(contentDirOf(dir)));
    expect(folder.articles.size).toBe(size);
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

  it('gives every article its own slug starting with its date, over ten years before the seed', () => {
    expect(new Set(corpus.map((a) => a.slug)).size).toBe(size);
    for (const article of checked) {
      expect(isUrlId(article.slug), article.slug).toBe(true);
      expect(article.slug.startsWith(`${isoDay(article.data.date)}-`)).toBe(true);
      if (article.data.eventDate) expect(article.data.eventDate.getTime()).toBeLessThanOrEqual(article.data.date.getTime());
    }
    const years = new Set(generated.map((a) => a.data.date.getUTCFullYear()));
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThanOrEqual(9);
  });

  it('writes stories of 300 to about 3,000 characters, most of them short', () => {
    const lengths = generated.map((a) => visibleText(a.body).length).sort((a, b) => a - b);
    expect(lengths[0]).toBeGreaterThanOrEqual(300);
    expect(lengths[lengths.length - 1]).toBeLessThanOrEqual(3300);
    expect(lengths[lengths.length - 1]).toBeGreaterThan(2000);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeLessThan(1500);
    expect(new Set(generated.map((a) => a.body)).size).toBe(generated.length);
  });

  it('has sources in both scripts, and articles written in each', () => {
    const hant = generated.filter((a) => a.data.script === 'hant');
    expect(hant.length).toBeGreaterThan(size * 0.08);
    expect(hant.length).toBeLessThan(size * 0.3);
    expect(new Set(generated.map((a) => a.data.source.name)).size).toBeGreaterThanOrEqual(5);
    // A Traditional article is Traditional through and through: no Simplified 们, 发, 会 left.
    for (const article of hant) expect(article.body).not.toMatch(/[们发会国际]/);
  });

  it('has award stories naming recipients: organisations and places by name, and counted groups', () => {
    const awards = generated.filter((a) => a.data.entities.some((e) => e.roles.some((r) => r.role === 'recipient')));
    expect(awards.length).toBeGreaterThan(size * 0.3);
    for (const article of awards) {
      const recipients = article.data.entities.filter((e) => e.roles.some((r) => r.role === 'recipient'));
      expect(recipients.some((e) => e.type === 'group' && e.count !== undefined && e.unit !== undefined)).toBe(true);
      expect(recipients.some((e) => e.type === 'organization')).toBe(true);
      const group = recipients.find((e) => e.type === 'group' && e.unit?.match(/家/));
      expect(visibleText(article.body)).toContain(`${group?.count}家`);
    }
  });

  it('has people and organisations that recur the way a paper\'s do: a few in hundreds of stories, most in a few', () => {
    const articlesOf = new Map<string, number>();
    for (const article of checked) for (const entity of article.data.entities) if (entity.type !== 'group') articlesOf.set(entity.id, (articlesOf.get(entity.id) ?? 0) + 1);
    const counts = [...articlesOf.values()].sort((a, b) => b - a);
    // A bounded cast: a few hundred, not a new one per story.
    expect(counts.length).toBeGreaterThan(200);
    expect(counts.length).toBeLessThan(600);
    // Zipf-like: the most frequent far above the median, the tail rare.
    expect(counts[0]).toBeGreaterThan(size / 10);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    expect(counts[0]).toBeGreaterThan(median * 20);
    expect(counts.filter((n) => n <= 3).length).toBeGreaterThan(counts.length / 5);
    // The seed's officials are part of the cast.
    expect(articlesOf.get('qian-junjun')).toBeGreaterThan(1);
  });

  it('gives people positions that change over the years', () => {
    const positions = new Map<string, Set<string>>();
    for (const article of generated) {
      for (const entity of article.data.entities) {
        if (entity.type !== 'person' || article.data.script !== 'hans') continue;
        const set = positions.get(entity.id) ?? new Set<string>();
        for (const p of entity.positions) set.add(p);
        positions.set(entity.id, set);
      }
    }
    const promoted = [...positions.values()].filter((set) => set.size >= 2);
    expect(promoted.length).toBeGreaterThan(20);
  });

  it('names its benchmark queries from text the corpus holds', () => {
    const queries = benchQueries();
    const text = generated.filter((a) => a.data.script === 'hans').map((a) => `${a.body}${JSON.stringify(a.data)}`).join('\n');
    for (const query of Object.values(queries)) expect(text).toContain(query);
  });
});

describe('the Zipf sampler', () => {
  it('draws low ranks far more often than high ones, every rank possible', () => {
    const draw = zipf(100);
    const rand = seededRandom(1);
    const counts = new Array<number>(100).fill(0);
    for (let i = 0; i < 20000; i++) {
      const rank = draw(rand);
      counts[rank] = (counts[rank] ?? 0) + 1;
    }
    expect(counts[0]).toBeGreaterThan((counts[9] ?? 0) * 5);
    expect(counts[9]).toBeGreaterThan((counts[99] ?? 0) * 3);
  });
});
