import type { ArticleData } from './schema.ts';
import { isWriter, publishedAuthorName } from './authors.ts';
import { isoDay } from '../site/dates.ts';
import { isoDateTime } from '../site/publication-time.ts';
import { displayName, isRecipient, type EntityRecord } from './entities.ts';
import { absoluteUrl, articlePath, entityPath, homePath } from '../site/urls.ts';
import { ui } from '../site/ui.ts';
import type { Variant } from '../site/variants.ts';

/**
 * Text shown in one variant: the converter's localizer fits it. Declared here
 * because the article contract sits below the converter and is handed it.
 */
export interface TextInVariant {
  readonly variant: Variant;
  text(text: string): string;
}

const schemaTypeOf = { person: 'Person', organization: 'Organization', place: 'Place', group: 'Organization' } as const;

/** A photo as JSON-LD describes it: absolute URL, size, and its words in the page's script. */
export interface JsonLdPhoto {
  url: string;
  width: number;
  height: number;
  caption: string;
  credit: string;
}

/**
 * Returns schema.org NewsArticle data for one article in one variant. Writers
 * are its `author`s; photographers, editors and translators its
 * `contributor`s (a photographer did not write the story).
 */
export function newsArticleJsonLd(slug: string, data: ArticleData, t: TextInVariant, site: URL | string, photo?: JsonLdPhoto): Record<string, unknown> {
  const variant = t.variant;
  const url = absoluteUrl(articlePath(variant, slug), site);
  const thing = (entity: ArticleData['entities'][number]) => ({
    '@type': schemaTypeOf[entity.type],
    '@id': absoluteUrl(entityPath(variant, entity.id), site),
    name: t.text(displayName(entity)),
    ...(entity.aliases.length > 0 ? { alternateName: entity.aliases.map(t.text) } : {}),
  });
  const recipients = data.entities.filter(isRecipient);
  const person = (a: ArticleData['authors'][number]) => ({
    '@type': 'Person',
    // A partly lost name is published as what is known plus the lost-character mark, never guessed.
    name: publishedAuthorName(a, t.text),
    ...(a.incomplete ? { description: ui(variant, 'lostNameNote') } : {}),
  });
  const contributors = data.authors.filter((a) => !isWriter(a));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: t.text(data.title),
    ...(data.summary ? { description: t.text(data.summary) } : {}),
    datePublished: data.time !== undefined && data.timeZone !== undefined ? isoDateTime({ date: data.date, time: data.time, timeZone: data.timeZone }) : isoDay(data.date),
    ...(data.updated ? { dateModified: isoDay(data.updated) } : {}),
    inLanguage: variant.lang,
    author: data.authors.filter(isWriter).map(person),
    ...(contributors.length > 0 ? { contributor: contributors.map(person) } : {}),
    ...(photo
      ? {
          image: [
            {
              '@type': 'ImageObject',
              url: photo.url,
              contentUrl: photo.url,
              width: photo.width,
              height: photo.height,
              caption: photo.caption,
              creditText: photo.credit,
              creator: { '@type': 'Person', name: photo.credit },
            },
          ],
        }
      : {}),
    publisher: { '@type': 'Organization', name: ui(variant, 'siteName'), url: absoluteUrl(homePath(variant), site) },
    sourceOrganization: { '@type': 'Organization', name: t.text(data.source.name), ...(data.source.url ? { url: data.source.url } : {}) },
    isBasedOn: {
      '@type': 'NewsArticle',
      publisher: { '@type': 'Organization', name: t.text(data.source.name) },
      datePublished: data.time !== undefined && data.timeZone !== undefined ? isoDateTime({ date: data.date, time: data.time, timeZone: data.timeZone }) : isoDay(data.date),
      ...(data.source.url ? { url: data.source.url } : {}),
    },
    about: recipients.map(thing),
    mentions: data.entities.filter((e) => !recipients.includes(e)).map(thing),
  };
}

/** Returns schema.org data for an entity page: the entity with its other names, first position and awards. */
export function entityJsonLd(entity: EntityRecord, t: TextInVariant, site: URL | string): Record<string, unknown> {
  const awards = entity.roles.flatMap((r) => (r.award === undefined ? [] : [t.text(r.award)]));
  const firstPosition = entity.positions[0]?.position;
  return {
    '@context': 'https://schema.org',
    '@type': schemaTypeOf[entity.type],
    '@id': absoluteUrl(entityPath(t.variant, entity.id), site),
    name: t.text(displayName(entity)),
    ...(entity.aliases.length > 0 ? { alternateName: entity.aliases.map(t.text) } : {}),
    ...(entity.type === 'person' && firstPosition !== undefined ? { jobTitle: t.text(firstPosition) } : {}),
    ...(awards.length > 0 ? { award: awards } : {}),
  };
}
