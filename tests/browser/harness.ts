/**
 * Shared helpers for every browser test: serve the built site with its
 * `_headers`, open pages while recording console errors, page errors and CSP
 * violations, and run axe. Chromium itself comes from scripts/chromium.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import type { Result as AxeResult } from 'axe-core';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { pagefindDirectory } from '../../src/lib/search/bundle.ts';
import { listBuiltHtml } from '../../src/build/built-site.ts';

/** The repository root. */
export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** The built site the browser tests read: DIST_DIR when set (as astro.config.ts honours it), else dist/. */
export const distDir = path.resolve(repoRoot, process.env.DIST_DIR ?? 'dist');

/** What went wrong while a page loaded and ran. */
export interface PageProblems {
  /** Console messages of level error (resource failures included), from the page and its workers. */
  readonly consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  readonly pageErrors: string[];
  /** `securitypolicyviolation` events, and console messages about the Content Security Policy (from workers too). */
  readonly cspViolations: string[];
}

/** A page open in its own browser context, with what it reported so far. */
export interface OpenedPage {
  readonly page: Page;
  /** The HTTP status of the document. */
  readonly status: number;
  /** The response headers of the document, names lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
  readonly problems: PageProblems;
  /** Returns once every CSP violation the page has fired so far, and the console messages before it, have arrived; throws after a deadline. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

const mentionsCsp = /Content[- ]Security[- ]Policy/i;
/** How long settle() waits for violation reports the page has fired to reach the test: a deadline, not a pause. */
const settleDeadlineMs = 10_000;

/**
 * Returns the page at `url`, loaded (network idle) in a fresh context, with
 * listeners that record console errors, page errors and CSP violations from
 * before the first byte of HTML is parsed.
 */
export async function openPage(browser: Browser, url: string, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  const onConsole = (where: string) => (message: { type(): string; text(): string; location(): { url: string } }) => {
    const text = `${where}${message.text()}${message.location().url ? ` (${message.location().url})` : ''}`;
    if (mentionsCsp.test(message.text())) problems.cspViolations.push(text);
    else if (message.type() === 'error') problems.consoleErrors.push(text);
  };
  page.on('console', onConsole(''));
  page.on('worker', (worker) => worker.on('console', onConsole(`worker ${worker.url()}: `)));
  page.on('pageerror', (error) => problems.pageErrors.push(`${error.name}: ${error.message}`));
  // Every violation event the page fires is counted in the page and reported through a binding; settle()
  // waits until as many reports have arrived as the page has fired, with a deadline, instead of sleeping.
  let reported = 0;
  const waiters: (() => void)[] = [];
  await page.exposeFunction('__reportCspViolation', (report: string) => {
    problems.cspViolations.push(report);
    reported += 1;
    for (const wake of waiters.splice(0)) wake();
  });
  await page.addInitScript(() => {
    const scope = globalThis as unknown as { __reportCspViolation(text: string): void; __cspViolationsFired: number };
    scope.__cspViolationsFired = 0;
    document.addEventListener('securitypolicyviolation', (event) => {
      scope.__cspViolationsFired += 1;
      scope.__reportCspViolation(
        `${event.disposition === 'report' ? 'reported' : 'blocked'} by ${event.effectiveDirective}: ${event.blockedURI || '(inline)'}` +
          `${event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : ''}${event.sample ? ` «${event.sample}»` : ''}`,
      );
    });
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const settle = async () => {
    // Let the tasks the page has queued (violation events are fired from tasks) run first, then read how many
    // it fired. Console messages travel the same DevTools connection as this call's answer, so they are in.
    const fired = await page.evaluate(
      () => new Promise<number>((resolve) => setTimeout(() => resolve((globalThis as unknown as { __cspViolationsFired?: number }).__cspViolationsFired ?? 0))),
    );
    if (reported >= fired) return;
    const deadline = settleDeadlineMs;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${url}: the page fired ${fired} Content-Security-Policy violation events, but only ${reported} reached the test within ${deadline} ms.`)),
        deadline,
      );
      const check = () => {
        if (reported >= fired) {
          clearTimeout(timer);
          resolve();
        } else waiters.push(check);
      };
      check();
    });
  };
  await settle();
  return {
    page,
    status: response?.status() ?? 0,
    headers: response ? await response.allHeaders() : {},
    problems,
    settle,
    close: () => context.close(),
  };
}

/** A running server over a built site. */
export interface Site extends RunningServer {
  /** The directory it serves. */
  readonly root: string;
}

/**
 * Returns a server over the built site (or another directory laid out like
 * it), after checking that it has been built with its security headers.
 */
export async function startSite(root: string = distDir): Promise<Site> {
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root} has no index.html: build the site first (npm run build).`);
  }
  const headersFile = path.join(root, '_headers');
  const headers = existsSync(headersFile) ? readFileSync(headersFile, 'utf8') : '';
  if (!/^\s+Content-Security-Policy:/im.test(headers)) {
    throw new Error(
      `${headersFile} is missing or sets no Content-Security-Policy, so the browser tests would run without the site's policy. ` +
        'Add securityHeaders() (src/integrations/security-headers.ts) to the integrations of astro.config.ts and build again.',
    );
  }
  if (headers.split('\n').some((line) => !line.trim().startsWith('#') && line.includes('{{'))) {
    throw new Error(`${headersFile} still has an unfilled {{placeholder}}: it was copied from public/ without the securityHeaders() integration.`);
  }
  const server = await startServer({ root });
  return { ...server, root };
}

/** The built site and Chromium, shared by the tests of one file. */
export interface ServedSite {
  readonly site: Site;
  readonly browser: Browser;
}

/**
 * Returns the built site served with its headers and a Chromium to read it,
 * started before the file's tests and stopped after them (read the fields
 * inside tests, once they have started).
 */
export function siteInChromium(): ServedSite {
  const served = {} as { site: Site; browser: Browser };
  beforeAll(async () => {
    served.site = await startSite();
    served.browser = await launchChromium();
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.site?.close();
  });
  return served;
}

/** An axe violation, reduced to what a person needs to fix it. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly helpUrl: string;
  /** CSS selectors of the offending elements, with a snippet of each. */
  readonly nodes: readonly { readonly target: string; readonly html: string; readonly summary: string }[];
}

const axeSource = readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Returns axe's violations on the page as it is now (every rule axe enables by default). */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's CSP neither blocks axe nor reports it.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeResult[] }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 200), summary: n.failureSummary ?? '' })),
    }));
  });
  return violations;
}

/** A built HTML page: its file inside the site and the URL path it is served at. */
export interface BuiltPage {
  readonly file: string;
  readonly path: string;
}

/** Returns every HTML page of a built site, sorted by file, with the URL path a static host serves it at. */
export function listBuiltPages(root: string = distDir): BuiltPage[] {
  return listBuiltHtml(root)
    .filter((file) => !file.startsWith(`${pagefindDirectory}/`))
    .map((file) => ({ file, path: `/${file.replace(/(^|\/)index\.html$/, '$1')}` }));
}
