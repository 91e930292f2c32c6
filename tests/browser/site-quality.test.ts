import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockedInlineCode, fillHeadersTemplate, inlineHashes } from '../../src/lib/headers/built-headers.ts';
import { siteUrl } from '../../src/build/site-url.ts';
import { launchChromium } from '../../scripts/chromium.ts';
import { distDir, listBuiltPages, repoRoot, startSite, type BuiltPage, type Site } from './harness.ts';
import {
  axeProblems,
  describeProblems,
  htmlProblems,
  inspectPages,
  linkProblems,
  listXmlFiles,
  readXmlLinks,
  runtimeProblems,
  type PageFindings,
  type Problem,
  type XmlLinks,
} from './site-checks.ts';

/** Returns the problems of one page (or feed), for assertions about fixtures. */
const on = (file: string, problems: readonly Problem[]) => problems.filter((p) => p.file === file).map((p) => p.message);

describe('every page of the built site', () => {
  let browser: Browser;
  let site: Site;
  let pages: BuiltPage[];
  let findings: PageFindings[];
  let xml: XmlLinks[];

  beforeAll(async () => {
    site = await startSite();
    browser = await launchChromium();
    pages = listBuiltPages(distDir);
    findings = await inspectPages(browser, site.url, pages);
    xml = await readXmlLinks(browser, distDir, listXmlFiles(distDir));
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('covers every page, both scripts, the feeds and the sitemap', () => {
    expect(findings.length).toBe(pages.length);
    for (const variantPath of ['zh-hant', 'zh-hans']) {
      expect(pages.map((p) => p.path)).toContain(`/${variantPath}/articles/2023-02-24-hunan-trade-secret-demonstration/`);
    }
    expect(xml.map((x) => x.kind)).toEqual(expect.arrayContaining(['rss', 'sitemap', 'sitemap-index']));
  });

  it('loads in Chromium under the site’s Content-Security-Policy with no console error and no CSP violation', () => {
    const problems = runtimeProblems(findings);
    expect(describeProblems(problems), `${problems.length} problems on ${new Set(problems.map((p) => p.file)).size} pages`).toBe('');
  });

  it('has no axe violation, in the light or the dark colour scheme', () => {
    const problems = axeProblems(findings);
    expect(describeProblems(problems), `${problems.length} axe violations`).toBe('');
  });

  it('is valid HTML to the Nu Html Checker', () => {
    const problems = htmlProblems(distDir, pages.map((p) => p.file));
    expect(describeProblems(problems), `${problems.length} errors`).toBe('');
  });

  it('links only to what the build produced: pages, anchors, hreflang alternates, feed items and sitemap URLs', () => {
    const report = linkProblems(distDir, [site.url, siteUrl], findings, xml);
    console.info(`link check: ${report.checked} internal links checked (${report.external} external links not fetched) on ${pages.length} pages and ${xml.length} XML files`);
    expect(report.checked).toBeGreaterThan(pages.length);
    expect(describeProblems(report.problems), `${report.problems.length} broken links`).toBe('');
  });
});

describe('each check fails on a page that breaks it', () => {
  const fixture = path.join(import.meta.dirname, 'fixtures/site');
  let root: string;
  let browser: Browser;
  let site: Site;
  let pages: BuiltPage[];
  let findings: PageFindings[];
  let htmlErrors: Problem[];

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'broken-site-'));
    cpSync(fixture, root, { recursive: true });
    pages = listBuiltPages(root);
    // The real policy, filled as the build fills it, except that nothing vouches for the inline script: it must be blocked.
    const html = pages.map((p) => ({ file: p.file, html: readFileSync(path.join(root, p.file), 'utf8') }));
    writeFileSync(path.join(root, '_headers'), fillHeadersTemplate(readFileSync(path.join(repoRoot, 'public/_headers'), 'utf8'), inlineHashes(html).styles, []));
    site = await startSite(root);
    browser = await launchChromium();
    findings = await inspectPages(browser, site.url, pages);
    htmlErrors = htmlProblems(root, pages.map((p) => p.file));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const allProblems = (): Problem[] => [
    ...runtimeProblems(findings),
    ...axeProblems(findings),
    ...htmlErrors,
    ...linkProblems(root, [site.url, 'https://fixture.example'], findings, []).problems,
  ];

  it('the clean page, with a hashed inline style, passes every check', () => {
    expect(describeProblems(allProblems().filter((p) => p.file === 'clean/index.html' || p.file === 'index.html'))).toBe('');
  });

  it('axe reports an input without a label', () => {
    expect(on('axe-violation/index.html', axeProblems(findings))).toEqual([
      expect.stringMatching(/^label \(critical, light\): Form elements must have labels — input: <input type="text" name="q">/),
      expect.stringMatching(/^label \(critical, dark\): Form elements must have labels/),
    ]);
  });

  it('the Nu Html Checker reports an element HTML does not have', () => {
    expect(on('invalid-element/index.html', htmlErrors)).toEqual([
      expect.stringMatching(/^14:1 Element “term” not allowed as child of element “main” in this context/),
      expect.stringMatching(/^14:1 The “term” element is a completely-unknown element/),
    ]);
  });

  it('the link check reports a link to a page never built and an anchor that is not there', () => {
    const report = linkProblems(root, [site.url, 'https://fixture.example'], findings, []);
    expect(on('broken-links/index.html', report.problems)).toEqual([
      'a[href] "/no-such-page/" leads to /no-such-page/, which the build did not produce',
      'a[href] "/clean/#no-such-paragraph": /clean/ has no element with id="no-such-paragraph"',
    ]);
  });

  it('Chromium blocks an inline script under the site’s policy and the check reports it', () => {
    const problems = on('inline-script/index.html', runtimeProblems(findings));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toContainEqual(expect.stringMatching(/^CSP: blocked by script-src-elem: inline at http:\/\/127\.0\.0\.1:\d+\/inline-script\/:14$/));
  });

  it('the build refuses the same inline script before it could ship', () => {
    const html = pages.map((p) => ({ file: p.file, html: readFileSync(path.join(root, p.file), 'utf8') }));
    expect(blockedInlineCode(html)).toEqual([expect.stringMatching(/^inline-script\/index\.html: an inline <script> «document\.title = "脚本执行了";»/)]);
  });

  it('each broken page fails only the check it targets', () => {
    const checksByPage = new Map<string, Set<string>>();
    const problems = allProblems();
    for (const p of problems) checksByPage.set(p.file, (checksByPage.get(p.file) ?? new Set()).add(p.check));
    expect(Object.fromEntries([...checksByPage].map(([file, checks]) => [file, [...checks].sort()])), describeProblems(problems)).toEqual({
      'axe-violation/index.html': ['axe'],
      'invalid-element/index.html': ['html'],
      'broken-links/index.html': ['link'],
      'inline-script/index.html': ['csp'],
    });
  });
});

describe('the harness', () => {
  it('refuses to test a site built without its security headers', async () => {
    const bare = mkdtempSync(path.join(tmpdir(), 'no-headers-'));
    try {
      cpSync(path.join(import.meta.dirname, 'fixtures/site'), bare, { recursive: true });
      await expect(startSite(bare)).rejects.toThrow(/sets no Content-Security-Policy[\s\S]*Add securityHeaders\(\)/);
      writeFileSync(path.join(bare, '_headers'), readFileSync(path.join(repoRoot, 'public/_headers'), 'utf8'));
      await expect(startSite(bare)).rejects.toThrow(/still has an unfilled \{\{placeholder\}\}/);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
