import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { ArticleDraft } from './mdx.ts';
import type { NeedsPerson } from './needs-person.ts';
import type { ImportReport } from './report.ts';
import { splitSourceLines, type SourceSpan } from './source-text.ts';
import { dropChrome } from './steps/drop-chrome.ts';
import { describeDamage, findDamage, type Damage } from './steps/find-damage.ts';
import { fullWidthPunctuation, type AsciiMark } from './steps/full-width-punctuation.ts';
import { normaliseScript, storedScript } from './steps/normalise-script.ts';
import { toMdxParagraphs } from './steps/paragraphs.ts';
import { readHeader, type Header } from './steps/read-header.ts';
import { removePinyin } from './steps/remove-pinyin.ts';
import { salvageAuthors } from './steps/salvage-authors.ts';

/** An imported article and the report of what was repaired and what needs a person. */
export interface ImportResult {
  readonly article: ArticleDraft;
  readonly report: ImportReport;
}

const TODO: Record<Damage['kind'], { kept: string; todo: string }> = {
  'lost-character': {
    kept: 'the text as it is: the importer cannot know what was lost',
    todo: 'compare with the original publication and restore the lost character in the MDX; if it really is a question mark, make it ？ and leave it',
  },
  'replacement-character': {
    kept: 'the text as it is, U+FFFD included, so the article check refuses it until it is fixed',
    todo: 'find the character in the original publication and put it in the MDX',
  },
  'unmatched-bracket': {
    kept: 'the bracket as it is',
    todo: 'add the missing bracket or remove the stray one, following the original publication',
  },
};

/**
 * Returns the article and repair report for a scraped raw file: chrome
 * dropped, header read, damage found, pinyin removed, script normalised to
 * Simplified, punctuation made full-width, paragraphs escaped for MDX. `path`
 * names the file in messages; throws an ImportError when the header is unreadable.
 */
export function importArticle(raw: Uint8Array, path: string): ImportResult {
  const sha256 = createHash('sha256').update(raw).digest('hex');
  // Bytes that are not UTF-8 decode to U+FFFD, which the damage step reports.
  const lines = splitSourceLines(new TextDecoder('utf-8').decode(raw));

  const chrome = dropChrome(lines);
  const damage = findDamage(chrome.lines);
  const header = readHeader(chrome.lines, path);
  const salvage = salvageAuthors(header.byline, damage);

  let pinyinRemoved = salvage.pinyinRemoved;
  let parentheticalsKept = 0;
  let scriptCharactersChanged = 0;
  const punctuation: Record<AsciiMark, number> = { ',': 0, ':': 0, ';': 0, '(': 0, ')': 0, '!': 0 };
  const clean = (text: string): string => {
    const pinyin = removePinyin(text);
    pinyinRemoved += pinyin.removed;
    parentheticalsKept += pinyin.kept;
    const script = normaliseScript(pinyin.text);
    scriptCharactersChanged += script.changed;
    const punctuated = fullWidthPunctuation(script.text);
    for (const mark of Object.keys(punctuation) as AsciiMark[]) punctuation[mark] += punctuated.counts[mark];
    return punctuated.text;
  };

  const title = clean(header.title.text);
  const source = header.source ? { name: clean(header.source.text) } : undefined;
  const authors = salvage.authors.map((author) => {
    const script = normaliseScript(author.name);
    scriptCharactersChanged += script.changed;
    return { ...author, name: script.text };
  });
  const paragraphs = header.body.map((span) => clean(span.text));

  const accounted = new Set(salvage.accountedFor);
  const needsPerson: NeedsPerson[] = [
    ...missingHeaderFields(header),
    ...salvage.needsPerson,
    ...damage
      .filter((d) => !accounted.has(d))
      .map((d) => ({ line: d.line, column: d.column, where: partAt(header, d.line), problem: describeDamage(d), ...TODO[d.kind] })),
  ].sort((a, b) => a.line - b.line || a.column - b.column);

  return {
    article: {
      title,
      date: header.date,
      script: storedScript,
      source,
      authors,
      imported: { file: basename(path), sha256 },
      body: toMdxParagraphs(paragraphs),
    },
    report: {
      file: path,
      sha256,
      chromeRemoved: chrome.removed,
      pinyinRemoved,
      parentheticalsKept,
      punctuation,
      scriptCharactersChanged,
      paragraphs: paragraphs.length,
      needsPerson,
    },
  };
}

function missingHeaderFields(header: Header): NeedsPerson[] {
  const missing: NeedsPerson[] = [];
  const { dateLine } = header;
  if (!header.source) {
    missing.push({
      line: dateLine,
      column: 1,
      where: 'source',
      problem: 'no publication is named after the date',
      kept: 'no `source` field, so the article check refuses the file until one is added',
      todo: 'add `source: { name: … }` with the publication from the original page',
    });
  }
  if (header.bylineLine === undefined) {
    const first: SourceSpan | undefined = header.body[0];
    missing.push({
      line: first?.line ?? dateLine,
      column: 1,
      where: 'byline',
      problem: 'no byline (a line such as `文/黃星星 圖/周欣`) after the date line',
      kept: 'no authors, so the article check refuses the file until one is added',
      todo: 'add the authors from the original publication under `authors:`',
    });
  } else if (header.byline.length === 0) {
    missing.push({
      line: header.bylineLine,
      column: 1,
      where: 'byline',
      problem: 'the byline names nobody that could be read',
      kept: 'no authors, so the article check refuses the file until one is added',
      todo: 'add the authors from the original publication under `authors:`',
    });
  }
  return missing;
}

function partAt(header: Header, line: number): string {
  if (line === header.title.line) return 'title';
  if (line === header.dateLine) return 'source';
  if (line === header.bylineLine) return 'byline';
  return `paragraph ${header.body.findIndex((span) => span.line === line) + 1}`;
}
