import { z } from 'astro/zod';
import { characterPosition, describeCharacters, describeRefused, findRefusedCharacters, isInvisibleOnly } from './characters.ts';
import { findDamage } from './damage.ts';

/**
 * The longest value each kind of field may hold, in characters. Generous for
 * Chinese news (the seed's title is 35 characters, its longest name 16), yet
 * short enough that a pasted page or a runaway value is caught at once.
 */
export const limits = {
  title: 120,
  summary: 400,
  /** People, organisations, places, publications, aliases. */
  name: 60,
  award: 120,
  position: 120,
  /** A measure word such as 家 or 个. */
  unit: 8,
  /** A form of an override, glossary entry or `<Term>`. */
  term: 100,
  /** A glossary or override note: for editors, never published. */
  note: 1000,
  url: 2000,
  /**
   * A whole body, and one paragraph (lines without a blank line between them).
   * The MDX parser slows down sharply on long runs of markup characters; a
   * bound keeps a hostile or broken file from stalling the build.
   */
  body: 100_000,
  paragraph: 10_000,
  /** How deep quotes, lists and components may nest. */
  depth: 24,
  id: 80,
  file: 200,
} as const;

interface TextOptions {
  /** The limit, in characters. */
  readonly max: number;
  /** Allow line feeds and tabs (a note; never a published field). */
  readonly lineBreaks?: boolean;
  /**
   * Refuse spaces around the value instead of trimming them: an override's
   * form must be the term alone, or it would match something else.
   */
  readonly exact?: boolean;
}

/** Adds an issue for every rule `value` breaks: empty, invisible, refused characters, too long, scraping damage. */
function checkText(value: string, options: TextOptions, ctx: z.RefinementCtx): void {
  if (value.trim() === '') {
    ctx.addIssue({ code: 'custom', message: 'must not be empty' });
    return;
  }
  if (isInvisibleOnly(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `is made only of invisible characters (${describeCharacters(value)}): write the text readers should see`,
    });
    return;
  }
  if (options.exact && value !== value.trim()) {
    ctx.addIssue({ code: 'custom', message: 'starts or ends with spaces: write the term alone' });
  }
  for (const character of findRefusedCharacters(value, { lineBreaks: options.lineBreaks === true })) {
    ctx.addIssue({ code: 'custom', message: describeRefused(character, `at character ${characterPosition(value, character.index)}`) });
  }
  const length = [...value].length;
  if (length > options.max) {
    ctx.addIssue({
      code: 'custom',
      message: `is ${length} characters long; the limit is ${options.max}: shorten it (a whole text pasted into one field is the usual cause)`,
    });
  }
  for (const damage of findDamage(value)) {
    ctx.addIssue({ code: 'custom', message: `contains ${damage.what} «${damage.text}»: ${damage.fix}` });
  }
}

/**
 * Returns the schema of a text field readers see: trimmed (unless `exact`),
 * never empty or invisible, without control or bidirectional characters, at
 * most `max` characters, without scraping damage.
 */
export function plainText(options: TextOptions) {
  const text = z.string({ error: 'must be text' });
  return (options.exact ? text : text.trim()).superRefine((value, ctx) => checkText(value, options, ctx));
}

/** Returns the problems of one text value that no schema holds (a `<Term>` form in the body), as messages. */
export function textProblems(value: string, options: TextOptions): string[] {
  const result = plainText(options).safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

/** An absolute http(s) URL: nothing a browser would run (javascript:) or treat as a document of its own (data:). */
export const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be a full web address starting with https:// (or http://)' })
  .max(limits.url, { error: `is longer than ${limits.url} characters: link the page itself, not a search or tracking address` })
  .superRefine((value, ctx) => {
    const url = URL.parse(value);
    if (url && (url.username !== '' || url.password !== '')) {
      ctx.addIssue({ code: 'custom', message: 'holds a user name or password before @: link the page itself, without them' });
    }
    for (const character of findRefusedCharacters(value)) {
      ctx.addIssue({ code: 'custom', message: describeRefused(character, `at character ${characterPosition(value, character.index)}`) });
    }
  });
