import { Parser, zhHansModel, zhHantModel } from 'budoux';
import type { Script } from './variants.ts';

// Two segmenters, one per script each: BudouX's Chinese models (phrases,
// trained per script) and ICU's dictionary word breaker (Intl.Segmenter).
// Alone, each cuts words the other keeps: BudouX 保|护示范 and 湖|南省, ICU
// 监管|局 and 授|牌. A line may break only where both see a boundary, which
// keeps every word either knows whole. Each variant's text is segmented after
// conversion, with the models of its own script.
const parsers: Record<Script, Parser> = {
  hans: new Parser(zhHansModel),
  hant: new Parser(zhHantModel),
};
const words: Record<Script, Intl.Segmenter> = {
  hans: new Intl.Segmenter('zh-Hans', { granularity: 'word' }),
  hant: new Intl.Segmenter('zh-Hant', { granularity: 'word' }),
};

/**
 * Characters that must not start a line (W3C clreq, 3.1.7 and Appendix):
 * closing brackets and quotes, pause and stop marks, the middle dot, the
 * ellipsis and dash halves. A phrase that starts with one is joined to the
 * phrase before it, so a break between phrases can never put it at a line start.
 */
const noLineStart = new Set('，。、；：？！）」』》〉】〕〗〙〛｝］’”…‥·・—～%‰℃'.split(''));
/** Characters that must not end a line: opening brackets and quotes. The phrase that ends with one takes the next. */
const noLineEnd = new Set('（「『《〈【〔〖〘〚｛［‘“'.split(''));

/** A bracketed note of one to three characters, 示範站（點）: it belongs to the word before it, when the two still fit a line. */
const shortNote = /^[（(][^）)]{1,3}[）)]/;

/**
 * Returns `text` cut into phrases where a line may break: words are never
 * split, a closing mark stays with the phrase before it, an opening mark
 * with the phrase after it, and a short bracketed note with its word. Joined, the phrases are `text` unchanged.
 */
export function phrases(text: string, script: Script): string[] {
  const wordStarts = new Set([...words[script].segment(text)].map((w) => w.index));
  const cuts = parsers[script].parseBoundaries(text).filter((at) => wordStarts.has(at));
  const chunks = [0, ...cuts].map((start, i) => text.slice(start, cuts[i] ?? text.length)).filter((chunk) => chunk !== '');
  const out: string[] = [];
  for (const chunk of chunks) {
    const previous = out[out.length - 1];
    const note = shortNote.test(chunk) && previous !== undefined && keepWhole(previous + chunk);
    if (previous !== undefined && (noLineStart.has(chunk[0] ?? '') || noLineEnd.has(previous[previous.length - 1] ?? '') || note)) out[out.length - 1] = previous + chunk;
    else out.push(chunk);
  }
  return out;
}

/**
 * The longest phrase a headline holds on one line whatever happens: at a
 * phone's 28 px headline, 11 characters fit a 320 px screen's line. A longer
 * phrase (a long name, a run of Latin letters) may still break inside, rather
 * than run off the screen.
 */
export const longestUnbroken = 10;

/** Returns true when a phrase is short enough to be kept on one line with `white-space: nowrap`. */
export function keepWhole(phrase: string): boolean {
  return [...phrase].length <= longestUnbroken;
}
