/**
 * What the index stores for a page and the search page reads back: the
 * contract between the build (integrations/pagefind.ts) and the browser.
 * Pagefind stores record metadata as strings; lists are joined with a newline.
 */

/** Metadata stored with every record, in the script of the page it describes. */
export interface SearchRecord {
  /** Whether the page is an article or an entity (person, organisation, place, group). */
  readonly kind: 'article' | 'entity';
  /** The page's title as the reader sees it. */
  readonly title: string;
  /** The page's indexed text as the reader sees it: excerpts are cut from it. */
  readonly text: string;
  /** An entity's type in words (地方, 人物); empty for articles. */
  readonly typeLabel: string;
  /** An entity's other names: its bare name where the title adds a count, and its aliases (full official names). */
  readonly aliases: readonly string[];
  /** The awards an entity received. */
  readonly awards: readonly string[];
  /** An entity's newest position with its date (副局长（2023年）); empty for articles and for entities without one. */
  readonly position: string;
  /** An article's people and source: its byline and credit names and its source's name; empty for entities. */
  readonly names: readonly string[];
  /** An article's entities: their names and aliases; empty for entities. */
  readonly entities: readonly string[];
}

const listSeparator = '\n';

/** Returns the Pagefind metadata that stores a record. */
export function recordMeta(record: SearchRecord): Record<string, string> {
  return {
    kind: record.kind,
    title: record.title,
    text: record.text,
    typeLabel: record.typeLabel,
    aliases: record.aliases.join(listSeparator),
    awards: record.awards.join(listSeparator),
    position: record.position,
    names: record.names.join(listSeparator),
    entities: record.entities.join(listSeparator),
  };
}

/** Returns the record stored as Pagefind metadata, tolerating missing fields. */
export function readRecordMeta(meta: Readonly<Record<string, string | undefined>>): SearchRecord {
  const list = (value: string | undefined) => (value ? value.split(listSeparator).filter(Boolean) : []);
  return {
    kind: meta['kind'] === 'article' ? 'article' : 'entity',
    title: meta['title'] ?? '',
    text: meta['text'] ?? '',
    typeLabel: meta['typeLabel'] ?? '',
    aliases: list(meta['aliases']),
    awards: list(meta['awards']),
    position: meta['position'] ?? '',
    names: list(meta['names']),
    entities: list(meta['entities']),
  };
}
