import { findVariant, variantForLanguages } from '../lib/site/variants.ts';
import { rememberVariant, rememberedVariant } from '../lib/site/preference.ts';
import { homePath } from '../lib/site/urls.ts';

/**
 * Sends the reader from `/` to their variant: the one they chose before,
 * else the one their browser's languages prefer. The page itself offers
 * both links, so without JavaScript the reader simply picks one.
 */
export function chooseVariant(root: Document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-variant-choice]')) {
    link.addEventListener('click', () => {
      const chosen = findVariant(link.dataset['variantChoice'] ?? '');
      if (chosen) rememberVariant(() => window.localStorage, chosen);
    });
  }
  const variant = rememberedVariant(() => window.localStorage) ?? variantForLanguages(navigator.languages);
  window.location.replace(homePath(variant));
}
