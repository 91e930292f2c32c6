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

// One localizer per (script, variant, overrides list): the converter indexes an
// overrides list once per list object, so a fresh list per call would rebuild the
// index for every page that lists articles (the front page, every entity page).
const withoutOverrides = new Map<string, Localizer>();
const withOverrides = new WeakMap<readonly Override[], Map<string, Localizer>>();

/** Returns a localizer for text written in `from`, honouring the site glossary and the article's own overrides. */
export function localizerFor(from: Script, variant: Variant, articleOverrides: readonly Override[] = []): Localizer {
  const key = `${from}>${variant.key}`;
  const cache = articleOverrides.length === 0 ? withoutOverrides : (withOverrides.get(articleOverrides) ?? new Map<string, Localizer>());
  if (articleOverrides.length > 0) withOverrides.set(articleOverrides, cache);
  let found = cache.get(key);
  if (!found) {
    found = localizer(from, variant, [...siteGlossary(), ...articleOverrides]);
    cache.set(key, found);
  }
  return found;
}
