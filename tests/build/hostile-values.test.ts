import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { listBuiltPages, startSite, type Site } from '../browser/harness.ts';
import { build, cleanCopy, snapshotSources } from './project-copy.ts';

// Markup typed into every value an article and the glossary can hold: each
// must reach HTML, XML and JSON as text. One real build of a copy of the
// project with such an article, then every built page read in Chromium.
const payload = {
  refresh: '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  script: '<script src=https://evil.example/a.js></script>',
  iframe: '<iframe srcdoc="<b>x</b>"></iframe>',
  image: '<img src=x onerror=alert(1)>',
  breakout: '"><svg onload=alert(1)>',
  single: "'><base href=//evil.example/>",
  link: '<a href="javascript:alert(1)">点</a>',
  object: '<object data=//evil.example/x></object>',
  embed: '<embed src=//evil.example/x>',
  closeScript: '</script><script>alert(1)</script>',
  closeCdata: ']]></title><script>alert(1)</script>',
  reference: '&lt;script&gt;alert(1)&lt;/script&gt;',
  placeholder: '{{inline-script-hashes}}',
};
const yamlString = (value: string) => JSON.stringify(value);
const slug = '2023-03-01-hostile-values';
const title = `湖南 ${payload.refresh} ${payload.breakout}`;

const article = `---
title: ${yamlString(title)}
summary: ${yamlString(`${payload.script}${payload.iframe}${payload.closeScript}${payload.closeCdata}`)}
date: 2023-03-01
script: hans
source:
  name: ${yamlString(payload.object)}
  url: ${yamlString('https://example.com/"><script>alert(1)</script>')}
authors:
  - name: ${yamlString(payload.image)}
    role: text
  - name: ${yamlString(payload.single)}
    role: photo
  - name: ${yamlString(payload.embed)}
    role: editor
overrides:
  - hans: 测试甲
    hant: ${yamlString(payload.refresh)}
  - hans: 测试乙
    hant: ${yamlString(payload.breakout)}
entities:
  - id: hostile-person
    name: ${yamlString(`钱${payload.script}`)}
    type: person
    aliases: [${yamlString(payload.link)}, ${yamlString(payload.reference)}]
    positions: [${yamlString(payload.refresh)}]
    roles:
      - role: recipient
        award: ${yamlString(`${payload.iframe}${payload.placeholder}`)}
  - id: hostile-group
    name: ${yamlString(payload.breakout)}
    type: group
    count: 2
    unit: "<b>家</b>"
    roles:
      - role: recipient
        award: ${yamlString(payload.closeCdata)}
  - id: hostile-organization
    name: ${yamlString(payload.embed)}
    type: organization
    roles:
      - role: organizer
---

测试甲出现在这里，<Entity id="hostile-person">测试乙</Entity>也是，测试丙在此。

<Term hans='<iframe srcdoc="x"></iframe>' hant='"><img src=x onerror=alert(1)>' />和<Keep>\\<script>alert(1)\\</script></Keep>。

&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;，\`<iframe src=//evil.example>\`，\\<base href=//evil.example/\\>。

[链接](https://evil.example/"onmouseover="alert(1)) 和 https://evil.example/path 与 <Entity id="hostile-group">测试乙</Entity>。
`;

/** What a page shows and holds that content must never produce, read in `page` after loading `url` (or as it is now). */
async function inspect(page: Page, url?: string): Promise<{ found: string[]; text: string; title: string; jsonLd: string[]; href: string }> {
  const errors: string[] = [];
  const onError = (error: Error) => errors.push(`page error: ${error.message}`);
  page.on('pageerror', onError);
  try {
    if (url !== undefined) await page.goto(url, { waitUntil: 'load' });
    const result = await page.evaluate(() => {
      const found: string[] = [];
      const show = (element: Element) => element.outerHTML.slice(0, 160);
      for (const element of document.querySelectorAll('meta[http-equiv], base, iframe, frame, frameset, object, embed, img, svg, math, link[rel~="import"]')) {
        found.push(`element: ${show(element)}`);
      }
      for (const form of document.querySelectorAll('form')) {
        if (new URL(form.action, location.href).origin !== location.origin) found.push(`form to another origin: ${show(form)}`);
      }
      for (const script of document.querySelectorAll('script')) {
        if (script.type === 'application/ld+json') continue;
        if (!script.src) found.push(`inline script: ${show(script)}`);
        else if (new URL(script.src).origin !== location.origin) found.push(`script from another origin: ${show(script)}`);
      }
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          if (/^on/i.test(attribute.name)) found.push(`handler attribute ${attribute.name}: ${show(element)}`);
          if (/^(href|src|action|formaction|data|srcdoc|xlink:href|poster|background)$/i.test(attribute.name) && /^[\s\u0000-\u001f]*(javascript|data|vbscript):/i.test(attribute.value)) {
            found.push(`${attribute.name}=${attribute.value}: ${show(element)}`);
          }
        }
      }
      return {
        found,
        text: document.body.innerText,
        title: document.title,
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
        href: location.href,
      };
    });
    return { ...result, found: [...result.found, ...errors] };
  } finally {
    page.off('pageerror', onError);
  }
}

