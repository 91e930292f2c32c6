import type { Script } from '../site/variants.ts';
import { printable } from './errors.ts';
import type { NeedsPerson } from './needs-person.ts';
import type { CharacterRepair } from './steps/clean-characters.ts';
import type { TextEncodingName } from './steps/decode-bytes.ts';
import type { ChromeRemoval } from './steps/drop-chrome.ts';
import { FULL_WIDTH, type AsciiMark } from './steps/full-width-punctuation.ts';
import type { ScriptCount } from './steps/normalise-script.ts';

/** A piece of raw text the importer took out of the article, with where it was. */
export interface RawPiece {
  readonly line: number;
  readonly column: number;
  readonly text: string;
}

/** A piece of text at a raw line: a pinyin note removed, a bracket kept. */
export interface LinePiece {
  readonly line: number;
  readonly text: string;
}

/** Something the editor must still add to finish the article: the field, and what to write. */
export interface CurationItem {
  readonly field: string;
  readonly todo: string;
}

/** One character change of the script conversion, how often it was made and on which raw lines. */
export interface ScriptChangeGroup {
  readonly from: string;
  readonly to: string;
  readonly count: number;
  readonly lines: readonly number[];
}

/** What one import repaired, counted and listed per rule, and what it left for a person. */
export interface ImportReport {
  /** The raw file as the user named it. */
  readonly file: string;
  readonly sha256: string;
  readonly encoding: TextEncodingName;
  /** How a file that was not UTF-8 was read. */
  readonly encodingNote: string | undefined;
  readonly controlsRemoved: readonly CharacterRepair[];
  readonly entitiesDecoded: readonly CharacterRepair[];
  readonly chromeRemoved: readonly ChromeRemoval[];
  /** Header text read past: a second date, an edition number, a dispatch place. */
  readonly headerUnused: readonly RawPiece[];
  /** Trailing credit and editor lines and end marks taken out of the body into the frontmatter. */
  readonly creditsMoved: readonly RawPiece[];
  readonly pinyinRemoved: number;
  /** Each pinyin annotation removed, with its raw line. */
  readonly pinyinNotes: readonly LinePiece[];
  /** Bracketed text kept as written (示範站(點), (AI)), with its raw line. */
  readonly parentheticals: readonly LinePiece[];
  /** For each punctuation mark made full-width, how many on which raw line. */
  readonly punctuationLines: Readonly<Partial<Record<AsciiMark, readonly { readonly line: number; readonly count: number }[]>>>;
  /** What the editor must still add to finish the article. */
  readonly toCurate: readonly CurationItem[];
  /** Whether the file is annotated throughout, which is what makes removing annotations certain. */
  readonly pinyinAnnotatedThroughout: boolean;
  /** Brackets that read as pinyin but were kept, each listed under needs a person. */
  readonly pinyinKept: number;
  readonly parentheticalsKept: number;
  readonly punctuation: Readonly<Record<AsciiMark, number>>;
  /** The script the scrape was written in; only Traditional is converted. */
  readonly sourceScript: Script;
  readonly scriptCounts: ScriptCount;
  /** Characters the Traditional → Simplified conversion changed. */
  readonly scriptCharactersChanged: number;
  /** Every change the conversion made, by character. */
  readonly scriptChanges: readonly ScriptChangeGroup[];
  /** Characters of the other script in a scrape that is not converted, kept as written. */
  readonly otherScriptKept: readonly ScriptChangeGroup[];
  readonly paragraphs: number;
  readonly needsPerson: readonly NeedsPerson[];
}

const LIST_INDENT = '           ';

