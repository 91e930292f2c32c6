import { scriptName, scripts, type Script } from '../site/variants.ts';

/**
 * The markup contract between the MDX components (Keep, Term) and
 * `convertHtml`: the attribute names live here once, so the components and
 * the converter cannot drift apart.
 */

/** The attribute that tells `convertHtml` how to treat an element. */
export const convertAttribute = 'data-convert';

/** `data-convert` value: keep the element and its descendants exactly as written. */
export const keepValue = 'no';

/** `data-convert` value: show the form given for the target script instead of the content. */
export const fixedValue = 'fixed';

/** Returns the attribute that carries a fixed term's form in `script` (`data-hant`). */
export function scriptAttribute(script: Script): string {
  return `data-${script}`;
}

// A script's name for people lives with the variants list, below the article contract that names scripts too.
export { scriptName } from '../site/variants.ts';

/**
 * Returns the attributes of a fixed term: `data-convert="fixed"` and one
 * `data-<script>` per script. Throws, naming what to write, when a form is
 * missing or blank, because an empty term would silently drop text.
 */
export function fixedTermAttributes(forms: Partial<Record<Script, string>>): Record<string, string> {
  const attributes: Record<string, string> = { [convertAttribute]: fixedValue };
  for (const script of scripts) {
    const form = forms[script];
    if (typeof form !== 'string' || form.trim() === '') {
      const example = scripts.map((s) => `${s}="…"`).join(' ');
      throw new Error(
        `<Term> needs the ${scriptName(script)} form: write <Term ${example} /> with the term as each script shows it.`,
      );
    }
    attributes[scriptAttribute(script)] = form;
  }
  return attributes;
}
