import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { indexedName } from '../../src/build/name-index.ts';
import { pagefindBase } from '../../src/lib/search/bundle.ts';
import { foldTableFor } from '../../src/lib/search/fold-table.ts';
import type { NameEntry } from '../../src/lib/search/names/entry.ts';
import { buildNameIndex, manifestFile, namesDirectory, shardFile } from '../../src/lib/search/names/layout.ts';
import { getVariant, type Variant } from '../../src/lib/site/variants.ts';
import { openPage, siteInChromium, type OpenedPage } from './harness.ts';

// The name index on the built seed site (`npm run build` first), in real Chromium under the site's CSP.
const served = siteInChromium();
const hant = getVariant('zh-hant');
const hans = getVariant('zh-hans');

interface NamesShown {
  didYouMean: string;
  suggestionLinks: string[];
  rows: { text: string; href: string; kind: string }[];
  nameRequests: string[];
}

/** Opens the search page of `variant` for `query` and returns what the name index showed, once it has. */
async function searchNames(variant: Variant, query: string, waitFor: '.did-you-mean' | '#search-names li', prepare?: (page: OpenedPage['page']) => Promise<void>): Promise<NamesShown & { opened: OpenedPage }> {
  const opened = await openPage(served.browser, new URL(`/${variant.path}/search/`, served.site.url).href);
  const { page } = opened;
  await prepare?.(page);
  const nameRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    const folder = `${pagefindBase(variant)}${namesDirectory}/`;
    if (url.pathname.startsWith(folder)) nameRequests.push(url.pathname.slice(folder.length));
  });
  await page.fill('#search-q', query);
  await page.waitForSelector(waitFor, { timeout: 10_000 });
  const shown = await readNames(page);
  await opened.settle();
  return { ...shown, nameRequests, opened };
}

function readNames(page: Page): Promise<Omit<NamesShown, 'nameRequests'>> {
  return page.evaluate(() => ({
    didYouMean: document.querySelector('#search-names .did-you-mean')?.textContent ?? '',
    suggestionLinks: [...document.querySelectorAll<HTMLAnchorElement>('#search-names .did-you-mean a')].map((a) => `${a.textContent} ${a.getAttribute('href')}`),
    rows: [...document.querySelectorAll<HTMLLIElement>('#search-names li')].map((li) => ({
      text: li.textContent ?? '',
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      kind: li.dataset['kind'] ?? '',
    })),
  }));
}

describe('did you mean: a name one character off, or in pinyin', () => {
  it.each([
    [hant, '錢峻君', '您是不是要找：錢俊君（人物）', '錢俊君 /zh-hant/entities/qian-junjun/'],
    [hant, '钱峻君', '您是不是要找：錢俊君（人物）', '錢俊君 /zh-hant/entities/qian-junjun/'],
    [hans, '钱峻君', '您是不是要找：钱俊君（人物）', '钱俊君 /zh-hans/entities/qian-junjun/'],
    [hans, '錢峻君', '您是不是要找：钱俊君（人物）', '钱俊君 /zh-hans/entities/qian-junjun/'],
    [hant, 'qian junjun', '您是不是要找：錢俊君（人物）', '錢俊君 /zh-hant/entities/qian-junjun/'],
    [hant, 'qiánjùnjūn', '您是不是要找：錢俊君（人物）', '錢俊君 /zh-hant/entities/qian-junjun/'],
    [hans, 'QianJunjun', '您是不是要找：钱俊君（人物）', '钱俊君 /zh-hans/entities/qian-junjun/'],
    [hans, 'ding zhenliang', '您是不是要找：丁珍良（人物）', '丁珍良 /zh-hans/entities/ding-zhenliang/'],
  ])('%s: %s suggests the entity with its link', async (variant, query, line, link) => {
    const shown = await searchNames(variant, query, '.did-you-mean');
    expect(shown.didYouMean).toBe(line);
    expect(shown.suggestionLinks).toEqual([link]);
    // The manifest and one or two shards; nothing else of the name index.
    expect(shown.nameRequests[0]).toBe(manifestFile);
    expect(shown.nameRequests.length).toBeGreaterThanOrEqual(2);
    expect(shown.nameRequests.length).toBeLessThanOrEqual(3);
    expect(shown.opened.problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
    await shown.opened.close();
  });
});

describe('name rows', () => {
  it('shows an entity found by a part of its official name with its type, other names, awards and stories, in the reader’s script', async () => {
    const shown = await searchNames(hant, '湘潭高新技术', '#search-names li');
    expect(shown.didYouMean).toBe('');
    expect(shown.rows).toEqual([
      { text: '湘潭高新區 · 地方 · 獲授稱號：湖南省商業秘密保護示範基地 · 又稱：湘潭高新技術產業開發區 · 1 篇報導', href: '/zh-hant/entities/xiangtan-hi-tech-zone/', kind: 'place' },
      { text: '湘潭高新區管委會 · 機構 · 又稱：湘潭高新技術產業開發區管理委員會 · 1 篇報導', href: '/zh-hant/entities/xiangtan-hi-tech-zone-committee/', kind: 'organization' },
    ]);
    await shown.opened.close();
  });

  it('shows a person with the position dated, and a byline pointing to a search for its stories', async () => {
    const person = await searchNames(hans, '钱俊君', '#search-names li');
    expect(person.rows).toEqual([{ text: '钱俊君 · 人物 · 2023年2月时任湖南省市场监管局党组书记、局长 · 1 篇报道', href: '/zh-hans/entities/qian-junjun/', kind: 'person' }]);
    await person.opened.close();
    const byline = await searchNames(hant, '周欣', '#search-names li');
    expect(byline.rows).toEqual([{ text: '周欣 · 作者 · 1 篇報導', href: '/zh-hant/search/?q=%E5%91%A8%E6%AC%A3&type=article', kind: 'byline' }]);
    await byline.opened.close();
  });
});

describe('hostile names', () => {
  it('reach the page only as text: markup, control characters and a very long name', async () => {
    const markup = '<img src=x onerror="window.__named=1"><b>錢</b>';
    const long = `錢俊君${'長'.repeat(3000)}`;
    const entries: NameEntry[] = [
      { kind: 'person', name: `${markup}\u0007\u202e`, aliases: [long], label: '<i>人物</i>', position: '<script>window.__named=2</script>', awards: [], recipient: false, url: '/zh-hant/entities/qian-junjun/', stories: 1, latest: '2023-02-24' },
    ];
    const table = foldTableFor([markup, long]);
    const { manifest, shards } = buildNameIndex(entries.map((entry) => indexedName(entry, table)), table);
    const shown = await searchNames(hant, '錢俊君長長', '#search-names li', async (page) => {
      await page.route(`**${pagefindBase(hant)}${namesDirectory}/*.json`, async (route) => {
        const file = new URL(route.request().url()).pathname.split('/').pop() ?? '';
        const body = file === manifestFile ? manifest : shards.find((_, n) => shardFile(n) === file);
        await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body ?? { e: [], k: {} }) });
      });
    });
    expect(shown.rows).toHaveLength(1);
    expect(shown.rows[0]?.text.startsWith(`${markup}\u0007\u202e · <i>人物</i> · <script>window.__named=2</script> · 又稱：錢俊君長長`)).toBe(true);
    const injected = await shown.opened.page.evaluate(() => ({
      elements: document.querySelectorAll('#search-names img, #search-names b, #search-names i, #search-names script').length,
      ran: (window as unknown as { __named?: number }).__named ?? 0,
    }));
    expect(injected).toEqual({ elements: 0, ran: 0 });
    await shown.opened.close();
  });
});
