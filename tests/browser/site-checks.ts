/**
 * The checks every built page must pass, shared by the test over the real
 * site and the tests that prove each check fails on a broken fixture page:
 * what the page did in Chromium (status, CSP header, console and page errors,
 * CSP violations), axe in light and dark, the Nu Html Checker, and a link
 * check over pages, feeds and sitemaps.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { openPage, repoRoot, runAxe, type AxeViolation, type BuiltPage, type PageProblems } from './harness.ts';
import { filesUnder } from '../../src/build/files-under.ts';

/** One thing wrong, on one page (or feed), found by one check. */
export interface Problem {
  readonly check: 'runtime' | 'csp' | 'axe' | 'html' | 'link';
  /** The file inside the site, e.g. `zh-hans/index.html` or `zh-hant/rss.xml`. */
  readonly file: string;
  readonly message: string;
}

/** Returns problems as one readable line each, for assertion messages. */
export function describeProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `[${p.check}] ${p.file}: ${p.message}`).join('\n');
}

/** A link found in a page or feed, as written and as the browser resolves it. */
export interface FoundLink {
  /** Where it was found, e.g. `a[href]`, `link[rel=alternate][hreflang=zh-Hant]`, `item link`. */
  readonly where: string;
  readonly value: string;
  readonly url: string;
  /** For `<link rel=alternate hreflang>`: the language it promises. */
  readonly alternateLang?: string;
  /** For any element with `hreflang`: the language it promises. */
  readonly hreflang?: string;
}

/** What a page showed in Chromium. */
export interface PageFindings {
  readonly page: BuiltPage;
  readonly status: number;
  readonly contentSecurityPolicy: string | undefined;
  readonly problems: PageProblems;
  readonly axe: readonly { readonly colorScheme: 'light' | 'dark'; readonly violations: readonly AxeViolation[] }[];
  /** `<html lang>`. */
  readonly lang: string;
  /** Every id in the document, and every `<a name>`: the fragments a link may point at. */
  readonly anchors: readonly string[];
  readonly links: readonly FoundLink[];
}

/** Returns what each page showed when loaded from the server at `origin`, one fresh context per page, in the order given. */
export async function inspectPages(browser: Browser, origin: string, pages: readonly BuiltPage[], concurrency = 2): Promise<PageFindings[]> {
  const findings: PageFindings[] = new Array(pages.length);
  let next = 0;
  // Two pages at a time keep both cores of a small CI machine busy while one waits for the network to go idle.
  const worker = async () => {
    for (let index = next++; index < pages.length; index = next++) findings[index] = await inspectPage(browser, origin, pages[index] as BuiltPage);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, pages.length) }, worker));
  return findings;
}

