import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from './files-under.ts';

/** Built files that may name an asset: pages, styles, scripts, feeds, the sitemap, manifests. */
const textFile = /\.(?:html|css|js|mjs|xml|json|txt|webmanifest|svg)$/i;
const imageFile = /\.(?:jpe?g|png|webp|avif|gif|tiff?)$/i;
/** An asset's name as a built file refers to it (`/_astro/camera.BWC-IxBU.jpg`). */
const assetReference = /\/_astro\/([^"'()\s?#,<>\\]+)/g;

/**
 * Returns the images in `<outDir>/_astro/` that no built file refers to.
 * Astro (7.4) deletes an article photo's original once it has made the
 * page's renderings of it, unless a page links the original itself; but a
 * build of one part of the archive still emits the originals of photos whose
 * pages another part renders, and never deletes them. Removing what nothing
 * refers to keeps a part's output to what its pages use, so the parts merge
 * into the same files as one build.
 */
export function unreferencedImages(outDir: string): string[] {
  const assetsDir = path.join(outDir, '_astro');
  if (!existsSync(assetsDir)) return [];
  const images = readdirSync(assetsDir).filter((name) => imageFile.test(name));
  if (images.length === 0) return [];
  const referenced = new Set<string>();
  for (const file of filesUnder(outDir)) {
    if (!textFile.test(file)) continue;
    for (const match of readFileSync(path.join(outDir, file), 'utf8').matchAll(assetReference)) referenced.add(match[1]!);
  }
  return images.filter((name) => !referenced.has(name)).map((name) => `_astro/${name}`);
}
