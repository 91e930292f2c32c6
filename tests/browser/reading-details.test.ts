import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInChromium } from './harness.ts';

// What a daily reader notices before reading a word: where headlines break,
// where the date line wraps, how far headings sit from the masthead, how
// large the masthead's targets are. Measured on the page as Chromium lays it
// out, with the CJK fonts CI installs.
const slug = '2023-02-24-hunan-trade-secret-demonstration';
const served = siteInChromium();

async function open(sitePath: string, width: number): Promise<Page> {
  const context = await served.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto(new URL(sitePath, served.site.url).href, { waitUntil: 'load' });
  return page;
}

/**
 * The lines of the first element matching `selector`, measured one character
 * at a time with Range.getClientRects, and for each of its text nodes (a
 * headline's phrases: the build separates them with <wbr>) how many lines it
 * spans.
 */
async function linesOf(page: Page, selector: string): Promise<{ lines: string[]; nodes: { text: string; lines: number }[] }> {
  return page.$eval(selector, (element) => {
    const lines: string[] = [];
    const nodes: { text: string; lines: number }[] = [];
    let top: number | undefined;
    let current = '';
    const range = document.createRange();
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const onLines = new Set<number>();
      for (let i = 0; i < node.data.length; i += 1) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = [...range.getClientRects()].find((r) => r.width > 0);
        if (!rect) continue;
        if (top === undefined || Math.abs(rect.top - top) > rect.height / 2) {
          if (current) lines.push(current);
          current = '';
          top = rect.top;
        }
        current += node.data[i];
        onLines.add(lines.length);
      }
      if (node.data.trim()) nodes.push({ text: node.data, lines: onLines.size });
    }
    if (current) lines.push(current);
    return { lines, nodes };
  });
}

// W3C clreq: these never start a line.
const noLineStart = /^[，。、；：？！）」』》”’…·]/;

describe('headlines break between phrases, never inside a word', () => {
  const cases = [
    ['zh-hant', `/zh-hant/articles/${slug}/`, 'article h1'],
    ['zh-hans', `/zh-hans/articles/${slug}/`, 'article h1'],
    ['zh-hant', '/zh-hant/', '.lead .headline'],
    ['zh-hans', '/zh-hans/', '.lead .headline'],
    ['zh-hant', '/zh-hant/entities/2023-hunan-demonstration-enterprises/', 'main h1'],
    ['zh-hans', '/zh-hans/entities/2023-hunan-demonstration-stations/', 'main h1'],
  ] as const;
  for (const width of [390, 1280]) {
    it.each(cases)(`${width} px, %s %s: every line starts and ends on a phrase boundary, and no line starts with a closing mark`, async (_v, sitePath, selector) => {
      const page = await open(sitePath, width);
      const { lines, nodes } = await linesOf(page, selector);
      expect(lines.length, lines.join(' / ')).toBeGreaterThan(1);
      for (const node of nodes) expect(node.lines, `«${node.text}» is cut across lines: ${lines.join(' / ')}`).toBe(1);
      for (const line of lines) expect(line, lines.join(' / ')).not.toMatch(noLineStart);
      await page.context().close();
    });
  }

  it('a desktop headline is set larger than a phone’s', async () => {
    const size = async (width: number) => {
      const page = await open(`/zh-hant/articles/${slug}/`, width);
      const px = await page.$eval('article h1', (h) => parseFloat(getComputedStyle(h).fontSize));
      await page.context().close();
      return px;
    };
    expect(await size(390)).toBe(28);
    expect(await size(1280)).toBeGreaterThanOrEqual(36);
  });
});

describe('the date line', () => {
  it.each([320, 390])('at %i px, no line of it starts with «·»', async (width) => {
    for (const sitePath of [`/zh-hant/articles/${slug}/`, `/zh-hans/articles/${slug}/`]) {
      const page = await open(sitePath, width);
      const { lines } = await linesOf(page, 'article .meta');
      expect(lines.length, `${sitePath}: ${lines.join(' / ')}`).toBeGreaterThan(1);
      for (const line of lines) expect(line, `${sitePath}: ${lines.join(' / ')}`).not.toMatch(/^·/);
      await page.context().close();
    }
  });
});

