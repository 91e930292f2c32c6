/**
 * The public origin the site is deployed at, used for canonical URLs, the
 * sitemap, feeds and JSON-LD. Set SITE_URL when building for a real host.
 */
export const siteUrl = process.env.SITE_URL ?? 'https://news.example.org';

