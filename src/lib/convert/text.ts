import * as OpenCC from 'opencc-js';
import type { OpenccLocale } from '../site/variants.ts';

const converters = new Map<string, (text: string) => string>();

/**
 * Returns `text` converted from one opencc-js locale to another with
 * phrase-level dictionaries (so 示范→示範 but 范 as a surname stays).
 * Converters are built once per locale pair: building one loads its dictionaries.
 */
export function convertPlainText(text: string, from: OpenccLocale, to: OpenccLocale): string {
  if (from === to || text === '') return text;
  const pair = `${from}>${to}`;
  let convert = converters.get(pair);
  if (!convert) {
    convert = OpenCC.Converter({ from, to });
    converters.set(pair, convert);
  }
  return convert(text);
}
