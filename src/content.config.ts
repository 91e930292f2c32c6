import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/article/schema.ts';
import { checkedArticles } from './lib/article/loader.ts';

// Articles are MDX files in content/articles (CONTENT_DIR moves the whole
// content folder, which the benchmark uses for its synthetic corpora).
const contentDir = process.env.CONTENT_DIR ?? './content';
const articles = defineCollection({
  loader: checkedArticles(`${contentDir}/articles`, `${contentDir}/glossary.yaml`),
  schema: articleSchema,
});

export const collections = { articles };
