import type { Root, Element } from 'hast';

/**
 * Returns a rehype plugin that gives every top-level paragraph of an article
 * a stable id (`p1`, `p2`, …). The ids are assigned once, on the single
 * source, so both script variants carry the same ids and a reader switching
 * script mid-article lands on the same paragraph.
 */
export function rehypeParagraphIds() {
  return (tree: Root) => {
    let count = 0;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'p') {
        count += 1;
        (node as Element).properties = { ...(node as Element).properties, id: `p${count}` };
      }
    }
  };
}
