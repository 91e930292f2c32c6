import type { ArticleData } from './schema.ts';

/** A photo file beside the article: a relative path to an image Astro can optimise (./lead.jpg). */
export const localPhotoPattern = /^\.{1,2}\/[^\s]+\.(?:jpe?g|png|webp|avif|tiff?|gif)$/i;

/**
 * Returns true when `src` names a photo file stored beside the article (./lead.jpg, or ../photos/lead.jpg
 * for a shared folder next to the articles), not one on another site or climbing further up the disk.
 */
export function isLocalPhotoPath(src: string): boolean {
  return localPhotoPattern.test(src) && src.split('/').slice(1).every((segment) => segment !== '..' && segment !== '.' && segment !== '');
}

// `![alt](./photo.jpg "caption")`: a photo in the body of an article.
const bodyPhoto = /!\[[^\]]*\]\([^)\s]+(?:\s+"[^"]*")?\)/;

/** Returns true when an article shows photos: a lead photo, or one in its body. */
export function showsPhotos(data: Pick<ArticleData, 'image'>, body: string): boolean {
  return data.image !== undefined || bodyPhoto.test(body);
}

/**
 * Returns true when the byline credits a photographer (圖／周欣) but the
 * article shows no photo: the reader must be told the photos are not here.
 */
export function creditedPhotosMissing(data: Pick<ArticleData, 'image' | 'authors'>, body: string): boolean {
  return data.authors.some((a) => a.role === 'photo') && !showsPhotos(data, body);
}

/** A photo file an article refers to, and where. */
export interface PhotoReference {
  /** The path as written, relative to the article file. */
  src: string;
  /** `image.src`, or `body (line N)`. */
  field: string;
}

/** Returns every photo file an article refers to: its lead photo, then each photo in its body, with the line it is on. */
export function photoReferences(data: Pick<ArticleData, 'image'>, body: string, bodyLine: number): PhotoReference[] {
  const references: PhotoReference[] = [];
  if (typeof data.image?.src === 'string') references.push({ src: data.image.src, field: 'image.src' });
  for (const match of body.matchAll(/!\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const src = match[1] ?? '';
    // Photos from other sites are not ours to publish, and Astro would fetch them at build time.
    if (/^[a-z]+:/i.test(src)) continue;
    const line = bodyLine + body.slice(0, match.index).split('\n').length - 1;
    references.push({ src, field: `body (line ${line})` });
  }
  return references;
}
