import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Script } from '../site/variants.ts';
import { ImportError } from './errors.ts';
import { renderArticleMdx, type ArticleDraft, type DraftCredit } from './mdx.ts';
import type { NeedsPerson } from './needs-person.ts';
import type { ImportReport, LinePiece, ScriptChangeGroup } from './report.ts';
import { splitSourceLines, subSpan, type SourceSpan } from './source-text.ts';
import { readBodyCredits } from './steps/body-credits.ts';
import { checkImportedArticle } from './steps/check-article.ts';
import { toCurate } from './curation.ts';
import { cleanCharacters } from './steps/clean-characters.ts';
import type { BylineName } from './steps/credit-grammar.ts';
import { decodeBytes, shellQuote, UnreadableBytes, type DecodedText } from './steps/decode-bytes.ts';
import { detectMojibake } from './steps/detect-mojibake.ts';
import { dropChrome } from './steps/drop-chrome.ts';
import { describeDamage, findDamage, type Damage } from './steps/find-damage.ts';
import { fullWidthPunctuation, type AsciiMark } from './steps/full-width-punctuation.ts';
import { countScript, detectScript, normaliseScript, otherScriptCharacters, storedScript } from './steps/normalise-script.ts';
import { toMdxParagraphs } from './steps/paragraphs.ts';
import { readHeader, type Header } from './steps/read-header.ts';
import { annotatedThroughout, pinyinEvidence, removePinyin } from './steps/remove-pinyin.ts';
import { salvageAuthors } from './steps/salvage-authors.ts';

