import { convertPlainText } from '../../convert/text.ts';
import { sourceLocaleOf, type Script } from '../../site/variants.ts';

/** The script articles are stored in; the other is derived at build time. */
export const storedScript: Script = 'hans';

/** Text in the stored script, and how many characters the conversion changed. */
export interface ScriptResult {
  readonly text: string;
  readonly changed: number;
}

/**
 * Returns the text in Simplified script, the script articles are stored in.
 * Scrapes like the seed are Traditional made character by character from a
 * Simplified original; converting back with phrase dictionaries restores it.
 */
export function normaliseScript(text: string): ScriptResult {
  const converted = convertPlainText(text, sourceLocaleOf.hant, sourceLocaleOf[storedScript]);
  return { text: converted, changed: countChanged(text, converted) };
}

/** Returns how many characters differ between two texts, position by position. */
export function countChanged(before: string, after: string): number {
  const a = [...before];
  const b = [...after];
  let changed = Math.abs(a.length - b.length);
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    if (a[index] !== b[index]) changed += 1;
  }
  return changed;
}
