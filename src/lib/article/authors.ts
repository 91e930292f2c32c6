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

// Roles whose holders wrote the story: JSON-LD `author` and RSS `dc:creator`.
// Photographers, editors, proofreaders and translators are contributors.
const writerRoles: ReadonlySet<Author['role']> = new Set(['text', 'reporter', 'correspondent', 'intern']);

/** Returns true when the author wrote the story (文, 记者, 通讯员, 实习生), not a photographer, editor or translator. */
export function isWriter(author: Pick<Author, 'role'>): boolean {
  return writerRoles.has(author.role);
}
