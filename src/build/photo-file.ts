import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { photoFormatOf, photoPathRefusal, type PhotoRefusal } from '../lib/article/photo-path.ts';

/**
 * The one decision on a photo an article names, lead or body: the only
 * function that admits one. The article loader calls it to refuse a bad
 * article before Astro compiles anything; the bundler's resolver
 * (`src/integrations/article-photos.ts`) calls it again and hands the bundler
 * only what it returns, never the path as written.
 */

/** A photo that may be published: a real image file inside its article's folder. */
export interface CheckedPhoto {
  /** The path as the article writes it. */
  readonly src: string;
  /** Where the file really is, symlinks followed: inside the article's folder. */
  readonly realPath: string;
  /** The image format, as sharp names it (jpeg, png, webp, heif, gif, tiff), matching the file's extension. */
  readonly format: string;
  /** The file's bytes, read once from `realPath`: what was checked is what gets published. */
  readonly bytes: Buffer;
}

/** What the check says of a photo: admitted, or refused under a named rule. */
export type PhotoVerdict = { readonly photo: CheckedPhoto; readonly refusal?: undefined } | { readonly photo?: undefined; readonly refusal: PhotoRefusal };

// A newspaper photo is a few megabytes and some tens of megapixels; anything far larger is a mistake,
// or a small file that decodes to gigabytes of pixels to stall the build.
const maxPhotoBytes = 40 * 1024 * 1024;
const maxPhotoPixels = 100_000_000;

const refuse = (src: string, rule: string, says: string): PhotoVerdict => ({ refusal: { rule, message: `the photo «${src}» ${says} (rule: ${rule})` } });

/**
 * Returns the verdict on the photo path `src` written in the article
 * `articleFile`: the path must have the form of a file in the article's
 * folder (`src/lib/article/photo-path.ts`), be there, stay inside that folder
 * once every symlink is followed, be a regular file, and decode whole as an
 * image of the type its extension names.
 */
export async function resolvePhoto(articleFile: string, src: string): Promise<PhotoVerdict> {
  const formRefusal = photoPathRefusal(src);
  if (formRefusal) return { refusal: formRefusal };

  const written = path.join(path.dirname(articleFile), src);
  let folder: string;
  let real: string;
  try {
    folder = await realpath(path.dirname(articleFile));
    real = await realpath(written);
  } catch {
    return refuse(src, 'missing', `is not there: put the file at ${written} or fix the path`);
  }
  // The target is not named: a log must not tell an article's author what exists elsewhere on the machine.
  if (!real.startsWith(folder + path.sep)) {
    return refuse(src, 'outside-folder', "leads outside the article's folder (it is, or goes through, a symbolic link): copy the photo file itself into the folder");
  }
  const info = await stat(real);
  if (!info.isFile()) return refuse(src, 'not-a-file', 'is a folder or a device, not a file: write the path of the photo file itself');
  if (info.size > maxPhotoBytes) {
    return refuse(src, 'too-large', `is ${Math.ceil(info.size / 1024 / 1024)} MB; the limit is ${maxPhotoBytes / 1024 / 1024} MB: save a smaller copy (a photo for the web needs no more than about 3000 pixels a side)`);
  }
  const bytes = await readFile(real);

  const expected = photoFormatOf(src) ?? '';
  let format: string | undefined;
  let pixels = 0;
  try {
    const metadata = await sharp(bytes).metadata();
    // sharp names AVIF and HEIC both heif; only AVIF is what .avif promises.
    format = metadata.format === 'heif' && metadata.compression !== 'av1' ? 'heic' : metadata.format;
    pixels = metadata.width * (metadata.pageHeight ?? metadata.height) * (metadata.pages ?? 1);
  } catch {
    return refuse(src, 'not-an-image', `is not an image (its bytes are not ${expected.toUpperCase()} nor any image format): save the photo again as a real ${path.extname(src)} file`);
  }
  if (format !== expected) {
    return refuse(src, 'wrong-type', `is named ${path.extname(src)} but holds a ${format.toUpperCase()} image: save it as ${expected.toUpperCase()}, or rename it to the extension of its type`);
  }
  if (pixels > maxPhotoPixels) {
    return refuse(src, 'too-large', `is ${Math.round(pixels / 1_000_000)} megapixels; the limit is ${maxPhotoPixels / 1_000_000}: save a smaller copy (a photo for the web needs no more than about 3000 pixels a side)`);
  }
  try {
    // Decode every pixel: a header can be right and the rest damaged or hostile.
    await sharp(bytes, { animated: true }).stats();
  } catch {
    return refuse(src, 'damaged', `is a damaged ${expected.toUpperCase()} file (it does not decode to the end): save the photo again from the original`);
  }
  return { photo: { src, realPath: real, format, bytes } };
}
