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

/** Returns the report as people read it: a line per repair rule with what it changed, then what needs a person. */
export function formatReport(report: ImportReport, written?: string): string {
  const out: string[] = [];
  out.push(written ? `Imported ${report.file} → ${written}` : `Read ${report.file}`);
  out.push(`  sha256 ${report.sha256}`);
  out.push(`  encoding ${report.encoding}${report.encodingNote ? `: ${report.encodingNote}` : ''}`);
  out.push('', 'Repairs');
  // Counts first: labels hold Chinese examples whose display width padding cannot measure.
  const row = (label: string, count: number) => out.push(`  ${String(count).padStart(5, ' ')}  ${label}`);
  const pieces = (list: readonly { line: number; column: number; text: string }[]) => {
    for (const piece of list) out.push(`${LIST_INDENT}${piece.line}:${piece.column}  «${piece.text}»`);
  };
  row('control characters removed', report.controlsRemoved.length);
  for (const repair of report.controlsRemoved) out.push(`${LIST_INDENT}${repair.line}:${repair.column}  ${repair.was}`);
  row('HTML entities decoded', report.entitiesDecoded.length);
  for (const repair of report.entitiesDecoded) out.push(`${LIST_INDENT}${repair.line}:${repair.column}  ${repair.was} → «${repair.now}»`);
  row('site chrome removed', report.chromeRemoved.length);
  pieces(report.chromeRemoved);
  row('header text not used (second dates, editions, dispatch places)', report.headerUnused.length);
  pieces(report.headerUnused);
  row('closing credits and end marks moved out of the body', report.creditsMoved.length);
  pieces(report.creditsMoved);
  row('pinyin annotations removed', report.pinyinRemoved);
  if (report.pinyinAnnotatedThroughout) out.push(`${LIST_INDENT}the file is annotated throughout, so tone-marked notes are certain`);
  row('pinyin-like brackets kept, not certain (listed under needs a person)', report.pinyinKept);
  row('parentheticals kept', report.parentheticalsKept);
  for (const [mark, full] of Object.entries(FULL_WIDTH)) {
    row(`punctuation ${mark} → ${full} in Chinese context`, report.punctuation[mark as AsciiMark]);
  }
  const { traditionalOnly, simplifiedOnly } = report.scriptCounts;
  const script = report.sourceScript === 'hant' ? 'Traditional, converted to Simplified' : 'Simplified, kept as it is';
  row(`characters changed by script normalisation (the scrape is ${script}: ${traditionalOnly} Traditional-only, ${simplifiedOnly} Simplified-only characters)`, report.scriptCharactersChanged);
  for (const change of report.scriptChanges) {
    out.push(`${LIST_INDENT}${change.from}→${change.to} ×${change.count}${change.lines.length > 0 ? `  line${change.lines.length === 1 ? '' : 's'} ${change.lines.join(', ')}` : '  byline'}`);
  }
  if (report.otherScriptKept.length > 0) {
    out.push(`${LIST_INDENT}kept as written, though ${report.sourceScript === 'hans' ? 'Traditional' : 'Simplified'}-only (a name such as 於, or a leftover of a sloppy conversion):`);
    for (const char of report.otherScriptKept) {
      out.push(`${LIST_INDENT}${char.from} (conversion would give ${char.to}) ×${char.count}${char.lines.length > 0 ? `  line${char.lines.length === 1 ? '' : 's'} ${char.lines.join(', ')}` : ''}`);
    }
  }
  row('paragraphs', report.paragraphs);
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
  // Raw text was cleaned of control characters already; the file name was not.
  return printable(`${out.join('\n')}\n`);
}
