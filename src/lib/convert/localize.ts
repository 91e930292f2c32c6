import { convertHtml, convertText, type Override } from './converter.ts';
import type { Script, Variant } from '../site/variants.ts';

/** Converts the strings of one article (or entity) into one variant. */
export interface Localizer {
  variant: Variant;
  /** Returns plain text in the variant's script. */
  text(text: string): string;
  /** Returns rendered HTML with its text nodes in the variant's script. */
  html(html: string): string;
}

/** Returns a localizer for text written in `from`, honouring the given overrides (glossary first, then the article's). */
export function localizer(from: Script, variant: Variant, overrides: readonly Override[]): Localizer {
  const options = { from, to: variant, overrides };
  return {
    variant,
    text: (text) => convertText(text, options),
    html: (html) => convertHtml(html, options),
  };
}
