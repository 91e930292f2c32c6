import type { Override } from '../lib/convert/converter.ts';
import { loadGlossary } from './glossary-file.ts';
import { localizer, type Localizer } from '../lib/convert/localize.ts';
import type { Script, Variant } from '../lib/site/variants.ts';
import { glossaryFile } from './content-files.ts';
import { houseVocabulary } from '../lib/convert/house-vocabulary.ts';

let glossary: Override[] | undefined;

/** Returns the house vocabulary, then the site-wide glossary of protected names and terms (read once per build). */
export function siteGlossary(): Override[] {
  glossary ??= [...houseVocabulary, ...loadGlossary(glossaryFile)];
  return glossary;
}

/** Returns a localizer for text written in `from`, honouring the site glossary and the article's own overrides. */
export function localizerFor(from: Script, variant: Variant, articleOverrides: readonly Override[] = []): Localizer {
  return localizer(from, variant, [...siteGlossary(), ...articleOverrides]);
}
