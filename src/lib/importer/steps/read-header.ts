import type { Author } from '../../article/schema.ts';
import { ImportError } from '../errors.ts';
import { subSpan, type SourceSpan } from '../source-text.ts';

export type AuthorRole = Author['role'];

/** One name in the byline, as the raw file has it, with the role it was given. */
export interface BylineName {
  readonly role: AuthorRole;
  readonly name: SourceSpan;
}

/** The parts of a scraped article: header fields as raw spans, then the body lines. */
export interface Header {
  readonly title: SourceSpan;
  /** Publication date as YYYY-MM-DD. */
  readonly date: string;
  /** The line the date (and source) was read from. */
  readonly dateLine: number;
  /** The publication named after the date, if any. */
  readonly source: SourceSpan | undefined;
  /** The line the byline was read from, if there was one. */
  readonly bylineLine: number | undefined;
  readonly byline: BylineName[];
  /** Every non-empty line after the header, trimmed. */
  readonly body: SourceSpan[];
}

// Role words as Chinese bylines write them, in either script. Longer words
// first so 文字/ is not read as 文 followed by a name 字.
const ROLE_WORDS: readonly (readonly [string, AuthorRole])[] = [
  ['文字', 'text'],
  ['记者', 'text'],
  ['記者', 'text'],
  ['文', 'text'],
  ['摄影', 'photo'],
  ['攝影', 'photo'],
  ['图片', 'photo'],
  ['圖片', 'photo'],
  ['图', 'photo'],
  ['圖', 'photo'],
  ['编辑', 'editor'],
  ['編輯', 'editor'],
  ['视频', 'video'],
  ['視頻', 'video'],
  ['翻译', 'translator'],
  ['翻譯', 'translator'],
];
const ROLE_MARK = new RegExp(`^(${ROLE_WORDS.map(([word]) => word).join('|')})[/／:：]`, 'u');
const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?=\s|$)/u;
const SOURCE_LABEL = /^(?:[来來]源|出[处處])\s*[:：]\s*/u;
const HEADER_HELP =
  'the importer reads line 1 as the title, line 2 as the date and source (for example `2023-02-24 中國質量萬里行`), an optional byline (`文/黃星星 圖/周欣`), then one paragraph per line';

/**
 * Returns the title, date, source, byline and body of a scraped article, or
 * throws an ImportError naming the file and the line to fix.
 */
export function readHeader(lines: readonly SourceSpan[], file: string): Header {
  const filled = lines.filter((span) => span.text.trim() !== '').map(trimSpan);
  const [title, dateLine, ...rest] = filled;
  if (!title) throw new ImportError(file, `the file has no text. ${capitalise(HEADER_HELP)}.`);
  if (DATE.test(title.text)) {
    throw new ImportError(file, `line ${title.line} is a date, but the title must come first: add the headline above it (${HEADER_HELP}).`);
  }
  if (!dateLine) throw new ImportError(file, `there is no date line after the title on line ${title.line}: ${HEADER_HELP}.`);
  const date = readDate(dateLine, file);

  const source = readSource(dateLine, date.length);
  const byline = rest[0] ? readByline(rest[0]) : undefined;
  return {
    title,
    date: date.iso,
    dateLine: dateLine.line,
    source,
    bylineLine: byline ? rest[0]?.line : undefined,
    byline: byline ?? [],
    body: byline ? rest.slice(1) : rest,
  };
}

function readDate(span: SourceSpan, file: string): { iso: string; length: number } {
  const match = DATE.exec(span.text);
  if (!match) {
    throw new ImportError(
      file,
      `line ${span.line} should start with the publication date, found «${span.text.slice(0, 30)}». Write the date from the original page as YYYY-MM-DD at the start of that line (${HEADER_HELP}).`,
    );
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new ImportError(file, `line ${span.line}: «${match[0]}» is not a real calendar date; check the original page and correct it.`);
  }
  return { iso: date.toISOString().slice(0, 10), length: match[0].length };
}

function readSource(dateLine: SourceSpan, dateLength: number): SourceSpan | undefined {
  let rest = trimSpan(subSpan(dateLine, dateLength));
  const label = SOURCE_LABEL.exec(rest.text);
  if (label) rest = trimSpan(subSpan(rest, label[0].length));
  return rest.text === '' ? undefined : rest;
}

function readByline(span: SourceSpan): BylineName[] | undefined {
  const names: BylineName[] = [];
  let role: AuthorRole | undefined;
  for (const token of span.text.matchAll(/[^\s\u3000]+/gu)) {
    const mark = ROLE_MARK.exec(token[0]);
    let nameStart = token.index;
    if (mark) {
      role = ROLE_WORDS.find(([word]) => word === mark[1])?.[1];
      nameStart += mark[0].length;
    } else if (!role) {
      // The line does not open with a role: it is the first paragraph, not a byline.
      return undefined;
    }
    const nameLength = token.index + token[0].length - nameStart;
    if (role && nameLength > 0) names.push({ role, name: subSpan(span, nameStart, nameLength) });
  }
  return names;
}

function trimSpan(span: SourceSpan): SourceSpan {
  const start = span.text.length - span.text.trimStart().length;
  return subSpan(span, start, span.text.trim().length);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
