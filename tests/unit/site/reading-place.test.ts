import { describe, expect, it } from 'vitest';
import { placeFor, scrollForLine, storedPlace } from '../../../src/lib/site/reading-position.ts';

describe('the reader’s place carried to the other script', () => {
  const path = '/zh-hans/articles/2023-02-24-hunan-trade-secret-demonstration/';

  it('is read back for the page it was stored for', () => {
    expect(placeFor(storedPlace({ path, id: 'p2', offset: 152 }), path)).toEqual({ path, id: 'p2', offset: 152 });
  });

  it('is nothing for another page, or when storage holds something else', () => {
    expect(placeFor(storedPlace({ path, id: 'p2', offset: 152 }), '/zh-hant/')).toBeUndefined();
    for (const stored of [null, '', 'p2', '{', '[]', 'null', JSON.stringify({ path, id: 'x<img>', offset: 1 }), JSON.stringify({ path, id: 'p2', offset: -1 }), JSON.stringify({ path, id: 'p2', offset: 1.5 }), JSON.stringify({ path, id: 'p2' })]) {
      expect(placeFor(stored, path), String(stored)).toBeUndefined();
    }
  });

  it('puts its line a quarter down the screen, never above the page', () => {
    expect(scrollForLine(2000, 844)).toBe(1789);
    expect(scrollForLine(100, 844)).toBe(0);
  });
});
