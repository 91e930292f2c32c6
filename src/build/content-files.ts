import path from 'node:path';

/** Returns the content folder of the project checked out at `root`. */
export function contentDirOf(root: string): string {
  return path.join(root, 'content');
}

/** Returns the folder of article MDX files in a content folder. */
export function articlesDirOf(contentDir: string): string {
  return path.join(contentDir, 'articles');
}

/** Returns the MDX file of the article with this slug in a content folder. */
export function articleFileOf(contentDir: string, slug: string): string {
  return path.join(articlesDirOf(contentDir), `${slug}.mdx`);
}

/** Returns the site-wide glossary file of a content folder. */
export function glossaryFileOf(contentDir: string): string {
  return path.join(contentDir, 'glossary.yaml');
}

/**
 * Where the content of this build lives: `content/` in the project, or the
 * folder named by CONTENT_DIR (the benchmark builds its synthetic archives
 * that way). The one place that reads CONTENT_DIR; the functions above are
 * the one place that knows the layout of a content folder.
 */
export const contentDir = process.env.CONTENT_DIR ?? contentDirOf('.');

/** The folder of article MDX files of this build. */
export const articlesDir = articlesDirOf(contentDir);

/** The site-wide glossary file of this build. */
export const glossaryFile = glossaryFileOf(contentDir);
