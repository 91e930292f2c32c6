import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/build/files-under.ts';

// What a reader gets in each script, read from the built site (`npm run build` first).
const dist = path.resolve(import.meta.dirname, '../../dist');
const slug = '2023-02-24-hunan-trade-secret-demonstration';
const page = (variantPath: string) => readFileSync(path.join(dist, variantPath, 'articles', slug, 'index.html'), 'utf8');
const hant = page('zh-hant');
const hans = page('zh-hans');

// What each page says, word for word, is held by the golden pages
// (tests/golden/pages/, checked by page-text.test.ts) and its script by the
// round-trip test there; this file checks the markup readers and machines rely on.
describe('the article pages', () => {
  it.each([
    [hant, 'zh-Hant'],
    [hans, 'zh-Hans'],
  ])('are marked with their script', (html, lang) => {
    expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
  });
});

describe('both article pages', () => {
  it.each([
    ['zh-hant', hant, 'zh-hans', 'zh-Hans'],
    ['zh-hans', hans, 'zh-hant', 'zh-Hant'],
  ])('%s links plainly to the same article in the other script, with hreflang, feed and JSON-LD', (_path, html, otherPath, otherLang) => {
    expect(html).toContain(`href="/${otherPath}/articles/${slug}/" hreflang="${otherLang}" lang="${otherLang}"`);
    for (const lang of ['zh-Hant', 'zh-Hans', 'x-default']) expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="${lang}" href="https?://[^"]+/articles/${slug}/"`));
    expect(html).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]+href="\/zh-han[st]\/rss\.xml"/);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? 'null');
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', datePublished: '2023-02-24' });
    // The photographer the source credits is a contributor, not an author, and there is no photo to list.
    expect(jsonLd.author.map((a: { name: string }) => a.name)).toEqual([otherLang === 'zh-Hans' ? '黃星星' : '黄星星', '姜□']);
    expect(jsonLd.contributor.map((a: { name: string }) => a.name)).toEqual(['周欣']);
    expect(jsonLd.image).toBeUndefined();
  });

  it('give every paragraph the same stable id in both scripts', () => {
    const ids = (html: string) => [...html.matchAll(/<p id="(p\d+)"/g)].map((m) => m[1]);
    expect(ids(hant)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(ids(hans)).toEqual(ids(hant));
  });
});

describe('the whole built site', () => {
  it('holds no pinyin annotation, site chrome or damaged byline token', () => {
    const files = filesUnder(dist).filter((file) => /\.(html|xml)$/.test(file)).map((file) => path.join(dist, file));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/\p{Script=Han}[(（][a-zü\u00E0-\u01DC]+[)）]/u);
      expect(html, file).not.toMatch(/點擊|点击|掃碼投訴|扫码投诉|dú\)|\uFFFD/);
    }
  });
});

describe('crawlers', () => {
  it('may crawl everything and find the sitemap by its absolute URL', () => {
    const robots = readFileSync(path.join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
    expect(robots).toMatch(/^Sitemap: https?:\/\/[^/\s]+\/sitemap-index\.xml$/m);
    expect(readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8')).toContain('sitemap-0.xml');
  });
});
