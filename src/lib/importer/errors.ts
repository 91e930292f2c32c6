import { quotable } from '../article/characters.ts';

/** A raw file the importer cannot turn into an article, told as file and what to do. */
export class ImportError extends Error {
  readonly file: string;

  constructor(file: string, message: string, options?: ErrorOptions) {
    super(`${printable(file)}: ${printable(message)}`, options);
    this.name = 'ImportError';
    this.file = file;
  }
}

/**
 * Returns text safe to print on a terminal, lines kept: every character the
 * article contract refuses is shown as [U+001B] (its one table), never sent raw.
 */
export function printable(text: string): string {
  return quotable(text, { lineBreaks: true });
}
