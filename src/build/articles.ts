import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst } from '../lib/article/newest-first.ts';

/** Returns every article, newest first (ties broken by slug so builds are reproducible). */
export async function articlesNewestFirst(): Promise<CollectionEntry<'articles'>[]> {
  return newestFirst(await getCollection('articles'), (a) => ({ date: a.data.date, slug: a.id }));
}
