import { getCollection, type CollectionEntry } from 'astro:content';

/** Returns every article, newest first (ties broken by slug so builds are reproducible). */
export async function articlesNewestFirst(): Promise<CollectionEntry<'articles'>[]> {
  const articles = await getCollection('articles');
  return articles.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}