/** Returns what one page showed in Chromium. */
async function inspectPage(browser: Browser, origin: string, page: BuiltPage): Promise<PageFindings> {
  const opened = await openPage(browser, new URL(page.path, origin).href);
  try {
    const dom = await opened.page.evaluate(() => {
      const links: { where: string; value: string; url: string; alternateLang?: string; hreflang?: string }[] = [];
      const add = (element: Element, attribute: string, value: string) => {
        let url: string;
        try {
          url = new URL(value, document.baseURI).href;
        } catch {
          url = `invalid:${value}`;
        }
        const rel = element.getAttribute('rel');
        const hreflang = element.getAttribute('hreflang') ?? undefined;
        const where = `${element.localName}${rel ? `[rel=${rel}]` : ''}${hreflang ? `[hreflang=${hreflang}]` : ''}[${attribute}]`;
        const isAlternate = element.localName === 'link' && (rel ?? '').split(/\s+/).includes('alternate');
        links.push({ where, value, url, ...(hreflang ? { hreflang } : {}), ...(isAlternate && hreflang ? { alternateLang: hreflang } : {}) });
      };
      for (const element of document.querySelectorAll('[href], [src], [action], [formaction], [poster], [srcset]')) {
        for (const attribute of ['href', 'src', 'action', 'formaction', 'poster']) {
          const value = element.getAttribute(attribute);
          if (value !== null) add(element, attribute, value);
        }
        for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) {
          const value = candidate.trim().split(/\s+/)[0];
          if (value) add(element, 'srcset', value);
        }
      }
      for (const meta of document.querySelectorAll('meta[property="og:url"], meta[property^="og:image"], meta[name="twitter:image"]')) {
        const value = meta.getAttribute('content');
        if (value && /^(https?:)?\/\//.test(value)) add(meta, `content(${meta.getAttribute('property') ?? meta.getAttribute('name')})`, value);
      }
      const anchors = [...document.querySelectorAll('[id]')].map((e) => e.id).concat([...document.querySelectorAll('a[name]')].map((e) => e.getAttribute('name') ?? ''));
      return { lang: document.documentElement.lang, anchors, links };
    });
    await opened.settle();
    const problems: PageProblems = {
      consoleErrors: [...opened.problems.consoleErrors],
      pageErrors: [...opened.problems.pageErrors],
      cspViolations: [...opened.problems.cspViolations],
    };
    const light = await runAxe(opened.page);
    await opened.page.emulateMedia({ colorScheme: 'dark' });
    const dark = await runAxe(opened.page);
    return {
      page,
      status: opened.status,
      contentSecurityPolicy: opened.headers['content-security-policy'],
      problems,
      axe: [
        { colorScheme: 'light', violations: light },
        { colorScheme: 'dark', violations: dark },
      ],
      ...dom,
    };
  } finally {
    await opened.close();
  }
}

/** Returns what went wrong while each page loaded and ran: a bad status, no CSP header, console and page errors, CSP violations. */
export function runtimeProblems(findings: readonly PageFindings[]): Problem[] {
  return findings.flatMap(({ page, status, contentSecurityPolicy, problems }) => [
    ...(status === 200 ? [] : [{ check: 'runtime' as const, file: page.file, message: `served with status ${status}` }]),
    ...(contentSecurityPolicy ? [] : [{ check: 'csp' as const, file: page.file, message: 'served without a Content-Security-Policy header' }]),
    ...problems.consoleErrors.map((message) => ({ check: 'runtime' as const, file: page.file, message: `console error: ${message}` })),
    ...problems.pageErrors.map((message) => ({ check: 'runtime' as const, file: page.file, message: `uncaught: ${message}` })),
    ...problems.cspViolations.map((message) => ({ check: 'csp' as const, file: page.file, message: `CSP: ${message}` })),
  ]);
}

/** Returns every axe violation of every page, in either colour scheme. */
export function axeProblems(findings: readonly PageFindings[]): Problem[] {
  return findings.flatMap(({ page, axe }) =>
    axe.flatMap(({ colorScheme, violations }) =>
      violations.flatMap((v) =>
        v.nodes.map((node) => ({
          check: 'axe' as const,
          file: page.file,
          message: `${v.id} (${v.impact}, ${colorScheme}): ${v.help} — ${node.target}: ${node.html} ${node.summary.replace(/\s+/g, ' ')} ${v.helpUrl}`,
        })),
      ),
    ),
  );
}

const vnuJar = path.join(repoRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  readonly type: string;
  readonly subType?: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly firstColumn?: number;
  readonly message: string;
  readonly extract?: string;
}

/**
 * Messages of the Nu Html Checker that are wrong about current standards,
 * each with the reason; anything else it reports is an error.
 */
const checkerMistakes: readonly { readonly message: RegExp; readonly reason: string }[] = [
  {
    // Our CSS says `under right`; the minifier rightly drops the default `right`.
    message: /^CSS: “text-emphasis-position”: “(over|under)” is not a “text-emphasis-position” value\.$/,
    reason: 'CSS Text Decoration 3 defines text-emphasis-position as [ over | under ] && [ right | left ]?; the checker still requires both keywords.',
  },
];

