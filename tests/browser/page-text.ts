/**
 * What a reader of a built page reads, as Chromium renders it with
 * JavaScript off: the visible text, and the text of the head and of
 * attributes people hear or see (title, alt, aria-label…), each piece with
 * the `lang` of the element it belongs to.
 */
import type { Browser } from 'playwright-core';

/** A piece of text a reader meets, with the `lang` in force where it stands. */
export interface TextPiece {
  readonly lang: string;
  /** Where it comes from: `text`, `<title>`, `meta description`, `alt`, `aria-label`… */
  readonly where: string;
  readonly text: string;
}

/** Everything a reader meets on one page. */
export interface PageText {
  /** `document.body.innerText`: the page as a reader sees it, line by line. */
  readonly visible: string;
  readonly title: string;
  readonly description: string;
  /** Every text node a reader can see, every human attribute and the prose of the head. */
  readonly pieces: readonly TextPiece[];
}

/** Returns the text of the page at `url`, loaded with JavaScript off (as every reader gets it first). */
export async function readPageText(browser: Browser, url: string): Promise<PageText> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(() => {
      const langOf = (node: Node): string => (node instanceof Element ? node : node.parentElement)?.closest('[lang]')?.getAttribute('lang') ?? '';
      const pieces: { lang: string; where: string; text: string }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        const text = node.textContent?.trim() ?? '';
        if (!parent || text === '' || ['SCRIPT', 'STYLE'].includes(parent.tagName)) continue;
        if (!parent.checkVisibility()) continue;
        pieces.push({ lang: langOf(node), where: 'text', text });
      }
      for (const name of ['title', 'alt', 'aria-label', 'aria-description', 'placeholder']) {
        for (const element of document.querySelectorAll(`[${name}]`)) {
          const text = element.getAttribute(name)?.trim() ?? '';
          if (text !== '') pieces.push({ lang: langOf(element), where: name, text });
        }
      }
      const head = [
        ['<title>', document.title],
        ...[...document.querySelectorAll('meta[name="description"], meta[property^="og:"]')]
          .filter((meta) => /^(description|og:(title|description|site_name|image:alt))$/.test(meta.getAttribute('name') ?? meta.getAttribute('property') ?? ''))
          .map((meta) => [`meta ${meta.getAttribute('name') ?? meta.getAttribute('property')}`, meta.getAttribute('content') ?? '']),
      ];
      for (const [where, text] of head) if (text) pieces.push({ lang: document.documentElement.lang, where: where ?? '', text: text.trim() });
      return {
        visible: document.body.innerText,
        title: document.title,
        description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
        pieces,
      };
    });
  } finally {
    await context.close();
  }
}
