/**
 * The order of results. Pagefind scores every exact-phrase hit the same, and
 * a reader looking for 钱俊君 wants 钱俊君's page before the article that
 * mentions him, so the order is ours: how well the names match, then how
 * often the terms occur.
 */
import { occurrences } from './match.ts';

/** The folded text of a result that ranking looks at. */
export interface RankedText {
  /** The folded title. */
  readonly title: string;
  /** The folded name and aliases of an entity; empty for an article. */
  readonly names: readonly string[];
  /** The folded body text. */
  readonly body: string;
}

/**
 * Returns the tier of a result, lower first: 0 a name or alias is exactly
 * the query; 1 every term is in the title or a name; 2 some term is; 3 the
 * terms are only in the body.
 */
export function relevanceTier(result: RankedText, terms: readonly string[]): number {
  const heads = [result.title, ...result.names];
  const exact = (head: string) => head.replaceAll(' ', '') === terms.join('');
  if (terms.length === 1 && heads.some(exact)) return 0;
  const inHead = (term: string) => heads.some((head) => head.includes(term));
  if (terms.every(inHead)) return 1;
  if (terms.some(inHead)) return 2;
  return 3;
}

/** Returns the results in reading order: by tier, then by how often the terms occur, then as they came. */
export function rankResults<T extends RankedText>(results: readonly T[], terms: readonly string[]): T[] {
  return results
    .map((result, index) => ({ result, index, tier: relevanceTier(result, terms), count: occurrences(result.body, terms) }))
    .sort((a, b) => a.tier - b.tier || b.count - a.count || a.index - b.index)
    .map(({ result }) => result);
}
