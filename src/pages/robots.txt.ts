import { siteUrl } from '../build/site-url.ts';
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site/urls.ts';

/** Returns robots.txt: everything may be crawled, and the sitemap is named with its absolute URL. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', siteUrl)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
