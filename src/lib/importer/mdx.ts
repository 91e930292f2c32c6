import * as yaml from 'js-yaml';
import type { Script } from '../site/variants.ts';
import type { AuthorRole } from './steps/credit-grammar.ts';
import type { DraftAuthor } from './steps/salvage-authors.ts';

/** A credit that names no person (图/本报资料图), kept apart from the authors. */
export interface DraftCredit {
  readonly role: AuthorRole;
  readonly name: string;
}

/** An imported article before curation: the frontmatter fields the importer knows, and the MDX body. */
export interface ArticleDraft {
  readonly title: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly script: Script;
  readonly source: { readonly name: string } | undefined;
  readonly authors: readonly DraftAuthor[];
  /** Credits that are no person; written only when there are some. */
  readonly credits?: readonly DraftCredit[];
  readonly imported: { readonly file: string; readonly sha256: string };
  /** Escaped MDX paragraphs, ending in a newline. */
  readonly body: string;
}

/**
 * Returns the article as an MDX file: frontmatter in a fixed key order, an
 * empty entities list for the editor to fill, then the body. The same draft
 * always gives the same bytes.
 */
export function renderArticleMdx(article: ArticleDraft): string {
  const frontmatter = {
    title: article.title,
    date: article.date,
    script: article.script,
    ...(article.source ? { source: { name: article.source.name } } : {}),
    authors: article.authors.map((author) => ({ name: author.name, role: author.role, ...(author.incomplete ? { incomplete: true } : {}) })),
    ...(article.credits && article.credits.length > 0 ? { credits: article.credits.map((credit) => ({ name: credit.name, role: credit.role })) } : {}),
    imported: { file: article.imported.file, sha256: article.imported.sha256 },
    entities: [],
  };
  // The core schema writes 2023-02-24 unquoted (the site reads it as a date)
  // while still quoting strings that would otherwise read as numbers or booleans.
  const yamlText = yaml.dump(frontmatter, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true });
  return `---\n${yamlText}---\n\n${article.body}`;
}

/** Returns the `imported.sha256` recorded in an MDX file's frontmatter, if it has one. */
export function importedSha256(mdx: string): string | undefined {
  const frontmatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(mdx)?.[1];
  if (frontmatter === undefined) return undefined;
  try {
    const data: unknown = yaml.load(frontmatter, { schema: yaml.CORE_SCHEMA });
    const imported = data !== null && typeof data === 'object' ? (data as { imported?: unknown }).imported : undefined;
    const sha = imported !== null && typeof imported === 'object' ? (imported as { sha256?: unknown }).sha256 : undefined;
    return typeof sha === 'string' ? sha : undefined;
  } catch {
    // A hand-edited file with a YAML mistake still tells where it came from.
    return /^imported:[ \t]*\r?\n(?:[ \t]+.*\r?\n)*?[ \t]+sha256:[ \t]*['"]?([0-9a-f]{64})/m.exec(frontmatter)?.[1];
  }
}
