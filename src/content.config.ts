import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/article/schema.ts';
import { checkedArticles } from './build/article-loader.ts';
import { articlesDir, glossaryFile } from './build/content-files.ts';

// Articles are MDX files in content/articles, checked as text before Astro compiles any of them.
const articles = defineCollection({
  loader: checkedArticles(articlesDir, glossaryFile),
  schema: articleSchema,
});

export const collections = { articles };
