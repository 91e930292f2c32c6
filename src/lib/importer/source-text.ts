/** A piece of the raw file with where it starts, so reports can point at it. */
export interface SourceSpan {
  /** 1-based line in the raw file. */
  readonly line: number;
  /** 1-based column (in characters, not bytes or UTF-16 units) of the span's first character. */
  readonly column: number;
  readonly text: string;
}

/** A place in the raw file, 1-based, counted in characters. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** Returns the raw text as one span per line, numbered as an editor shows them. */
export function splitSourceLines(raw: string): SourceSpan[] {
  // A byte-order mark is invisible in editors; counting it would shift every column on line 1.
  return raw
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((text, index) => ({ line: index + 1, column: 1, text }));
}

/** Returns the span of `span.text` starting at UTF-16 `index` and running `length` units (all of it by default). */
export function subSpan(span: SourceSpan, index: number, length = span.text.length - index): SourceSpan {
  return { line: span.line, column: span.column + characterCount(span.text.slice(0, index)), text: span.text.slice(index, index + length) };
}

/** Returns the position of UTF-16 `index` inside a span. */
export function positionIn(span: SourceSpan, index: number): SourcePosition {
  return { line: span.line, column: span.column + characterCount(span.text.slice(0, index)) };
}

/** Returns `line:column`, the form editors jump to. */
export function formatPosition(position: SourcePosition): string {
  return `${position.line}:${position.column}`;
}

/** Returns how many characters (code points) `text` has, as editors count columns. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}
