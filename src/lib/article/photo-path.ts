/**
 * The form of a photo path an article may write, lead (`image.src`) and body
 * (`![…](./photo.jpg)`) alike. A photo path is the name of a file in the
 * article's own folder, never a module specifier: the bundler reads `?` and
 * `#` as a query and a fragment (`./chart.js?.png` imported chart.js and ran
 * it), Astro decodes `%2e%2e` to `..`, and a backslash is a separator on one
 * system and a character on another. So a path is refused for anything but
 * plain names joined by `/`, starting at the article's folder.
 *
 * This is the text half of one decision; `src/build/photo-file.ts` makes the
 * disk half (the real path after symlinks stays in the folder, the bytes are
 * an image of the named type) and is the only caller that admits a photo.
 */
import { quotable } from './characters.ts';

/** A rule a photo path or file broke, and what to do about it. */
export interface PhotoRefusal {
  /** A short, stable name of the rule: `query`, `parent-folder`, `outside-folder`… */
  readonly rule: string;
  /** What is wrong and what to do, for an editor; starts with the photo path. */
  readonly message: string;
}

/** The image format (as sharp names it) each accepted file extension promises. */
export const photoFormatOfExtension: Readonly<Record<string, string>> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  avif: 'heif',
  gif: 'gif',
  tif: 'tiff',
  tiff: 'tiff',
};

const extensions = Object.keys(photoFormatOfExtension);
const maxPhotoPath = 200;

const fix = 'rename the file to plain letters, digits, - and _ with its image extension, put it in the article\'s folder and write ./name.jpg';

/** One rule of the form of a photo path: the first it breaks is the one reported. */
interface PathRule {
  readonly rule: string;
  readonly breaks: (src: string) => boolean;
  /** Why, and what to write instead (follows «path»). */
  readonly says: string;
}

// Order matters only for which rule is named when several are broken; each
// rule alone refuses what it describes (tests/unit/article/photo-path.test.ts).
const pathRules: readonly PathRule[] = [
  { rule: 'empty', breaks: (src) => src === '', says: 'is empty: write the path of the photo file beside the article, ./photo.jpg' },
  { rule: 'too-long', breaks: (src) => src.length > maxPhotoPath, says: `is longer than ${maxPhotoPath} characters: give the file a shorter name` },
  {
    rule: 'spaces-or-controls',
    breaks: (src) => /[\s\p{Cc}\p{Cf}]/u.test(src),
    says: `holds a space, line break or invisible character, which the bundler and web addresses read differently: ${fix}`,
  },
  {
    rule: 'web-address',
    breaks: (src) => /^[a-z][a-z0-9+.-]*:/i.test(src),
    says:
      'is a web address or a drive: an article shows only photos stored beside it, never one fetched from elsewhere: ' +
      'save the photo (its rights cleared) in the article\'s folder and write ./photo.jpg',
  },
  {
    rule: 'backslash',
    breaks: (src) => src.includes('\\'),
    says: `holds a backslash, a folder separator on Windows and a character elsewhere: write folders with /, and ${fix}`,
  },
  {
    rule: 'query',
    breaks: (src) => src.includes('?'),
    says: `holds a ?, which the bundler reads as the start of a query and so loads another file (as code, if it is code): ${fix}`,
  },
  {
    rule: 'fragment',
    breaks: (src) => src.includes('#'),
    says: `holds a #, which the bundler reads as the start of a fragment and so loads another file: ${fix}`,
  },
  {
    rule: 'percent-encoding',
    breaks: (src) => src.includes('%'),
    says: `holds a %, which is decoded before the file is read (%2e%2e is .., a way out of the folder): write the file name as it is on disk; ${fix}`,
  },
  {
    rule: 'absolute',
    breaks: (src) => src.startsWith('/') || src.startsWith('~'),
    says: 'starts at the top of the disk or a home folder: a photo is a file in the article\'s own folder: put it there and write ./photo.jpg',
  },
  {
    rule: 'parent-folder',
    breaks: (src) => src.split('/').includes('..'),
    says: 'climbs out of its folder with ..: a photo is a file in the article\'s own folder (or a folder inside it): put it there and write ./photo.jpg',
  },
  {
    rule: 'relative',
    breaks: (src) => !src.startsWith('./'),
    says: 'must start with ./, the article\'s folder: write ./photo.jpg (or ./folder/photo.jpg)',
  },
  {
    rule: 'plain-segments',
    breaks: (src) => src.slice(2).split('/').some((segment) => segment === '' || segment === '.' || segment.startsWith('.')),
    says: 'has an empty, . or hidden (.name) part: write each folder and the file by its plain name, ./folder/photo.jpg',
  },
  {
    // What is left after the rules above, held to letters (any script), digits, - and _: no character the
    // bundler, a URL or a srcset list reads as syntax (, ( ) ' " & : * ! @ …) can reach them.
    rule: 'plain-characters',
    breaks: (src) => src.slice(2).split('/').some((segment) => !/^[\p{L}\p{M}\p{N}_-][\p{L}\p{M}\p{N}._-]*$/u.test(segment)),
    says: `holds a character other than letters, digits, -, _ and the dots of the extension: ${fix}`,
  },
  {
    rule: 'image-extension',
    breaks: (src) => !extensions.includes(src.slice(src.lastIndexOf('.') + 1).toLowerCase()) || src.lastIndexOf('.') <= src.lastIndexOf('/'),
    says: `does not name an image file: a photo ends in ${extensions.map((e) => `.${e}`).join(', ')}; save it as one of those`,
  },
];

/**
 * Returns the rule a photo path breaks, or undefined when its form is that of
 * a file in the article's folder. Only the form: whether the file is there,
 * stays in the folder after symlinks, and is an image is
 * `src/build/photo-file.ts`'s to say.
 */
export function photoPathRefusal(src: string): PhotoRefusal | undefined {
  const broken = pathRules.find((rule) => rule.breaks(src));
  return broken && { rule: broken.rule, message: `the photo path «${quotable(src)}» ${broken.says} (rule: ${broken.rule})` };
}

/** Returns the image format (sharp's name) that the extension of an accepted photo path promises. */
export function photoFormatOf(src: string): string | undefined {
  return photoFormatOfExtension[src.slice(src.lastIndexOf('.') + 1).toLowerCase()];
}