/** Returns the repair rows of a report, each with its count and its list: the rows add up to the total the report gives. */
export function repairRows(report: ImportReport): { label: string; count: number; list: string[] }[] {
  const pieces = (list: readonly { line: number; column: number; text: string }[]) => list.map((piece) => `${piece.line}:${piece.column}  «${piece.text}»`);
  const byLine = (list: readonly LinePiece[]) => {
    const lines = new Map<number, string[]>();
    for (const piece of list) lines.set(piece.line, [...(lines.get(piece.line) ?? []), piece.text]);
    return [...lines].map(([line, texts]) => `${line > 0 ? `line ${line}` : 'byline'}: ${texts.join(' ')}`);
  };
  const { traditionalOnly, simplifiedOnly } = report.scriptCounts;
  const script = report.sourceScript === 'hant' ? 'Traditional, converted to Simplified' : 'Simplified, kept as it is';
  return [
    { label: 'control and invisible characters removed', count: report.controlsRemoved.length, list: report.controlsRemoved.map((r) => `${r.line}:${r.column}  ${r.was}`) },
    { label: 'HTML entities decoded', count: report.entitiesDecoded.length, list: report.entitiesDecoded.map((r) => `${r.line}:${r.column}  ${r.was} → «${r.now}»`) },
    { label: 'site chrome and page furniture removed', count: report.chromeRemoved.length, list: pieces(report.chromeRemoved) },
    { label: 'header text not used (second dates, editions, dispatch places)', count: report.headerUnused.length, list: pieces(report.headerUnused) },
    { label: 'closing credits, print edition lines and end marks moved out of the body', count: report.creditsMoved.length, list: pieces(report.creditsMoved) },
    {
      label: 'pinyin annotations removed',
      count: report.pinyinRemoved,
      list: [...(report.pinyinAnnotatedThroughout ? ['the file is annotated throughout, so tone-marked notes are certain'] : []), ...byLine(report.pinyinNotes)],
    },
    ...(Object.entries(FULL_WIDTH) as [AsciiMark, string][]).map(([mark, full]) => ({
      label: `punctuation ${mark} → ${full} in Chinese context`,
      count: report.punctuation[mark],
      list: (report.punctuationLines[mark] ?? []).map((entry) => `line ${entry.line}: ×${entry.count}`),
    })),
    {
      label: `characters changed by script normalisation (the scrape is ${script}: ${traditionalOnly} Traditional-only, ${simplifiedOnly} Simplified-only characters)`,
      count: report.scriptCharactersChanged,
      list: report.scriptChanges.map((change) => `${change.from}→${change.to} ×${change.count}${change.lines.length > 0 ? `  line${change.lines.length === 1 ? '' : 's'} ${change.lines.join(', ')}` : '  byline'}`),
    },
  ];
}

/**
 * Returns the report as an editor acts on it: what needs a person first
 * (marking what stops the build), then what is left to curate, then every
 * repair with its count and its list, the counts adding up to the total,
 * then what was kept as written.
 */
export function formatReport(report: ImportReport, written?: string): string {
  const out: string[] = [];
  out.push(written ? `Imported ${report.file} → ${written}` : `Read ${report.file}`);
  out.push(`  sha256 ${report.sha256}`);
  out.push(`  encoding ${report.encoding}${report.encodingNote ? `: ${report.encodingNote}` : ''}`);
  out.push('');
  if (report.needsPerson.length === 0) {
    out.push('Needs a person: nothing');
  } else {
    const blocking = report.needsPerson.filter((item) => item.blocksBuild).length;
    out.push(`Needs a person (${report.needsPerson.length}${blocking > 0 ? `, ${blocking} of them stop the build` : ''})`);
    for (const item of report.needsPerson) {
      out.push(`  ${item.line}:${item.column}  ${item.blocksBuild ? '[stops the build] ' : ''}${item.where}: ${item.problem}.`);
      out.push(`      kept: ${item.kept}.`);
      out.push(`      to do: ${item.todo}.`);
    }
  }
  out.push('', `Still to curate (${report.toCurate.length})`);
  for (const item of report.toCurate) out.push(`  ${item.field}: ${item.todo}.`);

  const rows = repairRows(report);
  out.push('', `Repairs (${rows.reduce((sum, row) => sum + row.count, 0)} in all)`);
  // Counts first: labels hold Chinese examples whose display width padding cannot measure.
  for (const row of rows) {
    out.push(`  ${String(row.count).padStart(5, ' ')}  ${row.label}`);
    for (const entry of row.list) out.push(`${LIST_INDENT}${entry}`);
  }

  out.push('', 'Kept as written');
  out.push(`  ${String(report.parentheticalsKept).padStart(5, ' ')}  parentheticals`);
  for (const piece of report.parentheticals) out.push(`${LIST_INDENT}line ${piece.line}: ${piece.text}`);
  if (report.otherScriptKept.length > 0) {
    out.push(`  ${String(report.otherScriptKept.reduce((sum, c) => sum + c.count, 0)).padStart(5, ' ')}  ${report.sourceScript === 'hans' ? 'Traditional' : 'Simplified'}-only characters (a name such as 於, or a leftover of a sloppy conversion)`);
    for (const char of report.otherScriptKept) {
      out.push(`${LIST_INDENT}${char.from} (conversion would give ${char.to}) ×${char.count}${char.lines.length > 0 ? `  line${char.lines.length === 1 ? '' : 's'} ${char.lines.join(', ')}` : ''}`);
    }
  }
  out.push(`  ${String(report.paragraphs).padStart(5, ' ')}  paragraphs`);
  // Raw text was cleaned of control characters already; the file name was not.
  return printable(`${out.join('\n')}\n`);
}
