import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInChromium } from './harness.ts';

// The page as laid out in Chromium, with the CJK fonts CI installs (fonts-noto-cjk).
const slug = '2023-02-24-hunan-trade-secret-demonstration';
const article = (variantPath: string) => `/${variantPath}/articles/${slug}/`;
const served = siteInChromium();

async function open(sitePath: string, width: number, height = 800): Promise<Page> {
  const context = await served.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(new URL(sitePath, served.site.url).href, { waitUntil: 'load' });
  return page;
}

describe('the floating script switch and reader tools', () => {
  it.each([320, 390, 768, 1280])('never covers a line of the article at %i px, at any scroll position', async (width) => {
    const page = await open(article('zh-hant'), width);
    const report = await page.evaluate(async () => {
      const switchTab = document.querySelector('.switch-float a');
      const tools = document.querySelector<HTMLElement>('.tools-float');
      if (!switchTab || !tools || tools.hidden) throw new Error('no floating switch or reader tools on the article page');
      // Every line box of the article's text, in page coordinates.
      const lines: { left: number; right: number; top: number; bottom: number; text: string }[] = [];
      const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) lines.push({ left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY, text: node.textContent.trim().slice(0, 20) });
      }
      const overlaps: string[] = [];
      const tabHeight = Math.min(switchTab.getBoundingClientRect().height, tools.getBoundingClientRect().height);
      const last = document.documentElement.scrollHeight - innerHeight;
      // Steps shorter than the tab, so every line passes under the place it stands.
      for (let y = 0; ; y = Math.min(last, y + tabHeight / 2)) {
        scrollTo(0, y);
        await new Promise(requestAnimationFrame);
        for (const box of [switchTab.getBoundingClientRect(), tools.getBoundingClientRect()])
        for (const line of lines) {
          const top = line.top - scrollY;
          const bottom = line.bottom - scrollY;
          if (line.left < box.right && line.right > box.left && top < box.bottom && bottom > box.top) overlaps.push(`at scroll ${Math.round(scrollY)}: «${line.text}»`);
        }
        if (y >= last) break;
      }
      return { overlaps: [...new Set(overlaps)].slice(0, 5), lines: lines.length, overflow: document.documentElement.scrollWidth - innerWidth };
    });
    expect(report.lines).toBeGreaterThan(50);
    expect(report.overlaps).toEqual([]);
    expect(report.overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('every kind of page on the narrowest phone', () => {
  it.each([
    '/zh-hant/',
    '/zh-hans/archive/',
    '/zh-hant/archive/2023-02/',
    '/zh-hant/entities/',
    '/zh-hans/entities/changsha-etdz-committee/',
    '/zh-hant/organizations/',
    '/zh-hans/search/',
    '/404.html',
    '/',
  ])('%s fits 320 px without scrolling sideways', async (sitePath) => {
    const context = await served.browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(sitePath, served.site.url).href);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('the date line', () => {
  it.each([320, 390])('wraps between its items at %i px, never inside a label', async (width) => {
    const page = await open(article('zh-hant'), width);
    const labels = await page.$$eval('article .meta .label', (elements) => elements.map((e) => ({ text: e.textContent, lines: e.getClientRects().length })));
    expect(labels.map((l) => l.text)).toEqual(['來源', '發生日期']);
    for (const label of labels) expect(label.lines, label.text ?? '').toBe(1);
    expect(await page.innerText('article .meta')).toMatch(/^2023年2月24日 · 來源：中國質量萬里行 ·\s發生日期：2023年2月17日$/);
    await page.context().close();
  });
});

/** Returns the font families Chromium really used to draw the text of the first element matching `selector`. */
async function usedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.map((f) => f.familyName);
}

describe('type', () => {
  it.each([
    ['zh-hant', 'Noto Serif CJK TC', 'Noto Sans CJK TC'],
    ['zh-hans', 'Noto Serif CJK SC', 'Noto Sans CJK SC'],
  ])('%s: the headline is set in %s, the body and interface in %s', async (variantPath, serif, sans) => {
    const page = await open(article(variantPath), 390);
    expect(await usedFonts(page, 'article h1')).toEqual([serif]);
    expect(await usedFonts(page, '#p1')).toEqual([sans]);
    expect(await usedFonts(page, '.panel li')).toEqual([sans]);
    expect(await usedFonts(page, '.byline')).toEqual([sans]);
    await page.context().close();
  });

  it('an entity heading with a count is one face, not two', async () => {
    const page = await open('/zh-hant/entities/2023-hunan-demonstration-enterprises/', 390);
    expect(await page.innerText('h1')).toBe('2023年湖南省商業秘密保護示範企業（7家）');
    expect(await usedFonts(page, 'h1')).toEqual(['Noto Serif CJK TC']);
    await page.context().close();
  });
});

describe('the search page', () => {
  it('has one search box, and on a phone its results start in the first screen', async () => {
    const page = await open('/zh-hant/search/?q=示範企業', 390, 844);
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    await page.locator('#search-results li').first().waitFor();
    // The first result a reader meets: a name row from the name index when a name matches, else a story.
    const top = await page.locator('#search-names li, #search-results li').first().evaluate((li) => li.getBoundingClientRect().top);
    expect(top).toBeLessThan(844 / 2);
    await page.context().close();
  });
});

describe('search excerpts', () => {
  it.each(['示範企業', '錢俊君', '長沙經開區'])('for %s quote the story’s own text, not its byline or side panel', async (query) => {
    const page = await open(`/zh-hant/search/?q=${query}`, 1280);
    const result = page.locator('#search-results li', { has: page.locator(`a[href="${article('zh-hant')}"]`) });
    await result.waitFor();
    // Paragraphs join with a space in an excerpt; compare with runs of white space made one.
    const quoted = (await result.locator('.excerpt').innerText()).replace(/^…|…$/g, '').replace(/\s+/g, ' ');
    const story = await page.context().newPage();
    await story.goto(new URL(article('zh-hant'), served.site.url).href);
    expect((await story.innerText('.prose')).replace(/\s+/g, ' ')).toContain(quoted);
    await page.context().close();
  });
});

describe('the 404 page', () => {
  it('stands in the site’s frame: a masthead, and a heading clear of the top edge', async () => {
    const page = await open('/no-such-page/', 390);
    expect(await page.locator('header.masthead a[href="/"]').count()).toBe(1);
    const top = await page.locator('h1').first().evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(48);
    await page.context().close();
  });
});

describe('printing an article', () => {
  it('prints the article, its byline, source and address, and nothing else', async () => {
    const page = await open(article('zh-hant'), 800);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().evaluate((e) => e.checkVisibility());
    for (const selector of ['article h1', '.byline', '#p1', '.first-published', '.print-only']) expect(await shown(selector), selector).toBe(true);
    for (const selector of ['.masthead', '.switch-float', '.panel', '.footer']) expect(await shown(selector), selector).toBe(false);
    expect(await page.innerText('.print-only')).toMatch(/^本文網址：https?:\/\/[^/]+\/zh-hant\/articles\/2023-02-24-hunan-trade-secret-demonstration\/$/);
    await page.context().close();
  });
});
