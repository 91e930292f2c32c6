import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus, type CorpusArticle } from '../../scripts/bench/corpus.ts';
import { launchChromium } from '../../scripts/chromium.ts';
import { serveSite } from '../../scripts/measure-search.ts';
import { build, cleanCopy, root, snapshotSources } from '../build/project-copy.ts';

// The search index split by period, read as a reader reads it: an archive over three years (2023, 2022, 2021),
// built with `npm run build`'s two steps in a copy of the project, searched in real Chromium. 青龙湖 is in
// 11 stories of 2023, 10 of 2022 and 1 of 2021, which names two entities: their pages are filed under 2021,
// the year of their newest story. Each year is one bundle (far under the 250 pages that split a year, periods.ts).
// A search, or a press of "more", loads at most two bundles it had not loaded. Every expected value is written out.

/** Returns an article in Simplified script: `about` puts the query in its title, otherwise only its second sentence mentions it. */
function story(date: string, about: boolean, entities = ''): CorpusArticle {
  const slug = `${date}-qinglong-${about ? 'about' : 'mention'}`;
  const title = about ? `青龙湖治理通报（${date}）` : `城市工作简报（${date}）`;
  const source = [
    '---',
    `title: ${title}`,
    `date: ${date}`,
    'script: hans',
    'source:',
    '  name: 城市日报',
    'authors:',
    '  - name: 王晓明',
    '    role: text',
    ...(entities ? [entities] : []),
    '---',
    '',
    `本市今天召开工作会议，部署下一阶段的重点任务。会上通报了青龙湖周边的治理进展，${date}前后完成了岸线整治。`,
    '',
  ].join('\n');
  return { slug, source };
}

const entities2021 = [
  'entities:',
  '  - id: qinglong-lake',
  '    name: 青龙湖',
  '    type: place',
  '    roles:',
  '      - role: mentioned',
  '  - id: qinglong-lake-committee',
  '    name: 青龙湖管委会',
  '    type: organization',
  '    roles:',
  '      - role: recipient',
  '        award: 城市生态保护先进单位',
].join('\n');

const days = (prefix: string, list: readonly number[]) => list.map((d) => `${prefix}${String(d).padStart(2, '0')}`);
const archive: CorpusArticle[] = [
  story('2023-01-02', true),
  ...days('2023-01-', [5, 6, 7, 8, 9, 10, 11, 12, 13, 14]).map((date) => story(date, false)),
  story('2022-03-01', true),
  ...[4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => story(`2022-${String(month).padStart(2, '0')}-01`, false)),
  story('2021-05-05', false, entities2021),
];

const hans = '/zh-hans';
const article = (date: string, about = false) => `${hans}/articles/${date}-qinglong-${about ? 'about' : 'mention'}/`;
const entity = (id: string) => `${hans}/entities/${id}/`;

