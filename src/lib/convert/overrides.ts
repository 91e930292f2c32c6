import type { Script } from '../site/variants.ts';
import type { Override } from '../article/override-schema.ts';

// What an override is belongs to the article contract (src/lib/article/override-schema.ts).
export type { Override };

/** A piece of text: either plain text for OpenCC, or a match of one override. */
export type Segment = { readonly text: string; readonly override?: undefined } | { readonly text: string; readonly override: Override };

/** Overrides of one source script, grouped by the first UTF-16 unit of their source form. */
interface OverrideIndex {
  readonly byFirstUnit: ReadonlyMap<string, readonly { readonly source: string; readonly override: Override }[]>;
}

const emptyIndex: OverrideIndex = { byFirstUnit: new Map() };
const indexes = new WeakMap<readonly Override[], Map<Script, OverrideIndex>>();

/**
 * Returns the lookup for `overrides` read from `from`, built once per list.
 * When two entries share a source form the later one wins, so a list built as
 * `[...glossary, ...articleOverrides]` lets an article refine the glossary.
 */
function indexFor(overrides: readonly Override[] | undefined, from: Script): OverrideIndex {
  if (!overrides || overrides.length === 0) return emptyIndex;
  let byScript = indexes.get(overrides);
  if (!byScript) {
    byScript = new Map();
    indexes.set(overrides, byScript);
  }
  const cached = byScript.get(from);
  if (cached) return cached;

  const bySource = new Map<string, Override>();
  for (const override of overrides) {
    const source = override[from];
    // An empty source would match everywhere and never advance.
    if (typeof source === 'string' && source !== '') bySource.set(source, override);
  }
  const byFirstUnit = new Map<string, { source: string; override: Override }[]>();
  for (const [source, override] of bySource) {
    const key = source.charAt(0);
    const bucket = byFirstUnit.get(key) ?? [];
    bucket.push({ source, override });
    byFirstUnit.set(key, bucket);
  }
  for (const bucket of byFirstUnit.values()) bucket.sort((a, b) => b.source.length - a.source.length);
  const index: OverrideIndex = { byFirstUnit };
  byScript.set(from, index);
  return index;
}

/**
 * Returns `text` cut into plain runs and override matches, scanning left to
 * right and taking the longest source form that starts at each position.
 */
export function splitByOverrides(text: string, overrides: readonly Override[] | undefined, from: Script): Segment[] {
  const index = indexFor(overrides, from);
  if (index.byFirstUnit.size === 0) return text === '' ? [] : [{ text }];
  const segments: Segment[] = [];
  let plainStart = 0;
  let position = 0;
  while (position < text.length) {
    const bucket = index.byFirstUnit.get(text.charAt(position));
    const match = bucket?.find((candidate) => text.startsWith(candidate.source, position));
    if (match) {
      if (plainStart < position) segments.push({ text: text.slice(plainStart, position) });
      segments.push({ text: match.source, override: match.override });
      position += match.source.length;
      plainStart = position;
    } else {
      position += 1;
    }
  }
  if (plainStart < text.length) segments.push({ text: text.slice(plainStart) });
  return segments;
}

/**
 * Returns the overrides that never match any of `sourceTexts` (written in
 * `from`): absent from every text, or always inside a longer override, or
 * replaced by a later entry with the same source form. The build warns about
 * each one so a stale or mistyped entry does not linger unnoticed.
 */
export function findUnusedOverrides(overrides: readonly Override[], from: Script, sourceTexts: readonly string[]): Override[] {
  const used = new Set<Override>();
  for (const text of sourceTexts) {
    for (const segment of splitByOverrides(text, overrides, from)) {
      if (segment.override) used.add(segment.override);
    }
  }
  return overrides.filter((override) => !used.has(override));
}
