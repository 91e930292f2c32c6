import type { QuoteMap } from '../site/variants.ts';

const patterns = new WeakMap<QuoteMap, RegExp>();

function patternFor(quotes: QuoteMap): RegExp | undefined {
  const marks = Object.keys(quotes);
  if (marks.length === 0) return undefined;
  let pattern = patterns.get(quotes);
  if (!pattern) {
    const escaped = marks.map((mark) => mark.replace(/[\\^\]-]/g, '\\$&')).join('');
    pattern = new RegExp(`[${escaped}]`, 'gu');
    patterns.set(quotes, pattern);
  }
  return pattern;
}

/** Returns `text` with each quotation mark rewritten into the variant's house style (“” → 「」). */
export function applyQuotes(text: string, quotes: QuoteMap): string {
  const pattern = patternFor(quotes);
  if (!pattern) return text;
  return text.replace(pattern, (mark) => quotes[mark] ?? mark);
}
