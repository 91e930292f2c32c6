import type { AstroIntegration } from 'astro';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolvePhoto } from '../build/photo-file.ts';
import { publishedPhoto } from '../build/published-photo.ts';

/**
 * Returns the Astro integration that stands between articles and the bundler.
 * Astro turns every photo of an article (`image.src` through the collection's
 * `image()`, `![…](./photo.jpg)` in the body) into an `import` of the path as
 * written, and the bundler reads such a path as a module specifier: a query
 * (`./chart.js?.png`) loaded chart.js as code. Here every relative import made
 * by an article file is resolved by the one photo check
 * (`src/build/photo-file.ts`) and answered with the checked, metadata-free
 * copy of the file (`src/build/published-photo.ts`), or the build stops. The
 * article loader has refused a bad photo already; this is the lock on the
 * bundler's own door, so nothing else can decide what an article imports.
 */
export function articlePhotos(articlesDir: string): AstroIntegration {
  return {
    name: 'huawen:article-photos',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const folder = path.resolve(root, articlesDir);
        // The bundler names modules by their real path; the folder may be reached through a link.
        const folders = new Set([folder, realIfThere(folder)]);
        const cacheDir = path.join(root, 'node_modules/.cache/article-photos');

        const answer = async (source: string, article: string): Promise<string> => {
          const verdict = await resolvePhoto(article, source);
          if (verdict.refusal) throw new Error(`${article} cannot be published: ${verdict.refusal.message}.`);
          return publishedPhoto(verdict.photo, cacheDir);
        };

        updateConfig({
          vite: {
            plugins: [
              {
                name: 'huawen:article-photos',
                enforce: 'pre',
                async resolveId(source, importer) {
                  const article = importer?.split('?')[0];
                  if (!article?.endsWith('.mdx') || !folders.has(path.dirname(article))) return null;
                  // Astro's own runtime modules, ids the dev server already resolved (\0…: no article can write
                  // one, the article check refuses control characters), and the article importing itself for its
                  // styles and scripts; everything else an article imports is a photo path.
                  if (source.startsWith('\0') || /^(?:astro[:/]|@astrojs\/)/.test(source) || source.split('?')[0] === article) return null;
                  // Asked afresh each time, so a photo replaced while `astro dev` runs is checked again.
                  return { id: await answer(source, article) };
                },
              },
            ],
          },
        });
      },
    },
  };
}

function realIfThere(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}
