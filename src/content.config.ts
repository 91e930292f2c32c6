import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articleSchemaWith } from './lib/article/schema.ts';
import { checkedArticles } from './build/article-loader.ts';
import { articlesDir, glossaryFile } from './build/content-files.ts';

// Articles are MDX files in content/articles, checked as text, then rendered to HTML by the loader itself.
// Astro's `image()` imports the lead photo beside each article so pages can render it responsively; that import,
// like a body photo's, is answered only with the checked, metadata-free copy (src/integrations/article-photos.ts).
const articles = defineCollection({
  loader: checkedArticles(articlesDir, glossaryFile),
  // The loader adds the photos it found in the body (never a frontmatter field: the article check refuses unknown
  // fields), so each is imported through image() like the lead photo, and the page renders it from the result.
  schema: ({ image }) => articleSchemaWith(image()).safeExtend({ bodyPhotos: z.array(z.strictObject({ src: image(), alt: z.string(), title: z.string().optional() })) }),
});

export const collections = { articles };