/** Returns the Nu Html Checker's errors for the given files of a site, from one JVM run. */
export function htmlProblems(root: string, files: readonly string[]): Problem[] {
  if (files.length === 0) return [];
  const result = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--errors-only', ...files.map((file) => path.join(root, file))], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) {
    throw new Error('Could not run the Nu Html Checker: it needs Java 11 or later on PATH (`java -version`). `node scripts/check-system.ts` installs it, or prints the command that does.', { cause: result.error });
  }
  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(result.stderr) as { messages: VnuMessage[] }).messages;
  } catch (cause) {
    throw new Error(`The Nu Html Checker did not answer in JSON (exit ${result.status}): ${result.stderr.slice(0, 500)}`, { cause });
  }
  return messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error' || m.subType === 'fatal')
    .filter((m) => !checkerMistakes.some((mistake) => mistake.message.test(m.message)))
    .map((m) => ({
      check: 'html' as const,
      file: m.url ? path.relative(root, decodeURIComponent(m.url.replace(/^file:/, ''))).split(path.sep).join('/') : '(checker)',
      message: `${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message}${m.extract ? ` «${m.extract.replace(/\s+/g, ' ')}»` : ''}`,
    }));
}

/** The links of one feed or sitemap. */
export interface XmlLinks {
  readonly file: string;
  readonly kind: 'rss' | 'sitemap' | 'sitemap-index' | 'other';
  readonly links: readonly FoundLink[];
}

/** Returns every `.xml` file of the site (outside Pagefind's directory), sorted. */
export function listXmlFiles(root: string): string[] {
  return filesUnder(root).filter((file) => file.endsWith('.xml') && !file.startsWith('pagefind/'));
}

/** Returns the URLs each RSS feed (channel and item links, permalink guids) and sitemap (locs and xhtml:link alternates) promises. */
export async function readXmlLinks(browser: Browser, root: string, files: readonly string[]): Promise<XmlLinks[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const result: XmlLinks[] = [];
    for (const file of files) {
      const xml = readFileSync(path.join(root, file), 'utf8');
      const read = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const error = doc.querySelector('parsererror');
        const links: { where: string; value: string; url: string; alternateLang?: string }[] = [];
        const add = (where: string, value: string | null | undefined, alternateLang?: string | null) => {
          if (!value) return;
          links.push({ where, value: value.trim(), url: value.trim(), ...(alternateLang ? { alternateLang } : {}) });
        };
        const root = doc.documentElement.localName;
        const kind = error ? 'other' : root === 'rss' ? 'rss' : root === 'urlset' ? 'sitemap' : root === 'sitemapindex' ? 'sitemap-index' : 'other';
        const children = (parent: Element, name: string) => [...parent.children].filter((c) => c.localName === name);
        if (kind === 'rss') {
          for (const channel of children(doc.documentElement, 'channel')) {
            for (const link of children(channel, 'link')) add(link.namespaceURI ? 'channel atom:link' : 'channel link', link.getAttribute('href') ?? link.textContent);
            for (const item of children(channel, 'item')) {
              for (const link of children(item, 'link')) add('item link', link.textContent);
              for (const guid of children(item, 'guid')) if (guid.getAttribute('isPermaLink') !== 'false') add('item guid', guid.textContent);
            }
          }
        }
        for (const url of kind === 'sitemap' || kind === 'sitemap-index' ? [...doc.documentElement.children] : []) {
          for (const loc of children(url, 'loc')) add(`${url.localName} loc`, loc.textContent);
          for (const alternate of children(url, 'link')) {
            add(`xhtml:link[hreflang=${alternate.getAttribute('hreflang')}]`, alternate.getAttribute('href'), alternate.getAttribute('hreflang'));
          }
        }
        return { kind, error: error?.textContent ?? null, links };
      }, xml);
      if (read.error) throw new Error(`${file} is not well-formed XML: ${read.error}`);
      result.push({ file, kind: read.kind as XmlLinks['kind'], links: read.links });
    }
    return result;
  } finally {
    await context.close();
  }
}

/** What the link check looked at, and what it found broken. */
export interface LinkReport {
  /** Internal links (page links, feed and sitemap URLs) checked, counting each occurrence. */
  readonly checked: number;
  /** Links to other sites, which are not fetched. */
  readonly external: number;
  readonly problems: Problem[];
}

