import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypePhotoParagraphs } from '../../../src/lib/html/rehype-photo-paragraphs.ts';
import { rehypeParagraphIds } from '../../../src/lib/html/rehype-paragraph-ids.ts';

const p = (...children: Root['children']): Root['children'][number] => ({ type: 'element', tagName: 'p', properties: {}, children: children as never });
const img = { type: 'element' as const, tagName: 'img', properties: { src: './a.jpg', alt: '两人' }, children: [] };
const text = (value: string) => ({ type: 'text' as const, value });

describe('photos in the body', () => {
  it('come out of their paragraph and take no paragraph number', () => {
    const tree: Root = { type: 'root', children: [p(text('一')), p(text('\n'), img, text(' ')), p(text('二'))] };
    rehypePhotoParagraphs()(tree);
    rehypeParagraphIds()(tree);
    expect(tree.children.map((n) => (n.type === 'element' ? `${n.tagName}${n.properties['id'] ? `#${String(n.properties['id'])}` : ''}` : n.type))).toEqual(['p#p1', 'img', 'p#p2']);
  });

  it('stay inside a paragraph that also has words', () => {
    const tree: Root = { type: 'root', children: [p(text('图：'), img)] };
    rehypePhotoParagraphs()(tree);
    expect(tree.children[0]).toMatchObject({ tagName: 'p' });
  });
});
