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
    await page.waitForURL((url) => url.pathname === article('zh-hant'));
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

  it('keeps the reader’s line inside a long paragraph at 390 px; the mark fades and a reload neither jumps nor marks', async () => {
    const context = await served.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(at(article('zh-hant')));
    // The character that starts the line at the reading line (a quarter down the screen), counted into #p2.
    const lineAtReadingLine = () =>
      page.evaluate(() => {
        const p = document.getElementById('p2')!;
        const caret = document.caretPositionFromPoint(p.getBoundingClientRect().left + 1, innerHeight / 4)!;
        let offset = 0;
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node && node !== caret.offsetNode; node = walker.nextNode()) offset += node.textContent!.length;
        return { offset: offset + caret.offset, lineHeight: parseFloat(getComputedStyle(p).lineHeight), text: (p.textContent ?? '').slice(offset + caret.offset, offset + caret.offset + 8) };
      });
    // Read down to the ninth line of the longest paragraph (#p2, 18 lines at this width).
    await page.evaluate(() => {
      const p = document.getElementById('p2')!;
      const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
      scrollTo(0, p.getBoundingClientRect().top + scrollY + 8.5 * lineHeight - innerHeight / 4);
    });
    const before = await lineAtReadingLine();
    expect(before.offset).toBeGreaterThan(100);
    await page.click('.switch-float a[data-variant-switch="hans"]');
    await page.waitForURL((url) => url.pathname === article('zh-hans') && url.hash === '');
    const after = await lineAtReadingLine();
    // The same line, not the paragraph's start: within one line's characters (19 at 390 px).
    expect(Math.abs(after.offset - before.offset), `${before.text} → ${after.text}`).toBeLessThan(19);
    // The paragraph is marked on arrival, then the mark fades to nothing.
    const background = await page.evaluate(async () => {
      const p = document.getElementById('p2')!;
      if (!p.classList.contains('landed')) return 'not marked';
      await Promise.all(p.getAnimations().map((a) => a.finished));
      return getComputedStyle(p).backgroundColor;
    });
    expect(background).toBe('rgba(0, 0, 0, 0)');
    await page.reload();
    expect(await page.evaluate(() => document.querySelectorAll('.prose p.landed, .prose p:target').length)).toBe(0);
    expect(new URL(page.url()).hash).toBe('');
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
