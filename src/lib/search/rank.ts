/**
 * The order of results. The index hands candidates over entity pages first,
 * then newest first (see index-record.ts); a reader looking for 钱俊君 wants
 * 钱俊君's own page before anything else, so a page whose name or alias is
 * exactly the query moves to the front and the rest keep the index's order.
 */

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

/** Returns the results in reading order: exact names and aliases first, then the rest as the index ordered them. */
export function rankResults<T extends RankedText>(results: readonly T[], terms: readonly string[]): T[] {
  return results
    .map((result, index) => ({ result, index, exact: relevanceTier(result, terms) === 0 }))
    .sort((a, b) => Number(b.exact) - Number(a.exact) || a.index - b.index)
    .map(({ result }) => result);
}
