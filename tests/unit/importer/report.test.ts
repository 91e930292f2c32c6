import { describe, expect, it } from 'vitest';
import { importArticle } from '../../../src/lib/importer/pipeline.ts';
import { formatReport, repairRows } from '../../../src/lib/importer/report.ts';
import { seedBytes } from './seed.ts';

const { report } = importArticle(seedBytes, 'raw/000_641221267d3722fd.txt');
const text = formatReport(report, 'out/2023-02-24-23ed584e.mdx');

describe('the printed report', () => {
  it('names the file read and the file written', () => {
    expect(text.split('\n')[0]).toBe('Imported raw/000_641221267d3722fd.txt → out/2023-02-24-23ed584e.mdx');
    expect(text).toContain(`sha256 ${report.sha256}`);
  });

  it('puts what needs a person first, then what is left to curate, then the repairs, then what was kept', () => {
    const headings = text.split('\n').filter((line) => /^[A-Z]/.test(line)).map((line) => line.replace(/ \(.*$|:.*$/, ''));
    expect(headings).toEqual(['Imported raw/000_641221267d3722fd.txt → out/2023-02-24-23ed584e.mdx', 'Needs a person', 'Still to curate', 'Repairs', 'Kept as written']);
  });

  it('gives a count and a list for every repair rule, and the counts add up to the total', () => {
    expect(text).toMatch(/^ +229 {2}pinyin annotations removed$/m);
    expect(text).toMatch(/^ +line 4: 監\(jiān\) 業\(yè\) 護\(hù\) 經\(jīng\) /m);
    expect(text).toMatch(/^ +2 {2}site chrome and page furniture removed\n +2:25 {2}«點擊:次»\n +11:1 {2}«掃碼投訴»$/m);
    for (const [mark, full] of [[',', '，'], [':', '：'], [';', '；'], ['(', '（'], [')', '）'], ['!', '！']] as const) {
      expect(text).toMatch(new RegExp(`^ +${report.punctuation[mark]} {2}punctuation \\${mark} → ${full} in Chinese context$`, 'm'));
    }
    const rows = repairRows(report);
    const total = rows.reduce((sum, row) => sum + row.count, 0);
    expect(text).toContain(`Repairs (${total} in all)`);
    expect(total).toBe(2 + 229 + report.scriptCharactersChanged + Object.values(report.punctuation).reduce((sum, n) => sum + n, 0));
    // Each list accounts for its count: one entry per item, or per line with its number.
    const listed = (row: (typeof rows)[number]) =>
      row.list.reduce((sum, entry) => sum + (/×(\d+)/.exec(entry) ? Number(/×(\d+)/.exec(entry)?.[1]) : /^line \d+: /.test(entry) ? entry.replace(/^line \d+: /, '').split(' ').length : /^the file/.test(entry) ? 0 : 1), 0);
    for (const row of rows) expect({ label: row.label, listed: listed(row) }).toEqual({ label: row.label, listed: row.count });
  });

  it('lists what was kept as written: the parentheticals and the paragraphs', () => {
    expect(text).toMatch(/^Kept as written\n +5 {2}parentheticals\n/m);
    expect(text).toMatch(/^ +6 {2}paragraphs$/m);
  });

  it('lists what needs a person with line:column, what was kept and what to do', () => {
    expect(text).toContain('Needs a person (1)');
    expect(text).toMatch(/^ {2}3:8 {2}byline: .*姜/m);
    expect(text).toMatch(/^ +kept: 姜, marked `incomplete: true`; missing: one or more characters after 姜\.$/m);
    expect(text).toMatch(/^ +to do: .*never guess\.$/m);
  });

  it('lists what the editor must still curate: entities, summary, the event day the lead names, the photographer with no photo', () => {
    expect(report.toCurate.map((item) => item.field)).toEqual(['entities', 'summary', 'eventDate', 'image', 'source.url']);
    expect(text).toMatch(/^ {2}eventDate: the lead names 2月17日 and the article is dated 2023-02-24: if the story happened on 2月17日, add `eventDate: 2023-02-17`\.$/m);
    expect(text).toMatch(/^ {2}image: the byline credits 周欣 for photos, and a scrape brings none: /m);
  });

  it('says so when nothing needs a person', () => {
    expect(formatReport({ ...report, needsPerson: [] })).toContain('Needs a person: nothing');
  });
});
