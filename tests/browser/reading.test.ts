import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, siteInChromium } from './harness.ts';

// What a reader does: read in their script, switch mid-article, come back.
const slug = '2023-02-24-hunan-trade-secret-demonstration';
const article = (variantPath: string) => `/${variantPath}/articles/${slug}/`;
const served = siteInChromium();
const at = (sitePath: string) => new URL(sitePath, served.site.url).href;

/** Returns a fresh context with a browser language and, optionally, JavaScript off. */
async function readerContext(options: { locale?: string; javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  return served.browser.newContext({ locale: options.locale ?? 'en-US', javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: 412, height: 800 } });
}

describe('reading an article', () => {
  // The words themselves are the golden pages' job (tests/golden/pages/, page-text.test.ts).
  it.each([
    ['zh-hant', 'zh-Hant'],
    ['zh-hans', 'zh-Hans'],
  ])('in %s shows the article, marked with its script, with no error', async (variantPath, lang) => {
    const opened = await openPage(served.browser, at(article(variantPath)));
    expect(opened.status).toBe(200);
    expect(await opened.page.getAttribute('html', 'lang')).toBe(lang);
    expect(await opened.page.locator('article .prose p').count()).toBe(6);
    await opened.settle();
    expect(opened.problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
    await opened.close();
  });
});

describe('switching script mid-article', () => {
  it('lands on the same paragraph, remembers the choice, and / then opens that script', async () => {
    const context = await readerContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(at(article('zh-hans')));
    await page.evaluate(() => document.getElementById('p4')?.scrollIntoView({ block: 'start' }));
    // The switch that stays in reach at the bottom of the screen while reading.
    await page.click('.switch-float a[data-variant-switch="hant"]');
    await page.waitForURL((url) => url.pathname === article('zh-hant') && url.hash === '#p4');
    const p4 = await page.evaluate(() => {
      const rect = document.getElementById('p4')!.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, text: document.getElementById('p4')!.textContent ?? '' };
    });
    expect(p4.text).toMatch(/^錢俊君在授牌儀式上/);
    expect(p4.top).toBeLessThan(800 / 4);
    expect(p4.bottom).toBeGreaterThan(0);

    // A zh-CN browser would get Simplified at /, but the reader chose Traditional.
    await page.goto(at('/'));
    await page.waitForURL('**/zh-hant/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('at the headline opens the other script at its top, with no paragraph in the URL', async () => {
    const context = await readerContext();
    const page = await context.newPage();
    await page.goto(at(article('zh-hant')));
    await page.click('a[data-variant-switch="hans"]');
    await page.waitForURL((url) => url.pathname === article('zh-hans'));
    expect(new URL(page.url()).hash).toBe('');
    await context.close();
  });
});

describe('the front door /', () => {
  it.each([
    ['zh-TW', '/zh-hant/'],
    ['zh-HK', '/zh-hant/'],
    ['zh-CN', '/zh-hans/'],
    ['en-US', '/zh-hans/'],
  ])('sends a %s browser with no remembered choice to %s', async (locale, expected) => {
    const context = await readerContext({ locale });
    const page = await context.newPage();
    await page.goto(at('/'));
    await page.waitForURL(`**${expected}`);
    await context.close();
  });
});

describe('with JavaScript off', () => {
  it('/ offers both scripts, and the article reads and switches by plain links', async () => {
    const context = await readerContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(at('/'));
    expect(new URL(page.url()).pathname).toBe('/');
    await page.click('a[lang="zh-Hant"]');
    await page.waitForURL('**/zh-hant/');
    await page.click(`a[href="${article('zh-hant')}"]`);
    await page.waitForURL(`**${article('zh-hant')}`);
    expect(await page.innerText('#p1')).toContain('錢俊君');
    await page.click('a[data-variant-switch="hans"]');
    await page.waitForURL(`**${article('zh-hans')}`);
    expect(await page.innerText('#p1')).toContain('钱俊君');
    expect(await page.innerText('article')).toContain('获授牌单位');
    await context.close();
  });
});
