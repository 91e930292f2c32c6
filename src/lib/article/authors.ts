import type { Author } from './schema.ts';

/**
 * The mark that stands where a source lost part of an author's name (姜□):
 * what is known is published, the rest is marked, never guessed.
 */
export const lostCharacterMark = '□';

/** Returns an author's name as published in plain text: the name, plus the lost-character mark when the source lost the rest. */
export function publishedAuthorName(author: Pick<Author, 'name' | 'incomplete'>, text: (source: string) => string): string {
  return `${text(author.name)}${author.incomplete ? lostCharacterMark : ''}`;
}
