import type { NeedsPerson } from './needs-person.ts';
import type { ChromeRemoval } from './steps/drop-chrome.ts';
import { FULL_WIDTH, type AsciiMark } from './steps/full-width-punctuation.ts';

/** What one import repaired, counted per rule, and what it left for a person. */
export interface ImportReport {
  /** The raw file as the user named it. */
  readonly file: string;
  readonly sha256: string;
  readonly chromeRemoved: readonly ChromeRemoval[];
  readonly pinyinRemoved: number;
  readonly parentheticalsKept: number;
  readonly punctuation: Readonly<Record<AsciiMark, number>>;
  /** Characters the Traditional → Simplified conversion changed. */
  readonly scriptCharactersChanged: number;
  readonly paragraphs: number;
  readonly needsPerson: readonly NeedsPerson[];
}

/** Returns the report as people read it: a line per repair rule, then what needs a person. */
export function formatReport(report: ImportReport, written?: string): string {
  const out: string[] = [];
  out.push(written ? `Imported ${report.file} → ${written}` : `Read ${report.file}`);
  out.push(`  sha256 ${report.sha256}`, '', 'Repairs');
  // Counts first: labels hold Chinese examples whose display width padding cannot measure.
  const row = (label: string, count: number) => out.push(`  ${String(count).padStart(5, ' ')}  ${label}`);
  row('site chrome removed', report.chromeRemoved.length);
  for (const chrome of report.chromeRemoved) out.push(`           ${chrome.line}:${chrome.column}  «${chrome.text}»`);
  row('pinyin annotations removed', report.pinyinRemoved);
  row('parentheticals kept', report.parentheticalsKept);
  for (const [mark, full] of Object.entries(FULL_WIDTH)) {
    row(`punctuation ${mark} → ${full} in Chinese context`, report.punctuation[mark as AsciiMark]);
  }
  row('characters changed by script normalisation (→ Simplified)', report.scriptCharactersChanged);
  row('paragraphs', report.paragraphs);
  out.push('');
  if (report.needsPerson.length === 0) {
    out.push('Needs a person: nothing');
  } else {
    out.push(`Needs a person (${report.needsPerson.length})`);
    for (const item of report.needsPerson) {
      out.push(`  ${item.line}:${item.column}  ${item.where}: ${item.problem}.`);
      out.push(`      kept: ${item.kept}.`);
      out.push(`      to do: ${item.todo}.`);
    }
  }
  return `${out.join('\n')}\n`;
}
