import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { archivePart } from '../build/archive-part.ts';
import { unreferencedImages } from '../build/unreferenced-images.ts';
import { buildsListings, describeArchivePart } from '../lib/site/archive-part.ts';

/**
 * Pages Astro writes from routes without getStaticPaths (src/pages/index.astro,
 * 404.astro, robots.txt.ts), which no part can skip: the listings part ships them.
 */
export const staticRouteFiles = ['index.html', '404.html', 'robots.txt'] as const;

/**
 * Returns the Astro integration that says which part of the archive this
 * build writes (ARCHIVE_PART) and, in a build of some years' articles,
 * removes the pages of routes that cannot be skipped, so the part's output
 * holds only its article pages and their assets and the merge takes those
 * pages from the listings part alone; in any part, it removes the photo
 * originals no page of the part uses (unreferenced-images.ts). List it
 * before the integrations that read the built pages.
 */
export function archivePartPages(): AstroIntegration {
  return {
    name: 'huawen:archive-part',
    hooks: {
      'astro:config:done': ({ logger }) => {
        if (archivePart.kind !== 'whole') logger.info(`Building ${describeArchivePart(archivePart)} (ARCHIVE_PART); npm run merge-parts joins the parts into one site.`);
      },
      'astro:build:done': ({ dir, logger }) => {
        if (archivePart.kind === 'whole') return;
        const outDir = fileURLToPath(dir);
        if (!buildsListings(archivePart)) for (const file of staticRouteFiles) rmSync(path.join(outDir, file), { force: true });
        const unused = unreferencedImages(outDir);
        for (const file of unused) rmSync(path.join(outDir, file), { force: true });
        if (unused.length > 0) logger.info(`Removed ${unused.length} photo original${unused.length === 1 ? '' : 's'} no page of this part uses (another part renders ${unused.length === 1 ? 'its story' : 'their stories'}).`);
      },
    },
  };
}
