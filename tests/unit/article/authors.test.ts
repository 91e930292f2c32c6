import { describe, expect, it } from 'vitest';
import { lostCharacterMark, publishedAuthorName } from '../../../src/lib/article/authors.ts';

describe("an author's published name", () => {
  const toTraditional = (text: string) => text.replace('黄', '黃');

  it('is the name in the reader’s script when the source kept it whole', () => {
    expect(publishedAuthorName({ name: '黄星星' }, toTraditional)).toBe('黃星星');
    expect(publishedAuthorName({ name: '黄星星', incomplete: false }, toTraditional)).toBe('黃星星');
  });

  it('keeps what is known and marks what the source lost, without guessing', () => {
    expect(publishedAuthorName({ name: '姜', incomplete: true }, (text) => text)).toBe('姜□');
    expect(lostCharacterMark).toBe('□');
  });
});
