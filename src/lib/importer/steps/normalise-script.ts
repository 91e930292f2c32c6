import { convertPlainText } from '../../convert/text.ts';
import { sourceLocaleOf, type Script } from '../../site/variants.ts';

/** The script articles are stored in; the other is derived at build time. */
export const storedScript: Script = 'hans';

/** One character (or phrase) the conversion changed, at its UTF-16 index in the input. */
export interface ScriptChange {
  readonly index: number;
  readonly from: string;
  readonly to: string;
}

/** Text in the stored script, and what the conversion changed. */
export interface ScriptResult {
  readonly text: string;
  readonly changed: number;
  readonly changes: readonly ScriptChange[];
}

/** How many characters of a text belong to one script only. */
export interface ScriptCount {
  /** Characters a Traditional → Simplified conversion would change. */
  readonly traditionalOnly: number;
  /** Characters a Simplified → Traditional conversion would change. */
  readonly simplifiedOnly: number;
}

/** Returns how many characters of `text` are Traditional-only and Simplified-only. */
export function countScript(text: string): ScriptCount {
  const chars = [...text];
  const count = (from: Script, to: Script) => {
    let changed = 0;
    for (const char of chars) if (/\p{Script=Han}/u.test(char) && convertPlainText(char, sourceLocaleOf[from], sourceLocaleOf[to]) !== char) changed += 1;
    return changed;
  };
  return { traditionalOnly: count('hant', 'hans'), simplifiedOnly: count('hans', 'hant') };
}

/** Returns each character of `text` that belongs to the other script only, with what conversion would make of it (於 → 于), at its UTF-16 index. */
export function otherScriptCharacters(text: string, script: Script): ScriptChange[] {
  const other = script === 'hans' ? 'hant' : 'hans';
  const found: ScriptChange[] = [];
  let index = 0;
  for (const char of text) {
    if (/\p{Script=Han}/u.test(char)) {
      const to = convertPlainText(char, sourceLocaleOf[other], sourceLocaleOf[script]);
      // 么 is Simplified (麼) that OpenCC's reverse tables also read as a variant of 幺: a character of the text's own script is no leftover.
      const ownScript = convertPlainText(char, sourceLocaleOf[script], sourceLocaleOf[other]) !== char;
      if (to !== char && !ownScript) found.push({ index, from: char, to });
    }
    index += char.length;
  }
  return found;
}

/**
 * Returns the script a scrape is written in, from its counts: Traditional when
 * it has more Traditional-only characters than Simplified-only ones, else Simplified.
 */
export function detectScript({ traditionalOnly, simplifiedOnly }: ScriptCount): Script {
  return traditionalOnly > simplifiedOnly ? 'hant' : 'hans';
}

/**
 * Returns the text in Simplified script, the script articles are stored in,
 * converting only when the scrape is Traditional (`from`): Simplified input
 * comes back byte for byte. Scrapes like the seed are Traditional made
 * character by character from a Simplified original; converting back with
 * phrase dictionaries restores it.
 */
export function normaliseScript(text: string, from: Script = 'hant'): ScriptResult {
  if (from === storedScript) return { text, changed: 0, changes: [] };
  const converted = convertPlainText(text, sourceLocaleOf[from], sourceLocaleOf[storedScript]);
  const changes = listChanges(text, converted);
  return { text: converted, changed: countChanged(text, converted), changes };
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

// Character conversion keeps length; a phrase that changes length is listed whole.
function listChanges(before: string, after: string): ScriptChange[] {
  const a = [...before];
  const b = [...after];
  if (a.length !== b.length) return before === after ? [] : [{ index: 0, from: before, to: after }];
  const changes: ScriptChange[] = [];
  let index = 0;
  a.forEach((char, position) => {
    const to = b[position] ?? '';
    if (char !== to) changes.push({ index, from: char, to });
    index += char.length;
  });
  return changes;
}
