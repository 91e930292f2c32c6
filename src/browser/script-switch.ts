import { findVariant } from '../lib/site/variants.ts';
import { rememberVariant } from '../lib/site/preference.ts';
import { PARAGRAPH_ID, paragraphInView } from '../lib/site/reading-position.ts';

/** Makes the script switch keep the reader's paragraph and remember the choice. */
export function enhanceScriptSwitch(root: Document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-variant-switch]')) {
    link.addEventListener('click', () => {
      const target = findVariant(link.dataset['variantSwitch'] ?? '');
      if (target) rememberVariant(() => window.localStorage, target);
      const boxes = [...root.querySelectorAll<HTMLElement>('[id]')]
        .filter((el) => PARAGRAPH_ID.test(el.id))
        .map((el) => {
          const rect = el.getBoundingClientRect();
          return { id: el.id, top: rect.top, bottom: rect.bottom };
        });
      const id = paragraphInView(boxes, window.innerHeight);
      const url = new URL(link.href);
      url.hash = id ?? '';
      link.href = url.href;
    });
  }
}