let server: { url: string; close(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  const copy = cleanCopy(snapshotSources(), 'search-periods');
  writeCorpus(path.join(root, 'content'), path.join(copy, 'periods-content'), archive);
  const dist = build(copy, { contentDir: 'periods-content' });
  server = await serveSite(dist);
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a search page that records the path of every request it makes and every error it reports. */
async function openRecording(url: string): Promise<{ page: Page; requested: string[]; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requested: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${server.url}${url}`);
  return { page, requested, errors };
}

async function searchDone(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const output = document.querySelector<HTMLElement>('#search-output');
      return output?.dataset['state'] === 'done' && output.dataset['query'] === q;
    },
    query,
    { timeout: 30_000 },
  );
  await page.waitForLoadState('networkidle');
}

/** Presses "more" and waits until the results grow to `count`. */
async function more(page: Page, count: number): Promise<void> {
  await page.click('#search-more');
  await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length === n, count, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
}

const links = (page: Page) => page.locator('#search-results h2 a').evaluateAll((list) => list.map((a) => a.getAttribute('href') ?? ''));
const status = (page: Page) => page.locator('#search-status').innerText();
const moreShown = (page: Page) => page.locator('#search-more').isVisible();
const nameRows = (page: Page) => page.locator('#search-names li a').evaluateAll((list) => list.map((a) => a.getAttribute('href') ?? ''));
/** The bundles whose page list a request fetched (each bundle loaded), in the order loaded. */
const bundlesLoaded = (requested: readonly string[]) => requested.filter((p) => p.endsWith('/pagefind-entry.json')).map((p) => p.split('/')[3]);

/** Returns the folders and files of the variant's index that requests reached (`2023`, `names`, `search.json`…), sorted. */
function indexParts(requested: readonly string[]): string[] {
  const parts = requested.filter((p) => p.startsWith('/pagefind/zh-hans/')).map((p) => p.slice('/pagefind/zh-hans/'.length).split('/')[0] ?? '');
  return [...new Set(parts)].sort();
}

describe('search over an archive split by period', () => {
  it('searches the newest year first and each older year only as the reader pages past the newer ones, in one order', { timeout: 300_000 }, async () => {
    const { page, requested, errors } = await openRecording(`${hans}/search/?q=${encodeURIComponent('青龙湖')}`);
    await searchDone(page, '青龙湖');

    // The name index puts the place named exactly above every result, though its page is filed under 2021.
    expect((await nameRows(page))[0]).toBe(entity('qinglong-lake'));
    // First page: 2023's story about 青龙湖, then 2023's mentions, newest first; 2023 alone filled it.
    expect(await links(page)).toEqual([article('2023-01-02', true), ...days('2023-01-', [14, 13, 12, 11, 10, 9, 8, 7, 6]).map((d) => article(d))]);
    expect(indexParts(requested)).toEqual(['2023', 'names', 'search.json']);
    expect(bundlesLoaded(requested)).toEqual(['2023']);
    // One engine: pagefind.js and the wasm from the newest period only.
    expect(requested.filter((p) => /\/pagefind\.js$|\.pagefind$/.test(p)).sort()).toEqual(['/pagefind/zh-hans/2023/pagefind.js', '/pagefind/zh-hans/2023/wasm.unknown.pagefind']);
    expect(await status(page)).toBe('“青龙湖”：在 2023 年以来的报道中已找到 10+ 条结果；更早的报道尚未搜索。');
    expect(await moreShown(page)).toBe(true);

    // Second page: the rest of 2023, then 2022 (searched now), its story about 青龙湖 before its mentions; 2021 not yet.
    const beforeSecond = requested.length;
    await more(page, 20);
    expect((await links(page)).slice(10)).toEqual([
      article('2023-01-05'),
      article('2022-03-01', true),
      ...[12, 11, 10, 9, 8, 7, 6, 5].map((m) => article(`2022-${String(m).padStart(2, '0')}-01`)),
    ]);
    // Besides 2022's bundle, only the record of the 2023 story shown.
    const second = requested.slice(beforeSecond);
    expect(second.filter((p) => !p.startsWith('/pagefind/zh-hans/2022/')).map((p) => p.replace(/[^/]+$/, ''))).toEqual(['/pagefind/zh-hans/2023/fragment/']);
    expect(bundlesLoaded(second)).toEqual(['2022']);
    expect(second.filter((p) => /\/pagefind\.js$|\.pagefind$/.test(p))).toEqual([]);
    expect(await status(page)).toBe('“青龙湖”：在 2022 年以来的报道中已找到 20+ 条结果；更早的报道尚未搜索。');
    expect(await moreShown(page)).toBe(true);

    // Third page: the rest of 2022, then 2021: the place named exactly, the story about 青龙湖 (through its
    // entities), then the entity page that holds it.
    const beforeThird = requested.length;
    await more(page, 24);
    expect((await links(page)).slice(20)).toEqual([
      article('2022-04-01'),
      entity('qinglong-lake'),
      `${hans}/articles/2021-05-05-qinglong-mention/`,
      entity('qinglong-lake-committee'),
    ]);
    // Besides 2021's bundle (the entity pages' records are in it), the record of the 2022 story shown.
    const third = requested.slice(beforeThird);
    expect(third.filter((p) => !p.startsWith('/pagefind/zh-hans/2021/')).map((p) => p.replace(/[^/]+$/, ''))).toEqual(['/pagefind/zh-hans/2022/fragment/']);
    expect(bundlesLoaded(third)).toEqual(['2021']);
    expect(await status(page)).toBe('“青龙湖”：找到 24 条结果。');
    expect(await moreShown(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('loads at most two periods for a search of award recipients that they do not hold, says so, and "more" goes on', { timeout: 120_000 }, async () => {
    const { page, requested, errors } = await openRecording(`${hans}/search/?q=${encodeURIComponent('青龙湖')}&type=recipient`);
    await searchDone(page, '青龙湖');
    expect(await links(page)).toEqual([]);
    expect(bundlesLoaded(requested)).toEqual(['2023', '2022']);
    expect(await status(page)).toBe('“青龙湖”：在 2022 年以来的报道中已找到 0 条结果；更早的报道尚未搜索。');
    expect(await moreShown(page)).toBe(true);
    await more(page, 1);
    expect(await links(page)).toEqual([entity('qinglong-lake-committee')]);
    expect(bundlesLoaded(requested)).toEqual(['2023', '2022', '2021']);
    expect(await status(page)).toBe('“青龙湖”：找到 1 条结果。');
    expect(await moreShown(page)).toBe(false);

    // All types again on the same page: every bundle is loaded already, so none is fetched again.
    const beforeAll = requested.length;
    await page.selectOption('#search-type', '');
    await page.waitForURL((url) => !url.searchParams.has('type'));
    await searchDone(page, '青龙湖');
    expect((await links(page)).slice(0, 3)).toEqual([article('2023-01-02', true), article('2023-01-14'), article('2023-01-13')]);
    expect(bundlesLoaded(requested.slice(beforeAll))).toEqual([]);
    expect(requested.filter((p) => /\/pagefind\.js$|\.pagefind$/.test(p)).sort()).toEqual(['/pagefind/zh-hans/2023/pagefind.js', '/pagefind/zh-hans/2023/wasm.unknown.pagefind']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists the articles of the newest year first and pages into older years for the article filter with no query', { timeout: 120_000 }, async () => {
    const { page, requested, errors } = await openRecording(`${hans}/search/?type=article`);
    await searchDone(page, '');
    expect(await links(page)).toEqual([article('2023-01-14'), ...days('2023-01-', [13, 12, 11, 10, 9, 8, 7, 6, 5]).map((d) => article(d))]);
    // No name lookup either: a listing has no query.
    expect(indexParts(requested)).toEqual(['2023', 'search.json']);
    expect(await status(page)).toBe('2023 年以来的报道中已列出 10+ 条结果；更早的报道尚未列出。');
    await more(page, 20);
    expect((await links(page)).slice(10)).toEqual([article('2023-01-02', true), ...[12, 11, 10, 9, 8, 7, 6, 5, 4].map((m) => article(`2022-${String(m).padStart(2, '0')}-01`))]);
    expect(indexParts(requested)).toEqual(['2022', '2023', 'search.json']);
    expect(await status(page)).toBe('2022 年以来的报道中已列出 20+ 条结果；更早的报道尚未列出。');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
