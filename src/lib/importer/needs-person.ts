/** Something the importer could not repair and a person must settle, at its place in the raw file. */
export interface NeedsPerson {
  readonly line: number;
  readonly column: number;
  /** The part of the article: title, source, byline, paragraph 3. */
  readonly where: string;
  /** What is wrong, quoting the raw text. */
  readonly problem: string;
  /** What the importer wrote instead, so the editor knows what they are looking at. */
  readonly kept: string;
  /** What to do about it. */
  readonly todo: string;
  /** The article check refuses the article while this stands: the build stops on it. */
  blocksBuild?: boolean;
}
