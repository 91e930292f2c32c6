import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import type { CheckedPhoto } from './photo-file.ts';

/**
 * Returns the path of the copy of a checked photo that the site may publish:
 * the same picture in the same format, turned upright (its EXIF orientation
 * applied) and with its colour profile (ICC), but without any other metadata:
 * no GPS position, camera serial number, artist, description, XMP or IPTC.
 * Astro copies the file it is handed to `dist/_astro/` as the full-size image
 * and makes every resized one from it, so this copy is the only version of
 * the photo the bundler ever sees; the original never leaves the content folder.
 *
 * Copies live in `cacheDir` under the hash of the original's bytes, so an
 * unchanged photo is encoded once, and two builds publish the same bytes.
 */
export async function publishedPhoto(photo: CheckedPhoto, cacheDir: string): Promise<string> {
  const hash = createHash('sha256').update(photo.bytes).digest('hex').slice(0, 32);
  const copy = path.join(cacheDir, hash, path.basename(photo.realPath));
  if (existsSync(copy)) return copy;
  const bytes = await encode(sharp(photo.bytes, { animated: photo.format === 'gif' || photo.format === 'webp' }).rotate().keepIccProfile(), photo.format).toBuffer();
  await mkdir(path.dirname(copy), { recursive: true });
  // Written beside and renamed, so a build stopped half-way never leaves half a photo to reuse.
  const partial = `${copy}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, copy);
  return copy;
}

/** Returns the encoder for `format`, at a quality that keeps a newspaper photo as it was. */
function encode(image: Sharp, format: string): Sharp {
  switch (format) {
    case 'jpeg':
      return image.jpeg({ quality: 95 });
    case 'png':
      return image.png();
    case 'webp':
      return image.webp({ quality: 95 });
    case 'heif':
      return image.avif({ quality: 80 });
    case 'gif':
      return image.gif();
    case 'tiff':
      return image.tiff();
    default:
      throw new Error(`No encoder for a ${format} photo: src/build/photo-file.ts admitted a format src/build/published-photo.ts cannot write.`);
  }
}
