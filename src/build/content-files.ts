import path from 'node:path';

/**
 * Where the content lives: `content/` in the project, or the folder named by
 * CONTENT_DIR (the benchmark builds its synthetic archives that way). The one
 * place that reads CONTENT_DIR.
 */
export const contentDir = process.env.CONTENT_DIR ?? './content';

/** Returns the folder of article MDX files. */
export const articlesDir = path.join(contentDir, 'articles');

/** Returns the site-wide glossary file. */
export const glossaryFile = path.join(contentDir, 'glossary.yaml');