describe('the frame of every page', () => {
  const pages = ['/zh-hant/', `/zh-hant/articles/${slug}/`, '/zh-hans/entities/', '/zh-hans/archive/', '/zh-hant/entities/qian-junjun/', '/zh-hans/people/'];

  it.each(pages)('%s: the first line sits at least 24 px under the masthead rule', async (sitePath) => {
    const page = await open(sitePath, 390);
    const gap = await page.evaluate(() => {
      const rule = document.querySelector('.masthead')!.getBoundingClientRect().bottom;
      const first = [...document.querySelectorAll('main *')].find((e) => e.getBoundingClientRect().height > 0 && getComputedStyle(e).position !== 'absolute')!;
      return first.getBoundingClientRect().top - rule;
    });
    expect(gap).toBeGreaterThanOrEqual(24);
    await page.context().close();
  });

  it.each(pages)('%s: no rule of the page’s last row lies against the footer’s rule', async (sitePath) => {
    const page = await open(sitePath, 1280);
    const closest = await page.evaluate(() => {
      const footer = document.querySelector('.footer')!.getBoundingClientRect().top;
      // The lowest horizontal border drawn inside <main>.
      let lowest = -Infinity;
      for (const e of document.querySelectorAll('main *')) {
        const style = getComputedStyle(e);
        const box = e.getBoundingClientRect();
        if (parseFloat(style.borderBottomWidth) > 0 && style.borderBottomStyle !== 'none') lowest = Math.max(lowest, box.bottom);
        if (parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none') lowest = Math.max(lowest, box.top);
      }
      return footer - lowest;
    });
    expect(closest).toBeGreaterThanOrEqual(24);
    await page.context().close();
  });

  it.each([390, 1280])('at %i px, every link and button in the masthead is a target of at least 44 × 44 px', async (width) => {
    const page = await open(`/zh-hans/articles/${slug}/`, width);
    const targets = await page.$$eval('.masthead a, .masthead button, .masthead input', (elements) =>
      elements.map((e) => ({ text: e.textContent?.trim() || (e as HTMLInputElement).placeholder, width: e.getBoundingClientRect().width, height: e.getBoundingClientRect().height })),
    );
    expect(targets.length).toBeGreaterThanOrEqual(5);
    for (const t of targets) {
      expect(t.width, t.text).toBeGreaterThanOrEqual(44);
      expect(t.height, t.text).toBeGreaterThanOrEqual(44);
    }
    await page.context().close();
  });
});

describe('the story panel', () => {
  it.each(['zh-hant', 'zh-hans'])('%s: each entity’s role is labelled and on a line of its own, under the name', async (v) => {
    const page = await open(`/${v}/articles/${slug}/`, 390);
    const rows = await page.$$eval('.panel li', (items) =>
      items.map((li) => {
        const name = li.querySelector('a')!.getBoundingClientRect();
        const facts = [...li.querySelectorAll('.fact')].map((f) => ({ text: f.textContent ?? '', top: f.getBoundingClientRect().top }));
        return { name: li.querySelector('a')!.textContent ?? '', nameBottom: name.bottom, facts };
      }),
    );
    const qian = rows.find((r) => r.name === (v === 'zh-hant' ? '錢俊君' : '钱俊君'))!;
    expect(qian.facts.map((f) => f.text)).toEqual(v === 'zh-hant' ? ['職務：湖南省市場監管局黨組書記、局長', '本文中：授牌'] : ['职务：湖南省市场监管局党组书记、局长', '本文中：授牌']);
    for (const row of rows) {
      expect(row.facts.at(-1)?.text, row.name).toMatch(/^本文中：/);
      for (const fact of row.facts) expect(fact.top, `${row.name}: ${fact.text}`).toBeGreaterThanOrEqual(row.nameBottom - 1);
    }
    await page.context().close();
  });
});

describe('a missing page', () => {
  it.each([
    ['/zh-hans/articles/no-such-story/', 'zh-Hans', '找不到这个页面', '搜索'],
    ['/zh-hant/no-such-page', 'zh-Hant', '找不到這個頁面', '搜尋'],
  ])('%s answers 404 in the reader’s script, with a search box and the footer', async (sitePath, lang, heading, search) => {
    const context = await served.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const response = await page.goto(new URL(sitePath, served.site.url).href);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.innerText('main h1')).toBe(heading);
    expect(await page.locator('main form[role="search"] input[type="search"]').count()).toBe(1);
    expect(await page.innerText('main form[role="search"] button')).toBe(search);
    expect(await page.locator('footer.footer a').count()).toBe(5);
    await context.close();
  });
});

