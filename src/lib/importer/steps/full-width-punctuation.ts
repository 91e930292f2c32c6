import { isChineseContext } from '../text-classes.ts';

/** The ASCII marks this step rewrites, each with its full-width form. */
export const FULL_WIDTH = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！' } as const;

export type AsciiMark = keyof typeof FULL_WIDTH;

/** Text with full-width punctuation in Chinese context, and how often each mark was rewritten. */
export interface PunctuationResult {
  readonly text: string;
  readonly counts: Record<AsciiMark, number>;
}

/**
 * Returns the text with `, : ; ( ) !` made full-width wherever they touch a
 * Han character or CJK punctuation. Marks between digits or Latin letters stay
 * (3.5, 10:30, a, b). A bracket pair is rewritten as a pair, so 公司(Apple)
 * becomes 公司（Apple） rather than half of each.
 */
export function fullWidthPunctuation(text: string): PunctuationResult {
  const chars = [...text];
  const counts: Record<AsciiMark, number> = { ',': 0, ':': 0, ';': 0, '(': 0, ')': 0, '!': 0 };
  const chinese = (index: number) => isChineseContext(chars[index - 1]) || isChineseContext(chars[index + 1]);
  const rewrite = (index: number) => {
    const mark = chars[index] as AsciiMark;
    chars[index] = FULL_WIDTH[mark];
    counts[mark] += 1;
  };

  const open: number[] = [];
  const pairs: [number, number][] = [];
  const unpaired: number[] = [];
  chars.forEach((char, index) => {
    if (char === '(') open.push(index);
    if (char === ')') {
      const start = open.pop();
      if (start === undefined) unpaired.push(index);
      else pairs.push([start, index]);
    }
  });
  unpaired.push(...open);
  // Brackets first, so that a comma after 站(点) sees the full-width ） it follows.
  for (const [start, end] of pairs) {
    const inside = chars.slice(start + 1, end);
    if (chinese(start) || chinese(end) || inside.some((char) => isChineseContext(char))) {
      rewrite(start);
      rewrite(end);
    }
  }
  for (const index of unpaired) if (chinese(index)) rewrite(index);

  chars.forEach((char, index) => {
    if ((char === ',' || char === ':' || char === ';' || char === '!') && chinese(index)) rewrite(index);
  });
  return { text: chars.join(''), counts };
}
