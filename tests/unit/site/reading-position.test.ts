import { describe, expect, it } from 'vitest';
import { paragraphInView } from '../../../src/lib/site/reading-position.ts';
import { rememberVariant, rememberedVariant } from '../../../src/lib/site/preference.ts';
import { getVariant } from '../../../src/lib/site/variants.ts';

const boxes = [
  { id: 'p1', top: -900, bottom: -500 },
  { id: 'p2', top: -480, bottom: 150 },
  { id: 'p3', top: 170, bottom: 700 },
];

describe('the paragraph a reader is reading', () => {
  it('is the first one still reaching below the top quarter of the screen', () => {
    expect(paragraphInView(boxes, 800)).toBe('p3');
    expect(paragraphInView(boxes, 400)).toBe('p2');
  });

  it('is none at the headline, so switching there opens the other page at its top', () => {
    expect(paragraphInView([{ id: 'p1', top: 500, bottom: 900 }], 800)).toBeUndefined();
    expect(paragraphInView([], 800)).toBeUndefined();
  });

  it('is the last one when the reader has scrolled past the body', () => {
    expect(paragraphInView(boxes.map((b) => ({ ...b, top: b.top - 2000, bottom: b.bottom - 2000 })), 800)).toBe('p3');
  });
});

describe('the remembered variant', () => {
  it('round-trips through storage', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) } as unknown as Storage;
    expect(rememberedVariant(() => storage)).toBeUndefined();
    rememberVariant(() => storage, getVariant('hant'));
    expect(rememberedVariant(() => storage)?.key).toBe('hant');
  });

  it('survives storage that throws or holds garbage', () => {
    const broken = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(() => rememberVariant(broken, getVariant('hans'))).not.toThrow();
    expect(rememberedVariant(broken)).toBeUndefined();
    const garbage = { getItem: () => 'klingon' } as unknown as Storage;
    expect(rememberedVariant(() => garbage)).toBeUndefined();
  });
});
