import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSize } from '../gzip-size.ts';
import type { Browser } from 'playwright-core';


/** One file a page needs, with its size raw and gzipped. */
export interface FileWeight {
  url: string;
  bytes: number;
  gzip: number;
}

/** What the HTML of a page and its stylesheets weigh, read from dist/. */
export interface StaticPageWeight {
  html: FileWeight;
  /** Bytes of CSS inside the HTML's `<style>` elements (already counted in `html`). */
  inlineCssBytes: number;
  /** Linked stylesheets. */
  stylesheets: FileWeight[];
  /** Scripts the HTML names directly (`<script src>`, module preloads). */
  scripts: FileWeight[];
  /** HTML + linked CSS, gzipped. */
  htmlCssGzip: number;
}

function fileWeight(distDir: string, url: string): FileWeight {
  const file = path.join(distDir, decodeURIComponent(new URL(url, 'http://site').pathname));
  if (!existsSync(file)) throw new Error(`The page links ${url}, which is not in ${distDir}.`);
  const bytes = readFileSync(file);
  return { url, bytes: bytes.length, gzip: gzipSize(bytes) };
}

function attributeValues(html: string, tag: RegExp, attribute: string): string[] {
  return [...html.matchAll(tag)].flatMap((match) => {
    const value = new RegExp(`\\s${attribute}=["']?([^"'\\s>]+)`).exec(match[0]);
    return value?.[1] ? [value[1]] : [];
  });
}

/** Returns the weight of a built page (`pagePath` such as /zh-hans/articles/x/) and the CSS and scripts it links. */
export function staticPageWeight(distDir: string, pagePath: string): StaticPageWeight {
  const htmlUrl = `${pagePath.replace(/\/?$/, '/')}index.html`;
  const html = fileWeight(distDir, htmlUrl);
  const text = readFileSync(path.join(distDir, htmlUrl), 'utf8');
  const inlineCssBytes = [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].reduce((sum, m) => sum + Buffer.byteLength(m[1] ?? ''), 0);
  const stylesheets = attributeValues(text, /<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/g, 'href').map((url) => fileWeight(distDir, url));
  const scriptUrls = [
    ...attributeValues(text, /<script\b[^>]*\bsrc=[^>]*>/g, 'src'),
    ...attributeValues(text, /<link\b[^>]*\brel=["']?modulepreload\b[^>]*>/g, 'href'),
  ];
  const scripts = [...new Set(scriptUrls)].filter((url) => !/^https?:/.test(url)).map((url) => fileWeight(distDir, url));
  return { html, inlineCssBytes, stylesheets, scripts, htmlCssGzip: html.gzip + stylesheets.reduce((sum, s) => sum + s.gzip, 0) };
}

/** One response as Chromium received it. */
export interface LoadedResource {
  url: string;
  type: string;
  /** Bytes on the wire, headers included (CDP `Network.loadingFinished` encodedDataLength). */
  transferred: number;
  /** The response body's gzip size computed from dist/ (null for files not in dist/). */
  gzip: number | null;
}

/** What Chromium loaded to show a page, until the network went quiet. */
export interface LoadedPage {
  resources: LoadedResource[];
  /** Per resource type (Document, Stylesheet, Script, Fetch …): transferred bytes and gzip bytes. */
  byType: Record<string, { count: number; transferred: number; gzip: number }>;
}

/**
 * Loads `origin + pagePath` in a fresh browser context and returns every
 * response with its bytes on the wire, as Chromium's DevTools protocol
 * counts them, and the gzip size of the same file in `distDir`.
 */
export async function loadedPage(browser: Browser, origin: string, pagePath: string, distDir: string): Promise<LoadedPage> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const responses = new Map<string, { url: string; type: string }>();
    const finished = new Map<string, number>();
    cdp.on('Network.responseReceived', (event) => responses.set(event.requestId, { url: event.response.url, type: event.type ?? 'Other' }));
    cdp.on('Network.loadingFinished', (event) => finished.set(event.requestId, event.encodedDataLength));
    await page.goto(`${origin}${pagePath}`, { waitUntil: 'networkidle' });
    const resources: LoadedResource[] = [];
    for (const [id, response] of responses) {
      const url = new URL(response.url);
      let gzip: number | null = null;
      if (url.origin === origin) {
        let file = path.join(distDir, decodeURIComponent(url.pathname));
        if (file.endsWith('/')) file = path.join(file, 'index.html');
        if (existsSync(file)) gzip = gzipSize(readFileSync(file));
      }
      resources.push({ url: response.url, type: response.type, transferred: finished.get(id) ?? 0, gzip });
    }
    const byType: LoadedPage['byType'] = {};
    for (const resource of resources) {
      const total = (byType[resource.type] ??= { count: 0, transferred: 0, gzip: 0 });
      total.count += 1;
      total.transferred += resource.transferred;
      total.gzip += resource.gzip ?? 0;
    }
    return { resources, byType };
  } finally {
    await context.close();
  }
}
