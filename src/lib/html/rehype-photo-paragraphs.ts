import type { Root } from 'hast';

/**
 * Returns a rehype plugin that lifts a photo written alone on its line
 * (`![alt](./photo.jpg "caption")`, which Markdown wraps in a paragraph) out
 * of its paragraph, so it can render as a `<figure>` (not allowed inside
 * `<p>`) and does not take a paragraph number from the text around it.
 */
export function rehypePhotoParagraphs() {
  return (tree: Root) => {
    tree.children = tree.children.map((node) => {
      if (node.type !== 'element' || node.tagName !== 'p') return node;
      const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
      const only = meaningful[0];
      return meaningful.length === 1 && only?.type === 'element' && only.tagName === 'img' ? only : node;
    });
  };
}
