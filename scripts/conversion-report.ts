/**
 * `npm run conversion:report`: wrong characters on the news-sentence benchmark,
 * our converter (word-bounded, with the house vocabulary) beside opencc-js
 * alone (and our word boundaries without the house vocabulary), in both
 * directions, then every wrong character of ours (`-- --opencc`: of OpenCC's).
 */
import * as OpenCC from 'opencc-js';
import { convertText } from '../src/lib/convert/converter.ts';
import { houseVocabulary } from '../src/lib/convert/house-vocabulary.ts';
import { getVariant } from '../src/lib/site/variants.ts';
import { readNewsSentences, score } from './conversion/news-sentences.ts';

const sentences = readNewsSentences();
const characters = sentences.reduce((sum, s) => sum + [...s.hans].length, 0);
const ours = {
  'hans>hant': (text: string) => convertText(text, { from: 'hans', to: getVariant('hant'), overrides: houseVocabulary }),
  'hant>hans': (text: string) => convertText(text, { from: 'hant', to: getVariant('hans'), overrides: houseVocabulary }),
} as const;
const wordsAlone = {
  'hans>hant': (text: string) => convertText(text, { from: 'hans', to: getVariant('hant') }),
  'hant>hans': (text: string) => convertText(text, { from: 'hant', to: getVariant('hans') }),
} as const;
const quotes = (text: string, map: Readonly<Record<string, string>>) => [...text].map((c) => map[c] ?? c).join('');
const openccAlone = {
  'hans>hant': (text: string) => quotes(OpenCC.Converter({ from: 'cn', to: 'tw' })(text), getVariant('hant').quotes),
  'hant>hans': (text: string) => quotes(OpenCC.Converter({ from: 'tw', to: 'cn' })(text), getVariant('hans').quotes),
} as const;

console.log(`${sentences.length} sentences, ${characters} characters each way.`);
for (const direction of ['hans>hant', 'hant>hans'] as const) {
  const mine = score(sentences, direction, ours[direction]);
  const theirs = score(sentences, direction, openccAlone[direction]);
  const bounded = score(sentences, direction, wordsAlone[direction]);
  console.log(
    `${direction}: ours ${mine.length} wrong, word boundaries without the house vocabulary ${bounded.length}, OpenCC alone ${theirs.length}`,
  );
  for (const w of process.argv.includes('--opencc') ? theirs : mine) {
    console.log(`  line ${w.line}, column ${w.column}: wrote ${w.got || '(nothing)'}, expected ${w.expected || '(nothing)'}`);
  }
}