/** An imported article, the repaired paragraphs it was written from, and the report. */
export interface ImportResult {
  readonly article: ArticleDraft;
  /** The scrape as decoded, before any repair: what the HTML view shows beside the article. */
  readonly sourceText: string;
  /** The raw line each written paragraph came from, in order. */
  readonly paragraphLines: readonly number[];
  /** The raw line the title came from. */
  readonly titleLine: number;
  /** The body paragraphs after repair and before MDX escaping: what a reader must see. */
  readonly paragraphs: readonly string[];
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
 * Returns the article and repair report for a scraped raw file: bytes
 * decoded, control characters and entities cleaned, chrome dropped, header
 * read, credits taken from the lead and the end, damage found, pinyin removed
 * where certain, Traditional converted to Simplified (Simplified kept as it
 * is), punctuation made full-width, paragraphs escaped for MDX. `path` names
 * the file in messages; throws an ImportError when the bytes or the header
 * cannot be read.
 */
export function importArticle(raw: Uint8Array, path: string): ImportResult {
  const sha256 = createHash('sha256').update(raw).digest('hex');
  const decoded = decode(raw, path);
  const characters = cleanCharacters(splitSourceLines(decoded.text));
  const chrome = dropChrome(characters.lines);
  const damage = findDamage(chrome.lines);
  const header = readHeader(chrome.lines, path);
  const bodyCredits = readBodyCredits(header.body);
  const bodySpans = [...header.keptFromHeader, ...bodyCredits.body];

  const evidence = pinyinEvidence([header.title, ...bodySpans].map((span) => span.text));
  const byline = uniqueNames([...header.byline, ...bodyCredits.names]);
  const salvage = salvageAuthors(byline, damage, evidence);
  // Only text in the other script is converted: the whole scrape decides which script it is in.
  const counts = countScript([header.title, ...bodySpans, ...byline.map((b) => b.name)].map((span) => span.text).join('\n'));
  const script: Script = detectScript(counts);

  let pinyinRemoved = salvage.pinyinRemoved;
  const pinyinNotes: LinePiece[] = [...salvage.pinyinNotes];
  const parentheticals: LinePiece[] = [];
  const punctuationLines = new Map<AsciiMark, Map<number, number>>();
  let parentheticalsKept = 0;
  let scriptCharactersChanged = 0;
  const changes = new Map<string, { from: string; to: string; lines: Set<number>; count: number }>();
  const uncertainPinyin: NeedsPerson[] = [];
  const punctuation: Record<AsciiMark, number> = { ',': 0, ':': 0, ';': 0, '(': 0, ')': 0, '!': 0 };
  const convert = (text: string, line: number): string => {
    const result = normaliseScript(text, script);
    scriptCharactersChanged += result.changed;
    for (const change of result.changes) {
      const key = `${change.from}→${change.to}`;
      const entry = changes.get(key) ?? { from: change.from, to: change.to, lines: new Set<number>(), count: 0 };
      entry.count += 1;
      entry.lines.add(line);
      changes.set(key, entry);
    }
    return result.text;
  };
  const clean = (span: SourceSpan, where: string): string => {
    const pinyin = removePinyin(span.text, evidence);
    pinyinRemoved += pinyin.removed;
    pinyinNotes.push(...pinyin.removedNotes.map((text) => ({ line: span.line, text })));
    parentheticalsKept += pinyin.kept;
    parentheticals.push(...pinyin.keptBrackets.map((text) => ({ line: span.line, text })));
    for (const note of pinyin.uncertain) {
      const at = subSpan(span, note.index, 0);
      uncertainPinyin.push({
        line: at.line,
        column: at.column,
        where,
        problem: `«${note.text}» is ${note.reason}`,
        kept: 'the bracket as it is, so the article check stops the build until someone decides',
        todo: 'compare with the original publication: if a scraper added it, delete the bracketed pinyin and keep the characters; if the author wrote the reading note, keep it, knowing that the article check refuses pinyin after a character until that check is told about such notes',
      });
    }
    const punctuated = fullWidthPunctuation(convert(pinyin.text, span.line));
    for (const mark of Object.keys(punctuation) as AsciiMark[]) {
      punctuation[mark] += punctuated.counts[mark];
      if (punctuated.counts[mark] === 0) continue;
      const lines = punctuationLines.get(mark) ?? new Map<number, number>();
      lines.set(span.line, (lines.get(span.line) ?? 0) + punctuated.counts[mark]);
      punctuationLines.set(mark, lines);
    }
    return punctuated.text;
  };

  const title = clean(header.title, 'title');
  const sourceSpan = header.source ?? header.organisations[0] ?? bodyCredits.organisations[0];
  const source = sourceSpan ? { name: clean(sourceSpan, 'source').replace(/^《(.+)》$/u, '$1') } : undefined;
  const authors = salvage.authors.map((author) => ({ ...author, name: convert(author.name, 0) }));
  const credits: DraftCredit[] = [...header.credits, ...bodyCredits.credits].map((credit) => ({ role: credit.role, name: convert(credit.text.text, credit.text.line) }));
  const paragraphs = bodySpans.map((span, index) => clean(span, `paragraph ${index + 1}`));

  const movedLines = new Set(bodyCredits.moved.map((span) => span.line));
  const accounted = new Set(salvage.accountedFor);
  const needsPerson: NeedsPerson[] = [
    ...missingHeaderFields(header, authors.length + credits.length, sourceSpan),
    ...salvage.needsPerson,
    ...[...header.doubtful, ...bodyCredits.doubtful].map((name) => ({
      line: name.line,
      column: name.column,
      where: 'byline',
      problem: `«${name.text}» is longer than a Chinese name: two names written together, or a name with a place or title`,
      kept: 'it as one author',
      todo: 'check the original publication and split or shorten the name in `authors:`',
    })),
    ...uncertainPinyin,
    ...(header.headerBeforeTitle
      ? [
          {
            line: header.headerBeforeTitle.line,
            column: header.headerBeforeTitle.column,
            where: 'title',
            problem: `line ${header.headerBeforeTitle.line} «${header.headerBeforeTitle.text}» reads as a byline or a date line, not a headline, so line ${header.title.line} «${header.title.text}» was taken as the headline`,
            kept: `line ${header.title.line} as the title and line ${header.headerBeforeTitle.line} as part of the header`,
            todo: 'check the headline against the original publication and correct `title:` if the page had another',
          },
        ]
      : []),
    ...header.keptFromHeader.map((span) => ({
      line: span.line,
      column: span.column,
      where: 'paragraph 1',
      problem: `«${span.text}» stands between the title and the date line: a subtitle, or a header the importer could not read`,
      kept: 'it as a paragraph at the start of the body',
      todo: 'keep it, move it into the title or summary, or delete it if it is page furniture',
    })),
    ...damage
      .filter((d) => !accounted.has(d))
      .map((d) => ({ line: d.line, column: d.column, where: movedLines.has(d.line) ? 'credits' : partAt(header, bodySpans, d.line), problem: describeDamage(d), ...TODO[d.kind] })),
  ].sort((a, b) => a.line - b.line || a.column - b.column);

  const scriptChanges = groupChanges(changes);
  // A Simplified scrape is kept as written; its Traditional-only characters (於 as a surname, or a sloppy leftover) are listed for the editor.
  const kept = new Map<string, { from: string; to: string; lines: Set<number>; count: number }>();
  if (script === storedScript) {
    for (const span of [header.title, ...byline.map((b) => b.name), ...bodySpans]) {
      for (const change of otherScriptCharacters(span.text, script)) {
        const key = `${change.from}→${change.to}`;
        const entry = kept.get(key) ?? { from: change.from, to: change.to, lines: new Set<number>(), count: 0 };
        entry.count += 1;
        entry.lines.add(span.line);
        kept.set(key, entry);
      }
    }
  }

  const article: ArticleDraft = {
    title,
    date: header.date,
    script: storedScript,
    source,
    authors,
    credits,
    imported: { file: basename(path), sha256 },
    body: toMdxParagraphs(paragraphs),
  };
  const written = bodySpans.filter((_, index) => (paragraphs[index] ?? '').trim() !== '');
  // The last step: the build's own article check on what is about to be written.
  const checked = checkImportedArticle(
    renderArticleMdx(article),
    {
      title: header.title,
      sourceLine: sourceSpan?.line ?? header.dateLine,
      bylineLine: header.bylineLines[0] ?? header.dateLine,
      paragraphs: written,
    },
    needsPerson,
  );

  return {
    article,
    sourceText: decoded.text,
    paragraphLines: written.map((span) => span.line),
    titleLine: header.title.line,
    paragraphs: paragraphs.map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== ''),
    report: {
      file: path,
      sha256,
      encoding: decoded.encoding,
      encodingNote: decoded.note,
      controlsRemoved: characters.controlsRemoved,
      entitiesDecoded: characters.entitiesDecoded,
      chromeRemoved: chrome.removed,
      headerUnused: header.unused.map((span) => ({ line: span.line, column: span.column, text: span.text })),
      creditsMoved: bodyCredits.moved.map((span) => ({ line: span.line, column: span.column, text: span.text })),
      pinyinRemoved,
      pinyinNotes,
      parentheticals,
      punctuationLines: Object.fromEntries([...punctuationLines].map(([mark, lines]) => [mark, [...lines].sort((a, b) => a[0] - b[0]).map(([line, count]) => ({ line, count }))])),
      toCurate: toCurate(article, paragraphs),
      pinyinAnnotatedThroughout: annotatedThroughout(evidence),
      pinyinKept: uncertainPinyin.length,
      parentheticalsKept,
      punctuation,
      sourceScript: script,
      scriptCounts: counts,
      scriptCharactersChanged,
      scriptChanges,
      otherScriptKept: groupChanges(kept),
      paragraphs: paragraphs.length,
      needsPerson: checked,
    },
  };
}