describe('the footer', () => {
  const pages = ['/zh-hant/', `/zh-hans/articles/${slug}/`, '/zh-hant/entities/', '/zh-hans/search/', '/zh-hant/archive/2023-02/', '/zh-hans/about/'];

  it.each(pages)('%s links about, contact, corrections policy and copyright, in its script', async (sitePath) => {
    const page = await open(sitePath, 390);
    const hans = sitePath.startsWith('/zh-hans/');
    const links = await page.$$eval('footer.footer a', (as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    const v = hans ? 'zh-hans' : 'zh-hant';
    expect(links.slice(0, 4)).toEqual(
      hans
        ? [['关于本站', `/${v}/about/`], ['联系我们', `/${v}/contact/`], ['更正政策', `/${v}/corrections/`], ['版权声明', `/${v}/copyright/`]]
        : [['關於本站', `/${v}/about/`], ['聯絡我們', `/${v}/contact/`], ['更正政策', `/${v}/corrections/`], ['版權聲明', `/${v}/copyright/`]],
    );
    expect(await page.innerText('footer.footer')).toContain(hans ? '© 2023 华文新闻' : '© 2023 華文新聞');
    await page.context().close();
  });

  it.each(['zh-hant', 'zh-hans'])('%s: each of those pages says something real, and contact gives an address to write to', async (v) => {
    for (const info of ['about', 'contact', 'corrections', 'copyright']) {
      const page = await open(`/${v}/${info}/`, 390);
      expect((await page.innerText('main p')).length, info).toBeGreaterThan(40);
      await page.context().close();
    }
    const contact = await open(`/${v}/contact/`, 390);
    expect(await contact.getAttribute('main a[href^="mailto:"]', 'href')).toBe('mailto:editors@huawen.news');
    await contact.context().close();
  });
});

describe('what daily readers reach for', () => {
  const articlePath = (v: string) => `/${v}/articles/${slug}/`;

  it('a text size the reader picks is kept across pages and reloads, and a page opened with it shifts nothing', async () => {
    const context = await served.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(new URL(articlePath('zh-hant'), served.site.url).href);
    const bodySize = () => page.$eval('#p1', (p) => getComputedStyle(p).fontSize);
    expect(await bodySize()).toBe('17px');
    await page.click('.tools-float button[data-text-size="large"]');
    expect(await bodySize()).toBe('20px');
    expect(await page.getAttribute('.tools-float button[data-text-size="large"]', 'aria-pressed')).toBe('true');
    await page.goto(new URL(articlePath('zh-hans'), served.site.url).href);
    expect(await bodySize()).toBe('20px');
    const shifts = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
        }),
    );
    expect(shifts).toBe(0);
    await page.click('.tools-float button[data-text-size="medium"]');
    await page.reload();
    expect(await bodySize()).toBe('17px');
    await context.close();
  });

  it('without JavaScript the tools, which need it, are not shown', async () => {
    const context = await served.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(articlePath('zh-hant'), served.site.url).href);
    expect(await page.locator('.tools-float').isVisible()).toBe(false);
    await context.close();
  });

  it('share copies the page’s address where the browser has no share sheet, and says so', async () => {
    const context = await served.browser.newContext({ viewport: { width: 390, height: 844 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true }));
    await page.goto(new URL(articlePath('zh-hant'), served.site.url).href);
    await page.click('.tools-float button[data-share]');
    await page.waitForFunction(() => document.querySelector('.tools-float [role="status"]')?.textContent !== '');
    expect(await page.textContent('.tools-float [role="status"]')).toBe('已複製本文連結');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/zh-hant/articles/${slug}/$`));
    await context.close();
  });

  it('share opens the system’s share sheet where there is one, with the title and address', async () => {
    const context = await served.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      (window as unknown as { shared: ShareData[] }).shared = shared;
      Object.defineProperty(Navigator.prototype, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()), configurable: true });
    });
    await page.goto(new URL(articlePath('zh-hans'), served.site.url).href);
    await page.click('.tools-float button[data-share]');
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]?.title).toMatch(/^湖南省市场监管局为省商业秘密保护示范基地/);
    expect(shared[0]?.url).toMatch(new RegExp(`/zh-hans/articles/${slug}/$`));
    await context.close();
  });
});
