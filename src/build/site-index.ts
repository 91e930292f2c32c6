import type { CollectionEntry } from 'astro:content';
import { articlesNewestFirst } from './articles.ts';
import { collectEntities, type EntityRecord } from '../lib/article/entities.ts';
import { relatedArticles } from '../lib/article/related.ts';
import { groupByMonth, type MonthKey } from '../lib/site/archive.ts';

/** Everything listings need about the archive, computed once per build. */
export interface SiteIndex {
  /** Every article, newest first. */
  readonly articles: readonly CollectionEntry<'articles'>[];
  readonly bySlug: ReadonlyMap<string, CollectionEntry<'articles'>>;
  /** Every entity across articles, merged by id. */
  readonly entities: readonly EntityRecord[];
  /** For each article, the slugs of its related stories, best first. */
  readonly related: ReadonlyMap<string, readonly string[]>;
  /** The archive's months, newest first, each with its articles newest first. */
  readonly months: readonly { month: MonthKey; items: CollectionEntry<'articles'>[] }[];
}

let index: Promise<SiteIndex> | undefined;

/** Returns the site index; every page of one build shares it, so the archive is read and ranked once. */
export function siteIndex(): Promise<SiteIndex> {
  index ??= build();
  return index;
}

async function build(): Promise<SiteIndex> {
  const articles = await articlesNewestFirst();
  const refs = articles.map((a) => ({ slug: a.id, data: a.data }));
  return {
    articles,
    bySlug: new Map(articles.map((a) => [a.id, a])),
    entities: collectEntities(refs),
    related: relatedArticles(refs),
    months: groupByMonth(articles, (a) => a.data.date),
  };
}
