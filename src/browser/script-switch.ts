import { findVariant } from '../lib/site/variants.ts';
import { rememberVariant } from '../lib/site/preference.ts';
import { currentPlace, keepPlace, restorePlace } from './reading-place.ts';

/**
 * Makes the script switch keep the reader's line and remember the choice: the
 * paragraph goes in the link's #hash (what a browser without storage still
 * follows), the line's character offset in this tab's session storage.
 */
export function enhanceScriptSwitch(root: Document): void {
  restorePlace(root);
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-variant-switch]')) {
    link.addEventListener('click', () => {
      const target = findVariant(link.dataset['variantSwitch'] ?? '');
      if (target) rememberVariant(() => window.localStorage, target);
      const url = new URL(link.href);
      const place = currentPlace(root, url.pathname);
      url.hash = place?.id ?? '';
      link.href = url.href;
      if (place) keepPlace(place);
    });
  }
}