describe('markup typed into any value is published as text', () => {
  let dist: string;
  let site: Site;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const copy = cleanCopy(snapshotSources(), 'hostile-values');
    writeFileSync(path.join(copy, 'content/articles', `${slug}.mdx`), article);
    appendFileSync(path.join(copy, 'content/glossary.yaml'), `\n- hans: 测试丙\n  hant: ${yamlString(payload.script)}\n  note: a hostile glossary form\n`);
    dist = build(copy);
    site = await startSite(dist);
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('injects no element, handler, script or javascript: URL into any page', async () => {
    const pages = listBuiltPages(dist);
    expect(pages.length).toBeGreaterThan(40);
    const problems: string[] = [];
    for (const built of pages) {
      const url = new URL(built.path, site.url);
      const { found, href } = await inspect(page, url.href);
      problems.push(...found.map((f) => `${built.path}: ${f}`));
      // `/` itself moves on to the reader's script; nothing may take a reader off the site.
      if (new URL(href).origin !== url.origin) problems.push(`${built.path}: navigated away to ${href}`);
    }
    expect(problems).toEqual([]);
  });

  it('shows every value as written, in both scripts', async () => {
    for (const variant of ['zh-hans', 'zh-hant']) {
      const { text, title: pageTitle, jsonLd } = await inspect(page, new URL(`/${variant}/articles/${slug}/`, site.url).href);
      expect(pageTitle).toContain(payload.refresh);
      for (const value of [payload.breakout, payload.object, payload.image, payload.single, payload.embed, payload.script, '<script>alert(1)</script>']) {
        expect(text, `${variant}: ${value}`).toContain(value);
      }
      expect(text).toContain('<script>alert(1)</script>，<iframe src=//evil.example>，<base href=//evil.example/>');
      const data = jsonLd.map((json) => JSON.parse(json) as unknown);
      expect(JSON.stringify(data)).toContain(JSON.stringify(payload.refresh).slice(1, -1));
    }
    const hant = await inspect(page, new URL(`/zh-hant/articles/${slug}/`, site.url).href);
    // The article's overrides and the glossary entry, placed by the converter on the Traditional page only.
    expect(hant.text).toContain(`${payload.refresh}出現在這裡`);
    expect(hant.text).toContain(`${payload.breakout}也是，${payload.script}在此`);
    expect(hant.text).toContain('"><img src=x onerror=alert(1)>和<script>alert(1)</script>');
  });

  it('shows search results for the hostile names as text', async () => {
    for (const variant of ['zh-hans', 'zh-hant']) {
      const query = variant === 'zh-hans' ? '钱' : '錢';
      await page.goto(new URL(`/${variant}/search/?q=${encodeURIComponent(query)}`, site.url).href);
      await page.waitForFunction(
        (q) => {
          const output = document.querySelector<HTMLElement>('#search-output');
          return output?.dataset['state'] === 'done' && output.dataset['query'] === q;
        },
        query,
        { timeout: 20_000 },
      );
      const { found, text } = await inspect(page);
      expect(found).toEqual([]);
      expect(text).toContain(payload.script);
    }
  });

  it('keeps the feeds well-formed, with the values as text', async () => {
    for (const variant of ['zh-hans', 'zh-hant']) {
      const xml = readFileSync(path.join(dist, variant, 'rss.xml'), 'utf8');
      await page.goto(new URL(`/${variant}/`, site.url).href);
      {
        const feed = await page.evaluate((source) => {
          const doc = new DOMParser().parseFromString(source, 'application/xml');
          return {
            errors: doc.getElementsByTagName('parsererror').length,
            scripts: doc.getElementsByTagName('script').length,
            titles: [...doc.querySelectorAll('item > title')].map((t) => t.textContent ?? ''),
            descriptions: [...doc.querySelectorAll('item > description')].map((t) => t.textContent ?? ''),
          };
        }, xml);
        expect(feed.errors).toBe(0);
        expect(feed.scripts).toBe(0);
        expect(feed.titles).toContain(title);
        expect(feed.descriptions.join('\n')).toContain(payload.closeCdata);
      }
    }
  });

  it('fills every placeholder of _headers', () => {
    const headers = readFileSync(path.join(dist, '_headers'), 'utf8');
    expect(headers.split('\n').filter((line) => !line.trim().startsWith('#') && line.includes('{{'))).toEqual([]);
  });
});
