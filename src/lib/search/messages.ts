/**
 * What the search page's script says: a typed subset of the one interface
 * dictionary (site/ui.ts), which the search page serialises into its form's
 * `data-messages`. `{count}` and `{query}` are filled in by the script,
 * always as text (fill-message.ts).
 */
import { ui, type UiKey } from '../site/ui.ts';
import type { Variant } from '../site/variants.ts';

/** Each message the search script uses, and the dictionary entry it comes from. */
const searchMessageKeys = {
  loading: 'searchLoading',
  prompt: 'searchPrompt',
  found: 'searchFound',
  listed: 'searchListed',
  foundSince: 'searchFoundSince',
  listedSince: 'searchListedSince',
  none: 'searchNone',
  noneListed: 'searchNoneListed',
  failed: 'searchFailed',
  more: 'searchMore',
  narrow: 'searchNarrow',
  all: 'searchAll',
  article: 'article',
  awards: 'awards',
  aliases: 'aliases',
  positions: 'positions',
  didYouMean: 'didYouMean',
  articleCount: 'articleCount',
} as const satisfies Record<string, UiKey>;

/** The search page's messages in one variant. */
export type SearchMessages = Record<keyof typeof searchMessageKeys, string>;

/** Returns every search page message in a variant's script and wording. */
export function searchMessages(variant: Variant): SearchMessages {
  return Object.fromEntries(Object.entries(searchMessageKeys).map(([name, key]) => [name, ui(variant, key)])) as SearchMessages;
}
