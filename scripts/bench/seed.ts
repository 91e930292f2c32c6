import { articleFileOf, contentDirOf } from '../../src/build/content-files.ts';

/** The slug of the seed article: the page the benchmark weighs and the audit scores, and the template of every synthetic article. */
export const seedSlug = '2023-02-24-hunan-trade-secret-demonstration';

/** Returns the path of the seed article's MDX file in a checkout. */
export function seedFile(root: string): string {
  return articleFileOf(contentDirOf(root), seedSlug);
}
