import * as yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { articleSchema, type ArticleData } from './schema.ts';
import { findDamage } from './damage.ts';
import { findEntityReferences } from './entity-references.ts';

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
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
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

  let raw: unknown;
  try {
    // CORE_SCHEMA keeps dates as strings, so an impossible date is refused rather than rolled over.
    raw = yaml.load(lines.slice(1, close).join('\n'), { schema: yaml.CORE_SCHEMA, filename: filePath });
  } catch (cause) {
    const reason = cause instanceof yaml.YAMLException ? cause.reason : String(cause);
    const line = cause instanceof yaml.YAMLException && cause.mark ? cause.mark.line + 2 : 1;
    throw new ArticleSourceError(filePath, [`frontmatter (line ${line}): not valid YAML (${reason}); check indentation and quoting.`], { cause });
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ArticleSourceError(filePath, ['frontmatter: must be a set of `field: value` lines.']);
  }

  const problems: string[] = [];
  const parsed = articleSchema.safeParse(raw);
  if (!parsed.success) problems.push(...describeIssues(parsed.error.issues, raw));

  const bodyLine = close + 2;
  const body = lines.slice(close + 1).join('\n');
  for (const damage of findDamage(body)) {
    const { line, column } = position(body, damage.index, bodyLine);
    problems.push(`body (line ${line}, column ${column}): ${damage.what} «${damage.text}»: ${damage.fix}.`);
  }
  if (parsed.success) {
    const known = new Set(parsed.data.entities.map((e) => e.id));
    for (const reference of findEntityReferences(body)) {
      if (known.has(reference.id)) continue;
      const { line, column } = position(body, reference.index, bodyLine);
      problems.push(
        `body (line ${line}, column ${column}): <Entity id="${reference.id}"> names no entity of this article: add it under \`entities:\` or fix the id (known: ${[...known].join(', ') || 'none'}).`,
      );
    }
  }
  if (problems.length > 0 || !parsed.success) throw new ArticleSourceError(filePath, problems);
  return { data: parsed.data, body, bodyLine };
}

/** Returns one readable line per zod issue: field path, what is wrong, what to write. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string[] {
  return issues.map((issue) => {
    const field = formatPath(issue.path);
    const missing = valueAt(input, issue.path) === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union');
    return missing ? `${field}: is missing; add it (it ${issue.message}).` : `${field}: ${issue.message}.`;
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'frontmatter';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function position(text: string, index: number, firstLine: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: firstLine + before.length - 1, column: [...(before.at(-1) ?? '')].length + 1 };
}