/**
 * Returns the result of checking that every internal link of the pages and
 * XML files resolves to a built file, that every `#fragment` names an
 * element of its target page, that every hreflang target is in the language
 * it promises, and that every `<link rel=alternate hreflang>` is returned by
 * its target. `origins` are the URLs that count as this site (the local
 * server's and the public one).
 */
export function linkProblems(root: string, origins: readonly string[], findings: readonly PageFindings[], xml: readonly XmlLinks[]): LinkReport {
  const bases = origins.map((origin) => new URL(origin)).map((u) => ({ origin: u.origin, prefix: u.pathname.replace(/\/$/, '') }));
  const byPath = new Map(findings.map((f) => [f.page.path, f]));
  const problems: Problem[] = [];
  let checked = 0;
  let external = 0;

  /** Returns the site path of an internal URL, or undefined for another site. */
  const sitePath = (href: string): string | undefined => {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return undefined;
    }
    const base = bases.find((b) => b.origin === url.origin && (url.pathname === b.prefix || url.pathname.startsWith(`${b.prefix}/`)));
    return base ? url.pathname.slice(base.prefix.length) || '/' : undefined;
  };

  const check = (file: string, fromPath: string | undefined, link: FoundLink) => {
    if (link.url.startsWith('invalid:')) {
      problems.push({ check: 'link', file, message: `${link.where} "${link.value}" is not a URL` });
      return;
    }
    if (/^(mailto|tel|data|blob|about):/i.test(link.url)) return;
    const targetPath = sitePath(link.url);
    if (targetPath === undefined) {
      external++;
      return;
    }
    checked++;
    const url = new URL(link.url);
    let decoded: string;
    try {
      decoded = decodeURIComponent(targetPath);
    } catch {
      problems.push({ check: 'link', file, message: `${link.where} "${link.value}" has broken percent-encoding` });
      return;
    }
    const target = path.join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
    const isFile = existsSync(target) && statSync(target).isFile();
    if (!isFile) {
      const asDirectory = !decoded.endsWith('/') && existsSync(path.join(root, decoded, 'index.html'));
      problems.push({
        check: 'link',
        file,
        message: asDirectory
          ? `${link.where} "${link.value}" only reaches ${targetPath}/ through a redirect: add the trailing slash`
          : `${link.where} "${link.value}" leads to ${targetPath}, which the build did not produce`,
      });
      return;
    }
    const pageFindings = byPath.get(targetPath);
    const fragment = url.hash.slice(1);
    if (fragment && fragment.toLowerCase() !== 'top') {
      const id = decodeURIComponent(fragment);
      if (!pageFindings) problems.push({ check: 'link', file, message: `${link.where} "${link.value}" has a #fragment, but ${targetPath} is not an HTML page` });
      else if (!pageFindings.anchors.includes(id)) problems.push({ check: 'link', file, message: `${link.where} "${link.value}": ${targetPath} has no element with id="${id}"` });
    }
    const promised = link.hreflang ?? link.alternateLang;
    if (promised && promised.toLowerCase() !== 'x-default' && pageFindings && pageFindings.lang.toLowerCase() !== promised.toLowerCase()) {
      problems.push({ check: 'link', file, message: `${link.where} "${link.value}" promises ${promised}, but ${targetPath} is <html lang="${pageFindings.lang}">` });
    }
    if (link.alternateLang && fromPath && pageFindings && targetPath !== fromPath) {
      const returns = pageFindings.links.some((back) => back.alternateLang && sitePath(back.url) === fromPath);
      if (!returns) problems.push({ check: 'link', file, message: `${link.where} "${link.value}": ${targetPath} does not list this page as an hreflang alternate in return` });
    }
  };

  for (const f of findings) for (const link of f.links) check(f.page.file, f.page.path, link);
  for (const x of xml) for (const link of x.links) check(x.file, undefined, link);
  return { checked, external, problems };
}
