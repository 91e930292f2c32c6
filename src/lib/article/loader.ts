import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { ArticleSourceError, checkArticleSource, type ArticleSource } from './check-source.ts';
import { findEntityConflicts } from './entity-conflicts.ts';

/**
 * Returns Astro's glob loader for `<base>/*.mdx`, preceded by our own check of
 * every file, so a bad article stops the build with one readable message
 * (file, field, what to write) instead of a schema dump or a silent drop.
 */
export function checkedArticles(base: string): Loader {
  const inner = glob({ pattern: '*.mdx', base });
  return {
    name: 'checked-articles',
    load: async (context) => {
      const checked = await checkArticleFolder(base);
      for (const warning of checked.warnings) context.logger.warn(warning);
      await inner.load(context);
    },
  };
}

/** The articles of a folder that passed every check, with warnings for editors. */
export interface CheckedFolder {
  articles: Map<string, ArticleSource>;
  warnings: string[];
}

/** Returns every article in `base` checked, or throws one error listing every problem of every file. */
export async function checkArticleFolder(base: string): Promise<CheckedFolder> {
  const names = (await readdir(base)).filter((name) => name.endsWith('.mdx')).sort();
  const articles = new Map<string, ArticleSource>();
  const failures: ArticleSourceError[] = [];
  for (const name of names) {
    const filePath = path.join(base, name);
    try {
      articles.set(filePath, checkArticleSource(filePath, await readFile(filePath, 'utf8')));
    } catch (error) {
      if (error instanceof ArticleSourceError) failures.push(error);
      else throw new Error(`Could not read the article ${filePath}.`, { cause: error });
    }
  }
  const conflicts = findEntityConflicts(articles);
  if (failures.length > 0 || conflicts.length > 0) {
    const message = [...failures.map((f) => f.message), ...conflicts].join('\n');
    throw new Error(`Some articles cannot be published. Fix these and build again:\n${message}`);
  }
  return { articles, warnings: [] };
}
