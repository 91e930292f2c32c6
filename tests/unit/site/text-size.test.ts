import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rememberTextSize, storedTextSize, TEXT_SIZE_KEY, textSizes } from '../../../src/lib/site/text-size.ts';
import { shareWay } from '../../../src/lib/site/share.ts';

/** A Storage holding what it is given. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k), clear: () => items.clear(), key: () => null, length: 0 };
}

describe('the reader’s text size', () => {
  it('is remembered, and anything else in storage is no size', () => {
    const storage = memoryStorage();
    expect(storedTextSize(() => storage)).toBeUndefined();
    rememberTextSize(() => storage, 'large');
    expect(storedTextSize(() => storage)).toBe('large');
    storage.setItem(TEXT_SIZE_KEY, 'huge');
    expect(storedTextSize(() => storage)).toBeUndefined();
  });

  it('survives storage that refuses', () => {
    const refusing = () => {
      throw new Error('SecurityError');
    };
    expect(storedTextSize(refusing)).toBeUndefined();
    expect(() => rememberTextSize(refusing, 'small')).not.toThrow();
  });

  it('is read before first paint by the early script with the same key and sizes', () => {
    const early = readFileSync('src/browser/text-size-early.js', 'utf8');
    expect(TEXT_SIZE_KEY).toBe('text-size');
    expect(textSizes).toEqual(['small', 'medium', 'large']);
    expect(early).toContain(`getItem('${TEXT_SIZE_KEY}')`);
    // Medium is the page's own size: the early script sets only the others.
    expect(early).toContain("size === 'small' || size === 'large'");
  });
});

describe('the share action', () => {
  it('uses the share sheet where there is one, else copies the link, else is not offered', () => {
    expect(shareWay({ share: true, clipboard: true })).toBe('share');
    expect(shareWay({ share: false, clipboard: true })).toBe('copy');
    expect(shareWay({ share: false, clipboard: false })).toBe('none');
  });
});
