/** A raw file the importer cannot turn into an article, told as file and what to do. */
export class ImportError extends Error {
  readonly file: string;

  constructor(file: string, message: string, options?: ErrorOptions) {
    super(`${file}: ${message}`, options);
    this.name = 'ImportError';
    this.file = file;
  }
}
