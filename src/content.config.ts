import { defineCollection } from 'astro:content';
import { articleSchemaWith } from './lib/article/schema.ts';
import { checkedArticles } from './build/article-loader.ts';
import { articlesDir, glossaryFile } from './build/content-files.ts';

// Articles are MDX files in content/articles, checked as text before Astro compiles any of them.
// Astro's `image()` imports the lead photo beside each article so pages can render it responsively; that import,
// like a body photo's, is answered only with the checked, metadata-free copy (src/integrations/article-photos.ts).
const articles = defineCollection({
  loader: checkedArticles(articlesDir, glossaryFile),
  schema: ({ image }) => articleSchemaWith(image()),
});

export const collections = { articles };
