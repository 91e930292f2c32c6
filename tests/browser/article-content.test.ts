import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/build/files-under.ts';

// What a reader gets in each script, read from the built site (`astro build` first).
const dist = path.resolve(import.meta.dirname, '../../dist');
const slug = '2023-02-24-hunan-trade-secret-demonstration';
const page = (variantPath: string) => readFileSync(path.join(dist, variantPath, 'articles', slug, 'index.html'), 'utf8');
const hant = page('zh-hant');
const hans = page('zh-hans');

/** Returns the visible text of an HTML page: no markup, scripts, styles or JSON-LD. */
function textOf(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}

describe('the Traditional article page', () => {
  const text = textOf(hant);

  it('reads as correct Traditional, repairing the scrape', () => {
    for (const word of ['示範', '規範', '複製', '製造業', '關於', '採取', '並取得', '七百餘家', '依託', '知識產權局', '湖南省市場監管局', '錢俊君', '長沙經開區', '湘潭高新區', '授牌']) {
      expect(text, word).toContain(word);
    }
    for (const wrong of ['示范', '規范', '復制', '制造業', '關于', '采取', '七百余家', '依托', '智慧財產權局', '祕密', '爲']) {
      expect(text, wrong).not.toContain(wrong);
    }
  });

  it('uses corner quotes', () => {
    expect(text).toContain('「三高四新」');
    expect(text).not.toMatch(/[“”]/);
  });

  it('is marked zh-Hant', () => {
    expect(hant).toMatch(/<html lang="zh-Hant"/);
  });
});

describe('the Simplified article page', () => {
  const text = textOf(hans);

  it('reads as correct Simplified', () => {
    for (const word of ['示范', '规范', '复制', '制造业', '关于', '采取', '并取得', '七百余家', '依托', '知识产权局', '湖南省市场监管局', '钱俊君', '长沙经开区', '湘潭高新区']) {
      expect(text, word).toContain(word);
    }
    for (const wrong of ['監', '質', '業', '範', '於', '為', '長沙', '錢']) {
      expect(text, wrong).not.toContain(wrong);
    }
  });

  it('keeps mainland quotes and is marked zh-Hans', () => {
    expect(text).toContain('“三高四新”');
    expect(hans).toMatch(/<html lang="zh-Hans"/);
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
  });

  it('give every paragraph the same stable id in both scripts', () => {
    const ids = (html: string) => [...html.matchAll(/<p id="(p\d+)"/g)].map((m) => m[1]);
    expect(ids(hant)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(ids(hans)).toEqual(ids(hant));
  });

  it('show the date, source and the byline with its lost character marked, never the garbage', () => {
    expect(textOf(hant)).toContain('2023年2月24日');
    expect(textOf(hant)).toContain('中國質量萬里行');
    expect(textOf(hans)).toContain('中国质量万里行');
    expect(textOf(hant)).toMatch(/文／黃星星　姜□　圖／周欣/);
    expect(textOf(hans)).toMatch(/文／黄星星　姜□　图／周欣/);
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
