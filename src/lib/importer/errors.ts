/** A raw file the importer cannot turn into an article, told as file and what to do. */
export class ImportError extends Error {
  readonly file: string;

  constructor(file: string, message: string, options?: ErrorOptions) {
    super(`${printable(file)}: ${printable(message)}`, options);
    this.name = 'ImportError';
    this.file = file;
  }
}

/** Returns text safe to print on a terminal: control characters shown as \u{…}, never sent raw. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`);
}
