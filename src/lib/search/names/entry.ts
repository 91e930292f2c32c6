/**
 * What one row of the name index is: a person, organisation, place or group
 * with a page of its own, or a byline or source, whose row points to a search
 * for its stories. Everything in it is in the script of the variant whose
 * index holds it; the browser shows it as text, never as markup.
 */

/** The kinds of name the index holds: the entity types, plus bylines and sources. */
export const nameKinds = ['person', 'organization', 'place', 'group', 'byline', 'source'] as const;
export type NameKind = (typeof nameKinds)[number];

/** One row of the name index. */
export interface NameEntry {
  readonly kind: NameKind;
  /** The name as the page shows it (a group's title: 2023年湖南省商業秘密保護示範企業（7家））. */
  readonly name: string;
  /** Other names that find it: a group's bare name, an organisation's full official name. */
  readonly aliases: readonly string[];
  /** The kind in words (人物, 機構, 作者). */
  readonly label: string;
  /** The latest position with its date, as the entity page words it (2023年2月時任…); empty when none. */
  readonly position: string;
  /** The awards it received. */
  readonly awards: readonly string[];
  /** Whether it received an award. */
  readonly recipient: boolean;
  /** Its page, or for a byline or source the search for its stories. */
  readonly url: string;
  /** How many stories it appears in. */
  readonly stories: number;
  /** The date of its newest story (YYYY-MM-DD), or empty. */
  readonly latest: string;
}

/** An entry as stored in a shard file: short keys, empty fields left out, so a shard stays a few KB. */
export interface StoredEntry {
  k: NameKind;
  n: string;
  a?: string[];
  l: string;
  p?: string;
  w?: string[];
  r?: 1;
  u: string;
  c: number;
  d?: string;
}

/** Returns the stored form of an entry; `readEntry` reads it back. */
export function storeEntry(entry: NameEntry): StoredEntry {
  const stored: StoredEntry = { k: entry.kind, n: entry.name, l: entry.label, u: entry.url, c: entry.stories };
  if (entry.aliases.length > 0) stored.a = [...entry.aliases];
  if (entry.position) stored.p = entry.position;
  if (entry.awards.length > 0) stored.w = [...entry.awards];
  if (entry.recipient) stored.r = 1;
  if (entry.latest) stored.d = entry.latest;
  return stored;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** Returns the entry a shard stored, tolerating missing or malformed fields, or undefined when it has no kind, name or site path (a file from another build is data, not trusted code). */
export function readEntry(stored: unknown): NameEntry | undefined {
  if (stored === null || typeof stored !== 'object') return undefined;
  const s = stored as Record<string, unknown>;
  const kind = nameKinds.find((k) => k === s['k']);
  const name = text(s['n']);
  const url = text(s['u']);
  // Only a path on this site becomes a link: never another origin, never javascript:.
  if (!kind || !name || !url.startsWith('/') || url.startsWith('//') || url.includes('\\')) return undefined;
  const stories = typeof s['c'] === 'number' && Number.isFinite(s['c']) ? s['c'] : 0;
  return {
    kind,
    name,
    aliases: texts(s['a']),
    label: text(s['l']),
    position: text(s['p']),
    awards: texts(s['w']),
    recipient: s['r'] === 1,
    url,
    stories,
    latest: text(s['d']),
  };
}
