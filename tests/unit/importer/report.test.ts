import { describe, expect, it } from 'vitest';
import { importArticle } from '../../../src/lib/importer/pipeline.ts';
import { formatReport } from '../../../src/lib/importer/report.ts';
import { seedBytes } from './seed.ts';

const { report } = importArticle(seedBytes, 'raw/000_641221267d3722fd.txt');
const text = formatReport(report, 'out/2023-02-24-23ed584e.mdx');

describe('the printed report', () => {
  it('names the file read and the file written', () => {
    expect(text.split('\n')[0]).toBe('Imported raw/000_641221267d3722fd.txt → out/2023-02-24-23ed584e.mdx');
    expect(text).toContain(`sha256 ${report.sha256}`);
  });

  it('gives a count for every repair rule', () => {
    expect(text).toMatch(/^ +229 {2}pinyin annotations removed$/m);
    expect(text).toMatch(/^ +5 {2}parentheticals kept$/m);
    expect(text).toMatch(/^ +2 {2}site chrome removed$/m);
    expect(text).toMatch(/^ +2:25 {2}«點擊:次»$/m);
    expect(text).toMatch(/^ +11:1 {2}«掃碼投訴»$/m);
    for (const [mark, full] of [[',', '，'], [':', '：'], [';', '；'], ['(', '（'], [')', '）'], ['!', '！']] as const) {
      expect(text).toMatch(new RegExp(`^ +${report.punctuation[mark]} {2}punctuation \\${mark} → ${full} in Chinese context$`, 'm'));
    }
    expect(text).toMatch(new RegExp(`^ +${report.scriptCharactersChanged} {2}characters changed by script normalisation`, 'm'));
  });

  it('lists what needs a person with line:column, what was kept and what to do', () => {
    expect(text).toContain('Needs a person (1)');
    expect(text).toMatch(/^ {2}3:8 {2}byline: .*姜/m);
    expect(text).toMatch(/^ +kept: 姜, marked `incomplete: true`; missing: one or more characters after 姜\.$/m);
    expect(text).toMatch(/^ +to do: .*never guess\.$/m);
  });

  it('says so when nothing needs a person', () => {
    expect(formatReport({ ...report, needsPerson: [] })).toContain('Needs a person: nothing');
  });
});
