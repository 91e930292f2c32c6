import type { ArticleData } from './schema.ts';

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