/** Returns changes grouped by character, most frequent first, with the raw lines they were on (0 for byline names). */
function groupChanges(changes: Map<string, { from: string; to: string; lines: Set<number>; count: number }>): ScriptChangeGroup[] {
  return [...changes.values()]
    .sort((a, b) => b.count - a.count || a.from.localeCompare(b.from))
    .map((entry) => ({ from: entry.from, to: entry.to, count: entry.count, lines: [...entry.lines].filter((line) => line > 0).sort((a, b) => a - b) }));
}

function decode(raw: Uint8Array, path: string): DecodedText {
  let decoded: DecodedText;
  try {
    decoded = decodeBytes(raw, path);
  } catch (cause) {
    if (cause instanceof UnreadableBytes) throw new ImportError(path, cause.message, { cause });
    throw cause;
  }
  // Text that decodes but was garbled before it reached us is refused, never imported as Latin letters.
  const mojibake = detectMojibake(decoded.text);
  if (mojibake) {
    const cut = (text: string) => ([...text].length > 24 ? `${[...text].slice(0, 24).join('')}…` : text);
    const repaired = path.replace(/(\.[^./]*)?$/, '.repaired.txt');
    throw new ImportError(
      path,
      `reads as mojibake, so nothing was imported: ${mojibake.cause} (${mojibake.garbledCharacters} characters; line ${mojibake.line}: «${cut(mojibake.sample.garbled)}» reads «${cut(mojibake.sample.repaired)}» once repaired). ` +
        `Repair it, check that the result reads as Chinese, and import that file: ${mojibake.command.replace('{in}', shellQuote(path)).replace('{out}', shellQuote(repaired))}`,
    );
  }
  return decoded;
}

// The same person credited in the byline and again at the end is one author.
function uniqueNames(names: readonly BylineName[]): BylineName[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = `${name.role}\u0000${name.name.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function missingHeaderFields(header: Header, credited: number, source: SourceSpan | undefined): NeedsPerson[] {
  const missing: NeedsPerson[] = [];
  const { dateLine } = header;
  if (!source) {
    missing.push({
      line: dateLine,
      column: 1,
      where: 'source',
      problem: 'no publication is named next to the date, in a `来源：` label or in the first paragraph',
      kept: 'no `source` field, so the article check refuses the file until one is added',
      todo: 'add `source: { name: … }` with the publication from the original page',
    });
  }
  if (credited === 0 && header.bylineLines.length === 0) {
    const first: SourceSpan | undefined = header.body[0];
    missing.push({
      line: first?.line ?? dateLine,
      column: 1,
      where: 'byline',
      problem: 'no byline (a line such as `文/黃星星 圖/周欣` or `记者 张三`) in the header, the first paragraph or the closing credits',
      kept: 'no authors, so the article check refuses the file until one is added',
      todo: 'add the authors from the original publication under `authors:`',
    });
  } else if (credited === 0) {
    missing.push({
      line: header.bylineLines[0] ?? dateLine,
      column: 1,
      where: 'byline',
      problem: 'the byline names nobody that could be read',
      kept: 'no authors, so the article check refuses the file until one is added',
      todo: 'add the authors from the original publication under `authors:`',
    });
  }
  return missing;
}

function partAt(header: Header, body: readonly SourceSpan[], line: number): string {
  if (line === header.title.line) return 'title';
  if (line === header.dateLine) return 'source';
  if (header.bylineLines.includes(line)) return 'byline';
  const index = body.findIndex((span) => span.line === line);
  return index < 0 ? 'header' : `paragraph ${index + 1}`;
}
