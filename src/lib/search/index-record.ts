/**
 * What one built page becomes in the index: which variant's readers see it,
 * which types it can be narrowed to, and the record shown as a result.
 */
import { findVariant, type Variant } from '../site/variants.ts';
import type { IndexedPage } from './html-page.ts';
import type { IndexedText } from './query.ts';
import type { SearchRecord } from './record.ts';
import { parseSearchType, type SearchType } from './url-state.ts';

/** A page ready for the index. */
export interface IndexRecord {
  readonly url: string;
  readonly variant: Variant;
  readonly types: readonly SearchType[];
  readonly record: SearchRecord;
  /** The page's place in the results, larger first (see `resultOrderOf`). */
  readonly order: string;
  /** The page as read, for what else is built from it (the name index reads bylines, sources, positions). */
  readonly page: IndexedPage;
}

/**
 * Returns the key results are sorted by, largest first: articles before
 * entity pages (an entity page lists stories; the name index and the exact
 * name put the one entity asked for first, see rank.ts), then newer before
 * older, by the page's `data-pagefind-sort="date"` (YYYY-MM-DD; for an
 * entity, its newest story). A page without a date comes last of its kind.
 *
 * A string, never a number: Pagefind parses numeric sort values as 32-bit
 * floats, which cannot tell 20230101 from 20230102 (24 bits of mantissa), so
 * a number like `1e8 + day` sorted neighbouring days at random.
 */
export function resultOrderOf(kind: SearchRecord['kind'], date: string | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  const day = match ? `${match[1]}-${match[2]}-${match[3]}` : '0000-00-00';
  return `${kind === 'article' ? 'b' : 'a'}${day}`;
}

/** Returns the names of a `data-pagefind-meta` list: the page gives them one a line, which html-page.ts reads as spaces. */
function namesOf(values: readonly string[] | undefined): string[] {
  return [...new Set((values ?? []).flatMap((value) => value.split(/\s+/)).filter(Boolean))];
}

/**
 * Returns the index record of a page at `url`. Throws, naming the page and
 * what to add, when the page is indexed but its language or type is not one
 * the search page can filter by.
 */
export function indexRecordOf(page: IndexedPage, url: string): IndexRecord {
  const variant = findVariant(page.lang);
  if (!variant) {
    throw new Error(`${url}: <html lang="${page.lang}"> is not a script variant of this site, so its data-pagefind-body cannot be searched. Use one of the langs in src/lib/site/variants.ts.`);
  }
  const declared = page.filters['type'] ?? [];
  const types = declared.map(parseSearchType).filter((type) => type !== undefined);
  const unknown = declared.filter((value) => parseSearchType(value) === undefined);
  if (types.length === 0 || unknown.length > 0) {
    throw new Error(
      `${url}: data-pagefind-filter="type:…" ${unknown.length > 0 ? `has unknown value(s) ${unknown.map((u) => `"${u}"`).join(', ')}` : 'is missing'}; ` +
        `give the indexed element type:article or the entity's type (person, organization, place, group), plus type:recipient for award recipients.`,
    );
  }
  const kind = types.includes('article') ? 'article' : 'entity';
  return {
    url,
    variant,
    types,
    order: resultOrderOf(kind, page.sorts['date']?.[0]),
    page,
    record: {
      kind,
      title: page.title,
      text: page.text,
      typeLabel: kind === 'entity' ? (page.meta['type']?.[0] ?? '') : '',
      // `name` is the bare name where the title adds to it (7家示范企业 is the group 示范企业).
      aliases: [...new Set([...(page.meta['name'] ?? []), ...(page.meta['alias'] ?? [])])].filter((name) => name !== page.title),
      awards: page.meta['award'] ?? [],
      position: kind === 'entity' ? (page.meta['position']?.[0] ?? '') : '',
      names: kind === 'article' ? namesOf(page.meta['names']) : [],
      entities: kind === 'article' ? namesOf(page.meta['entities']) : [],
    },
  };
}

/** Returns the site URL of a built HTML file from its path inside the output directory (`zh-hant/search/index.html` → `/zh-hant/search/`). */
export function pageUrlOf(relativePath: string): string {
  const path = relativePath.split(/[\\/]+/).filter(Boolean).join('/');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

/** The lead of a story for ranking: its text up to the end of the first sentence, at most this many characters. */
const leadLength = 120;

/** Returns a story's lead: its first sentence (to the first 。！？), cut at `leadLength` characters. */
export function leadOf(text: string): string {
  const end = text.search(/[。！？!?]/u);
  return [...(end === -1 ? text : text.slice(0, end + 1))].slice(0, leadLength).join('');
}

/**
 * Returns what a record gives the index (query.ts): all its text, names
 * included; for an article, what it is about (title, lead, entities); for an
 * entity page, its name and aliases to match whole. An entity page is about
 * nothing in this sense: it lists stories, and ranks below the stories about
 * the query unless the query is exactly its name.
 */
export function indexedTextOf(record: SearchRecord): IndexedText {
  const head = record.text.includes(record.title) ? '' : `${record.title} `;
  const all = [head + record.text, ...record.names, ...record.entities, ...record.aliases, record.position].filter(Boolean).join(' ');
  if (record.kind === 'entity') return { all, about: '', names: [record.title, ...record.aliases] };
  return { all, about: [record.title, leadOf(record.text), ...record.entities].join(' '), names: [] };
}
