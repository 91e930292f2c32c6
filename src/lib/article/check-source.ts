import { articleSchema, type ArticleData } from './schema.ts';
import { isUrlId } from '../site/urls.ts';
import { findDamage } from './damage.ts';
import { checkArticleBody } from './body-dialect.ts';
import { describeRefused, findRefusedCharacters, isInvisibleOnly, quotable } from './characters.ts';
import { describeIssues } from './friendly-issues.ts';
import { limits } from './fields.ts';
import { loadYamlData, YamlDataError } from './yaml-data.ts';

/** A problem in an article file, told as file, field and what to do. */
export class ArticleSourceError extends Error {
  readonly filePath: string;
  readonly problems: readonly string[];

  constructor(filePath: string, problems: readonly string[], options?: ErrorOptions) {
    super(`${filePath} cannot be published:\n${problems.map((p) => `  - ${p}`).join('\n')}`, options);
    this.name = 'ArticleSourceError';
    this.filePath = filePath;
    this.problems = problems;
  }
}

/** An article file split into its parts. */
export interface ArticleSource {
  data: ArticleData;
  /** The frontmatter as written (plain YAML data), for the collection's own schema to read. */
  frontmatter: Record<string, unknown>;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** Every photo the article names, lead first: each must pass `src/build/photo-file.ts` before a build. */
  photos: PhotoReference[];
}

/** A photo file an article names, and where it names it. */
export interface PhotoReference {
  /** The path as written (as Astro will read it), relative to the article's folder. */
  src: string;
  /** `image.src`, or `body (line N, column C)`. */
  field: string;
}

const FENCE = /^---[ \t]*$/;

/**
 * Returns the validated frontmatter and body of an article file, or throws an
 * ArticleSourceError listing every problem with its field and a fix.
 */
export function checkArticleSource(filePath: string, source: string): ArticleSource {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    throw new ArticleSourceError(filePath, [
      'frontmatter: the file must start with a line `---`, then the fields (title, date, script, source, authors, entities), then another `---`.',
    ]);
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) {
    throw new ArticleSourceError(filePath, [
      'frontmatter: the block opened by `---` on line 1 is never closed: add a line `---` after the last field.',
    ]);
  }

  // Astro ends frontmatter at the first line that starts with --- or +++, whatever follows on
  // that line; the body we check must be the body Astro compiles, so no other line may start so.
  const early = lines.slice(1, close).findIndex((line) => /^(?:---|\+\+\+)/.test(line));
  if (early !== -1) {
    throw new ArticleSourceError(filePath, [
      `frontmatter (line ${early + 2}): a line that starts with --- or +++ ends the frontmatter there for Astro: indent it under its field or write the value on one line.`,
    ]);
  }

  let raw: unknown;
  try {
    raw = loadYamlData(lines.slice(1, close).join('\n'), filePath);
  } catch (cause) {
    if (!(cause instanceof YamlDataError)) throw cause;
    if (cause.aliasAt) throw new ArticleSourceError(filePath, [`${cause.aliasAt}: ${cause.reason}.`]);
    const where = cause.line === undefined ? '' : ` (line ${cause.line + 2})`;
    throw new ArticleSourceError(filePath, [`frontmatter${where}: not valid YAML (${cause.reason}); check indentation and quoting.`], { cause });
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ArticleSourceError(filePath, ['frontmatter: must be a set of `field: value` lines.']);
  }

  const problems: string[] = [];
  const name = filePath.split(/[\\/]/).at(-1) ?? filePath;
  if (!name.endsWith('.mdx') || !isUrlId(name.slice(0, -'.mdx'.length)) || name.length > limits.id + 4) {
    problems.push(
      `file name: «${quotable(name)}» becomes the page's address, so it must be lower-case ASCII words joined by hyphens, ending in .mdx ` +
        `(at most ${limits.id} characters before .mdx), for example 2023-02-24-hunan-trade-secret-demonstration.mdx: rename the file.`,
    );
  }
  const parsed = articleSchema.safeParse(raw);
  if (!parsed.success) problems.push(...describeIssues(parsed.error.issues, raw));

  const bodyLine = close + 2;
  const body = lines.slice(close + 1).join('\n');
  const checkedBody = bodyProblems(body, bodyLine, parsed.success ? parsed.data.entities.map((e) => e.id) : undefined);
  problems.push(...checkedBody.problems);
  if (problems.length > 0 || !parsed.success) throw new ArticleSourceError(filePath, problems);
  const lead = typeof parsed.data.image?.src === 'string' ? [{ src: parsed.data.image.src, field: 'image.src' }] : [];
  return { data: parsed.data, frontmatter: raw as Record<string, unknown>, body, bodyLine, photos: [...lead, ...checkedBody.photos] };
}

/**
 * Returns the problems of an article body, each with its line and column in
 * the file: refused characters, scraping damage, anything outside the article
 * dialect, and `<Entity>` ids missing from `knownIds` (unchecked when the
 * frontmatter could not be read); and the photos it shows, with their place.
 */
function bodyProblems(body: string, bodyLine: number, knownIds: readonly string[] | undefined): { problems: string[]; photos: PhotoReference[] } {
  const found: { index: number; message: string }[] = [];
  if (body.trim() === '' || isInvisibleOnly(body)) {
    return { problems: ['body: the article has no text: write it below the closing `---` of the frontmatter.'], photos: [] };
  }
  for (const character of findRefusedCharacters(body, { lineBreaks: true })) {
    found.push({ index: character.index, message: `${describeRefused(character, 'here')}.` });
  }
  for (const damage of findDamage(body)) {
    found.push({ index: damage.index, message: `${damage.what} «${damage.text}»: ${damage.fix}.` });
  }
  const oversized = oversizedParts(body);
  found.push(...oversized);
  // Parse only a body of bounded size: the parser is what a long hostile run would stall.
  const dialect = oversized.length === 0 ? checkArticleBody(body) : { problems: [], entities: [], photos: [] };
  found.push(...dialect.problems);
  if (knownIds) {
    const known = new Set(knownIds);
    for (const mention of dialect.entities) {
      if (known.has(mention.id)) continue;
      found.push({
        index: mention.index,
        message: `<Entity id="${quotable(mention.id)}"> names no entity of this article: add it under \`entities:\` or fix the id (known: ${[...known].join(', ') || 'none'}).`,
      });
    }
  }
  const place = (index: number) => {
    const { line, column } = position(body, index, bodyLine);
    return `body (line ${line}, column ${column})`;
  };
  return {
    problems: found.sort((a, b) => a.index - b.index).map(({ index, message }) => `${place(index)}: ${message}`),
    photos: dialect.photos.map((photo) => ({ src: photo.src, field: place(photo.index) })),
  };
}

/** Returns a problem for a body or paragraph longer than its limit, at its start. */
function oversizedParts(body: string): { index: number; message: string }[] {
  const length = [...body].length;
  if (length > limits.body) {
    return [{ index: 0, message: `the body is ${length} characters long; the limit is ${limits.body}: split the text into several articles.` }];
  }
  const found: { index: number; message: string }[] = [];
  for (const match of body.matchAll(/[^\n]+(?:\n[ \t]*[^\s][^\n]*)*/g)) {
    const size = [...match[0]].length;
    if (size > limits.paragraph) {
      found.push({
        index: match.index,
        message: `a paragraph of ${size} characters; the limit is ${limits.paragraph}: break it into paragraphs with a blank line between them.`,
      });
    }
  }
  return found;
}

function position(text: string, index: number, firstLine: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: firstLine + before.length - 1, column: [...(before.at(-1) ?? '')].length + 1 };
}
