import { ArticleSourceError, checkArticleSource } from '../../article/check-source.ts';
import type { NeedsPerson } from '../needs-person.ts';
import type { SourceSpan } from '../source-text.ts';

/** Where the parts of the written article came from in the raw file, to place the check's findings there. */
export interface ArticleOrigins {
  readonly title: SourceSpan;
  /** The raw line of the source, or of the date line when no source was found. */
  readonly sourceLine: number;
  /** The raw line of the first byline, or of the date line. */
  readonly bylineLine: number;
  /** The raw span of each written paragraph, in order. */
  readonly paragraphs: readonly SourceSpan[];
}

// What the importer lists already in its own words: the check saying the same of the same part adds nothing.
const SAID_ALREADY = /is missing|needs at least one|replacement character|pinyin annotation/u;

/**
 * The importer's last step: the article check the build runs on every
 * article file (src/lib/article/check-source.ts), run on the MDX the importer
 * is about to write. Returns the items of `needsPerson` marked `blocksBuild`
 * where the check refuses what they describe, and one more item for every
 * refusal they did not describe, so an import never reads "nothing to do" and
 * then stops the build.
 */
export function checkImportedArticle(mdx: string, origins: ArticleOrigins, needsPerson: readonly NeedsPerson[]): NeedsPerson[] {
  let problems: readonly string[] = [];
  try {
    checkArticleSource('imported.mdx', mdx);
  } catch (error) {
    if (!(error instanceof ArticleSourceError)) throw error;
    problems = error.problems;
  }
  const bodyLine = mdx.split('\n').indexOf('---', 1) + 3;
  const items = needsPerson.map((item) => ({ ...item }));
  const added: NeedsPerson[] = [];
  for (const problem of problems) {
    const place = placeOf(problem, origins, bodyLine);
    const known = items.find((item) => item.where === place.where && SAID_ALREADY.test(problem));
    if (known) {
      known.blocksBuild = true;
      continue;
    }
    added.push({
      ...place,
      problem: `the article check refuses it, so the build stops on this article: ${problem.replace(/^[^:]*?(?:\([^)]*\))?: /u, '').replace(/\.$/u, '')}`,
      kept: 'the text as the scrape gave it',
      todo: 'fix it in the MDX as the check says, following the original publication, then run `npm run build`',
      blocksBuild: true,
    });
  }
  return [...items, ...added].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Returns the raw place and part a problem of the check is about, from its field path or body line. */
function placeOf(problem: string, origins: ArticleOrigins, bodyLine: number): Pick<NeedsPerson, 'line' | 'column' | 'where'> {
  const body = /^body \(line (\d+), column (\d+)\)/u.exec(problem);
  if (body) {
    // One paragraph a line, a blank line between them.
    const index = Math.floor((Number(body[1]) - bodyLine) / 2);
    const span = origins.paragraphs[index];
    if (span) return { line: span.line, column: span.column, where: `paragraph ${index + 1}` };
    return { line: origins.paragraphs[0]?.line ?? origins.title.line, column: 1, where: 'body' };
  }
  const field = /^([A-Za-z]+)/u.exec(problem)?.[1] ?? '';
  if (field === 'title') return { line: origins.title.line, column: origins.title.column, where: 'title' };
  if (field === 'source') return { line: origins.sourceLine, column: 1, where: 'source' };
  if (field === 'authors' || field === 'credits') return { line: origins.bylineLine, column: 1, where: 'byline' };
  return { line: origins.title.line, column: 1, where: field || 'frontmatter' };
}
