import { describe, expect, it } from 'vitest';
import { absoluteUrl, articlePath, entityPath, feedPath, isUrlId, pathInVariant, searchPath, variantOfPath } from '../../../src/lib/site/urls.ts';
import { alternatesOf, jsonLdScript } from '../../../src/lib/site/head.ts';
import { getVariant } from '../../../src/lib/site/variants.ts';

const hant = getVariant('hant');
const hans = getVariant('hans');

describe('URLs', () => {
  it('share the slug and entity id across variants', () => {
    expect(articlePath(hant, 'a-b')).toBe('/zh-hant/articles/a-b/');
    expect(articlePath(hans, 'a-b')).toBe('/zh-hans/articles/a-b/');
    expect(entityPath(hans, 'qian-junjun')).toBe('/zh-hans/entities/qian-junjun/');
    expect(searchPath(hant)).toBe('/zh-hant/search/');
    expect(feedPath(hant)).toBe('/zh-hant/rss.xml');
  });

  it('switch only the variant segment of a path', () => {
    expect(pathInVariant('/zh-hans/articles/x/', hant)).toBe('/zh-hant/articles/x/');
    expect(pathInVariant('/zh-hant/entities/', hans)).toBe('/zh-hans/entities/');
    // A variant's not-found page has no counterpart: the other script's front page.
    expect(pathInVariant('/zh-hans/404/', hant)).toBe('/zh-hant/');
    expect(pathInVariant('/zh-hant/404.html', hans)).toBe('/zh-hans/');
    expect(pathInVariant('/zh-hant/articles/404/', hans)).toBe('/zh-hans/articles/404/');
    expect(pathInVariant('/zh-hant/', hans)).toBe('/zh-hans/');
    expect(pathInVariant('/', hant)).toBe('/zh-hant/');
    expect(pathInVariant('/zh-hantx/', hans)).toBe('/zh-hans/');
  });

  it.each(['qian-junjun', '2023-02-24-hunan-trade-secret-demonstration', 'a', '2023'])('take %s as a slug or entity id', (id) => {
    expect(isUrlId(id)).toBe(true);
  });

  it.each(['Qian-Junjun', 'qian_junjun', 'qian--junjun', '-qian', 'qian-', 'qian junjun', '钱俊君', 'a/b', '..', ''])('refuse %j as a slug or entity id', (id) => {
    expect(isUrlId(id)).toBe(false);
  });

  it('know which variant a path is in', () => {
    expect(variantOfPath('/zh-hant/articles/x/')?.key).toBe('hant');
    expect(variantOfPath('/404.html')).toBeUndefined();
  });

  const site = 'https://news.example.com';
  it('are absolute on the configured site for canonical and hreflang', () => {
    expect(absoluteUrl('/zh-hant/', 'https://news.example.com')).toBe('https://news.example.com/zh-hant/');
    expect(alternatesOf('/zh-hant/articles/x/', site).map((a) => [a.hreflang, new URL(a.href).pathname])).toEqual([
      ['zh-Hant', '/zh-hant/articles/x/'],
      ['zh-Hans', '/zh-hans/articles/x/'],
      ['x-default', '/zh-hans/articles/x/'],
    ]);
  });

  it('send x-default for the home pages to /, which chooses the reader\'s script', () => {
    for (const home of ['/', '/zh-hant/', '/zh-hans/']) {
      expect(alternatesOf(home, site).map((a) => [a.hreflang, new URL(a.href).pathname])).toEqual([
        ['zh-Hant', '/zh-hant/'],
        ['zh-Hans', '/zh-hans/'],
        ['x-default', '/'],
      ]);
    }
  });
});

describe('JSON-LD in a script element', () => {
  it('cannot be closed by text in the data', () => {
    const html = jsonLdScript({ headline: '</script><script>alert(1)</script>' });
    expect(html).not.toContain('</script>');
    expect(JSON.parse(html)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
