import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { defaultVariant, variants } from './src/lib/site/variants.ts';
import { siteUrl } from './src/build/site-url.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { removeFailedBuild } from './src/integrations/failed-build.ts';
import { articlePhotos } from './src/integrations/article-photos.ts';
import { articlesDir } from './src/build/content-files.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { archivePartPages } from './src/integrations/archive-part.ts';
import { archivePart, articleSlugsIn } from './src/build/archive-part.ts';
import { buildsListings } from './src/lib/site/archive-part.ts';
import { absoluteUrl, articlePath } from './src/lib/site/urls.ts';

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  outDir: process.env.DIST_DIR ?? './dist',
  experimental: {
    // Publishing one story renders only the pages whose inputs changed: article, entity and month pages
    // carry a key of their inputs (src/build/page-keys.ts); the rest is rendered every time. Astro turns
    // this off when build.concurrency > 1, so that stays at its default of 1.
    incrementalBuild: true,
    // The content store (every article's data, body and rendered HTML: about 9 KB an article) is written
    // in 20 MB parts, not one JSON string, which V8 cannot hold past about 500 MB (some 55,000 articles).
    collectionStorage: 'chunked',
  },
  build: {
    format: 'directory',
    // The article page must render from one round trip: its CSS travels inside the HTML.
    inlineStylesheets: 'always',
  },
  vite: {
    build: {
      // Keep every script an external file so the CSP needs no inline-script hashes.
      assetsInlineLimit: 0,
    },
  },
  integrations: [
    // Every photo an article imports goes through the one photo check, and only its clean copy reaches the bundler.
    articlePhotos(articlesDir),
    // No MDX integration: articles never become modules. The loader renders each body to HTML itself
    // (src/build/article-loader.ts, src/lib/render/article-body.ts), with the Markdown steps MDX ran.
    // The sitemap comes from the listings part alone (ARCHIVE_PART), which names every article page without building it.
    ...(buildsListings(archivePart)
      ? [
          sitemap({
            // `/` only sends readers on to their script (it is every page's x-default),
            // search result pages are not content, and 404 is not a page.
            filter: (page) => !['/', '/404/', ...variants.map((v) => `/${v.path}/404/`)].includes(new URL(page).pathname) && !new URL(page).pathname.endsWith('/search/'),
            i18n: {
              defaultLocale: defaultVariant.path,
              locales: Object.fromEntries(variants.map((v) => [v.path, v.lang])),
            },
            ...(archivePart.kind === 'listings' && {
              customPages: articleSlugsIn(articlesDir).flatMap((slug) => variants.map((v) => absoluteUrl(articlePath(v, slug), siteUrl))),
            }),
          }),
        ]
      : []),
    // Before the integrations that read the built pages. The search index is not one of them: it is
    // written by its own process once Astro has exited (scripts/index-search.ts, the second step of
    // npm run build), so its memory never adds to Astro's. _headers does not depend on it (no search
    // file is HTML, and the policy has no hash of one).
    archivePartPages(),
    notFoundPages(),
    // It hashes the inline styles of the final HTML into dist/_headers.
    securityHeaders(),
    // Last: a build that did not get this far leaves no dist/ behind.
    removeFailedBuild(),
  ],
});
