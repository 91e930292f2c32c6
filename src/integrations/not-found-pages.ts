import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { variants } from '../lib/site/variants.ts';
import { archivePart } from '../build/archive-part.ts';
import { buildsListings } from '../lib/site/archive-part.ts';

/**
 * Returns the Astro integration that gives each variant its own not-found
 * page where hosts look for one: Astro writes `src/pages/[variant]/404.astro`
 * as `/zh-hans/404/index.html` (only the root 404 is special to it), and
 * Cloudflare Pages and `npm run serve` answer a missing page with the nearest
 * `404.html` up its path, so the page moves to `/zh-hans/404.html`. For
 * Netlify, which only reads the root's, `_redirects` sends each variant's
 * missing pages to its own. List it before the integrations that read pages.
 */
export function notFoundPages(): AstroIntegration {
  return {
    name: 'huawen:not-found-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        // A build of some years' articles (ARCHIVE_PART) has no not-found pages: the listings part writes them.
        if (!buildsListings(archivePart)) return;
        const outDir = fileURLToPath(dir);
        for (const variant of variants) {
          const built = path.join(outDir, variant.path, '404', 'index.html');
          if (!existsSync(built)) throw new Error(`The not-found page of ${variant.path} was not built (${built}): src/pages/[variant]/404.astro must build one per variant.`);
          renameSync(built, path.join(outDir, variant.path, '404.html'));
          rmdirSync(path.dirname(built));
        }
        writeFileSync(path.join(outDir, '_redirects'), variants.map((v) => `/${v.path}/*  /${v.path}/404.html  404\n`).join(''));
        logger.info(`Moved ${variants.length} not-found pages to /<variant>/404.html and wrote _redirects.`);
      },
    },
  };
}
