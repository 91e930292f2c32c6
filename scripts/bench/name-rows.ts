/**
 * The name rows a benchmark archive gives, computed from its articles'
 * frontmatter the way the built pages give them (entity title, other names,
 * dated position, awards, story count; bylines and sources merged by name),
 * so the name index can be measured at sizes the machine cannot build
 * (`node scripts/measure-names.ts --corpus 10000`). The built site remains
 * the truth: `node scripts/measure-names.ts dist` reads what a build wrote.
 */
import * as yaml from 'js-yaml';
import { collectEntities, isRecipient, type ArticleRef } from '../../src/lib/article/entities.ts';
import { datedPosition, entityTitle } from '../../src/lib/article/entity-wording.ts';
import { articleSchema, type ArticleData } from '../../src/lib/article/schema.ts';
import { convertText } from '../../src/lib/convert/converter.ts';
import type { FoldTable } from '../../src/lib/search/fold.ts';
import { searchUrl } from '../../src/lib/search/history.ts';
import type { NameEntry } from '../../src/lib/search/names/entry.ts';
import { nameKey } from '../../src/lib/search/names/name-key.ts';
import { isoDay } from '../../src/lib/site/dates.ts';
import { entityTypeLabel, ui } from '../../src/lib/site/ui.ts';
import { entityPath, searchPath } from '../../src/lib/site/urls.ts';
import type { Variant } from '../../src/lib/site/variants.ts';
import type { CorpusArticle } from './corpus.ts';

/** Returns the articles' frontmatter as the entity index reads it: parsed by the article schema, so defaults are filled in as in a build. */
export function articleRefs(articles: readonly CorpusArticle[]): ArticleRef[] {
  return articles.map(({ slug, source }) => {
    const front = yaml.load(source.split(/^---$/m)[1] ?? '', { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
    const data = articleSchema.parse(front) as unknown as ArticleData;
    return { slug, data };
  });
}

/** Returns the name rows of one variant, as `nameEntriesOf` would read them from the built pages. */
export function corpusNameRows(refs: readonly ArticleRef[], variant: Variant, table: FoldTable): NameEntry[] {
  const t = (text: string, from: ArticleData['script']) => convertText(text, { from, to: variant });
  const rows: NameEntry[] = collectEntities(refs).map((entity) => {
    const name = t(entityTitle(variant, entity), entity.script);
    const position = entity.positions[0];
    return {
      kind: entity.type,
      name,
      aliases: [...new Set([t(entity.name, entity.script), ...entity.aliases.map((a) => t(a, entity.script))])].filter((a) => a !== name),
      label: entityTypeLabel(variant, entity.type),
      position: position ? datedPosition(variant, t(position.position, entity.script), position.date) : '',
      awards: [...new Set(entity.roles.flatMap((r) => (r.award === undefined ? [] : [t(r.award, entity.script)])))],
      recipient: isRecipient(entity),
      url: entityPath(variant, entity.id),
      stories: entity.appearances.length,
      latest: entity.appearances[0] ? isoDay(entity.appearances[0].date) : '',
    };
  });
  const credited = new Map<string, NameEntry>();
  for (const { data } of refs) {
    const day = isoDay(data.date);
    const names = [...data.authors.map((a) => ({ kind: 'byline' as const, name: t(a.name, data.script) })), { kind: 'source' as const, name: t(data.source.name, data.script) }];
    for (const { kind, name } of names) {
      const key = `${kind}:${nameKey(name, table)}`;
      const row = credited.get(key);
      const latest = row && row.latest > day ? row.latest : day;
      credited.set(key, {
        kind,
        name: row && row.latest > day ? row.name : name,
        aliases: [],
        label: ui(variant, kind === 'byline' ? 'author' : 'source'),
        position: '',
        awards: [],
        recipient: false,
        url: searchUrl(searchPath(variant), { query: row && row.latest > day ? row.name : name, type: 'article' }),
        stories: (row?.stories ?? 0) + 1,
        latest,
      });
    }
  }
  return [...rows, ...credited.values()];
}
