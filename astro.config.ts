import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { rehypeParagraphIds } from './src/lib/html/rehype-paragraph-ids.ts';
import { rehypePhotoParagraphs } from './src/lib/html/rehype-photo-paragraphs.ts';
import { defaultVariant, variants } from './src/lib/site/variants.ts';
import { siteUrl } from './src/build/site-url.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
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
  build: {
    format: 'directory',
    // The article page must render from one round trip: its CSS travels inside the HTML.
    inlineStylesheets: 'always',
  },
  markdown: {
    // Sätteri, Astro's default, does not bold **「重點」**文字; the unified pipeline with
    // remark-cjk-friendly does, and runs our rehype steps: photos out of paragraphs, then paragraph numbers.
    processor: unified({
      remarkPlugins: [remarkCjkFriendly],
      rehypePlugins: [rehypePhotoParagraphs, rehypeParagraphIds],
    }),
  },
  vite: {
    build: {
      // Keep every script an external file so the CSP needs no inline-script hashes.
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro's MDX compiler starts every article module with the directive
          // "use astro:head-inject" (how Astro hoists an article's head content);
          // the bundler warns it "may not be preserved" once per article: ten
          // thousand boxes at ten thousand articles, hiding every real warning.
          // Astro reads the directive before bundling, so nothing is lost.
          // Only that code, that directive and article files are silenced.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"') && /\.mdx(\?|"|$)/.test(warning.id ?? warning.message)) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    // Every photo an article imports goes through the one photo check, and only its clean copy reaches the bundler.
    articlePhotos(articlesDir),
    mdx(),
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
    // Before the integrations that read the built pages.
    archivePartPages(),
    notFoundPages(),
    pagefindIndex(),
    // It hashes the inline styles of the final HTML into dist/_headers.
    securityHeaders(),
    // Last: a build that did not get this far leaves no dist/ behind.
    removeFailedBuild(),
  ],
});
