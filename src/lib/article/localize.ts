import { convertHtml, convertText, loadGlossary, type Override } from '../convert/converter.ts';
import type { Script, Variant } from '../variants.ts';

let glossary: Override[] | undefined;

/** Returns the site-wide glossary of protected names and terms, read once per build. */
export function siteGlossary(): Override[] {
  glossary ??= loadGlossary(`${process.env.CONTENT_DIR ?? 'content'}/glossary.yaml`);
  return glossary;
}

/** Converts the strings of one article (or entity) into one variant. */
export interface Localizer {
  variant: Variant;
  /** Returns plain text in the variant's script. */
  text(text: string): string;
  /** Returns rendered HTML with its text nodes in the variant's script. */
  html(html: string): string;
}

/** Returns a localizer for text written in `from`, honouring the glossary and the article's overrides. */
export function localizer(from: Script, variant: Variant, articleOverrides: readonly Override[] = []): Localizer {
  const options = { from, to: variant, overrides: [...siteGlossary(), ...articleOverrides] };
  return {
    variant,
    text: (text) => convertText(text, options),
    html: (html) => convertHtml(html, options),
  };
}
