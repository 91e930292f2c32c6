/**
 * The rows of a variant's name index, from the records of its built pages:
 * one per entity page (its title, other names, type, latest dated position,
 * awards, story count), and one per byline name and per source, merged
 * across the variant's articles by their folded name (錢俊君 and 钱俊君 are
 * one byline), each pointing to a search for its stories.
 */
import { entityTypeOrder } from '../../article/entities.ts';
import { searchUrl } from '../history.ts';
import type { IndexRecord } from '../index-record.ts';
import { searchPath } from '../../site/urls.ts';
import { ui } from '../../site/ui.ts';
import type { Variant } from '../../site/variants.ts';
import type { FoldTable } from '../fold.ts';
import type { NameEntry } from './entry.ts';
import { nameKey } from './name-key.ts';

/** Returns the name rows of one variant's pages among `records`. */
export function nameEntriesOf(records: readonly IndexRecord[], variant: Variant, table: FoldTable): NameEntry[] {
  const own = records.filter((r) => r.variant.key === variant.key);
  const entries: NameEntry[] = [];
  const credited = new Map<string, { kind: 'byline' | 'source'; name: string; stories: number; latest: string }>();
  for (const { url, types, record, page } of own) {
    const latest = page.sorts['date']?.[0] ?? '';
    if (record.kind === 'entity') {
      const kind = entityTypeOrder.find((type) => types.includes(type));
      if (!kind) continue;
      const stories = Number(page.meta['stories']?.[0] ?? '0');
      entries.push({
        kind,
        name: record.title,
        aliases: record.aliases,
        label: record.typeLabel,
        position: page.meta['position']?.[0] ?? '',
        awards: record.awards,
        recipient: types.includes('recipient'),
        url,
        stories: Number.isFinite(stories) ? stories : 0,
        latest,
      });
      continue;
    }
    const names = [...(page.meta['byline'] ?? []).map((name) => ({ kind: 'byline' as const, name })), ...(page.meta['source'] ?? []).map((name) => ({ kind: 'source' as const, name }))];
    const seen = new Set<string>();
    for (const { kind, name } of names) {
      const key = `${kind}:${nameKey(name, table)}`;
      if (seen.has(key) || key === `${kind}:`) continue;
      seen.add(key);
      const row = credited.get(key) ?? { kind, name, stories: 0, latest: '' };
      row.stories += 1;
      // The newest story's spelling names the row.
      if (latest > row.latest) {
        row.latest = latest;
        row.name = name;
      }
      credited.set(key, row);
    }
  }
  for (const { kind, name, stories, latest } of credited.values()) {
    entries.push({
      kind,
      name,
      aliases: [],
      label: ui(variant, kind === 'byline' ? 'author' : 'source'),
      position: '',
      awards: [],
      recipient: false,
      url: searchUrl(searchPath(variant), { query: name, type: 'article' }),
      stories,
      latest,
    });
  }
  return entries;
}
