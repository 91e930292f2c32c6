import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenBase, goldenOutputs, publishedText, scrapeNames, scrapesDir, traditionalGolden } from './golden.ts';

// The golden corpus: scrapes in the formats of many papers, each imported to
// exactly the MDX and report beside it. A change to the importer changes these
// files through `npm run golden:scrapes`, and the diff is reviewed like code.
const names = scrapeNames();

describe('the golden scrape corpus', () => {
  it('holds at least 30 scrapes, one GB18030 and one Big5 among them, and two refused as mojibake', () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
    const reports = names.map((name) => readFileSync(join(scrapesDir, `${goldenBase(name)}.report.txt`), 'utf8'));
    expect(reports.some((report) => /^ {2}encoding GB18030: /m.test(report))).toBe(true);
    expect(reports.some((report) => /^ {2}encoding BIG5: /m.test(report))).toBe(true);
    expect(reports.filter((report) => /^Refused: .*: reads as mojibake/m.test(report))).toHaveLength(2);
  });

  it.each(names)('%s imports to its expected MDX and report, byte for byte', (name) => {
    const base = join(scrapesDir, goldenBase(name));
    const { mdx, report } = goldenOutputs(name);
    expect(report).toBe(readFileSync(`${base}.report.txt`, 'utf8'));
    if (mdx === undefined) {
      expect(existsSync(`${base}.mdx`)).toBe(false);
      expect(existsSync(`${base}.zh-hant.txt`)).toBe(false);
    } else {
      expect(mdx).toBe(readFileSync(`${base}.mdx`, 'utf8'));
      // The converter of the build, on what the scrape publishes: the Traditional text reviewed in the golden file.
      expect(traditionalGolden(publishedText(name))).toBe(readFileSync(`${base}.zh-hant.txt`, 'utf8'));
    }
  });

  it('has no expected file without its scrape', () => {
    const bases = new Set(names.map(goldenBase));
    const orphans = readdirSync(scrapesDir).filter((file) => /\.(mdx|report\.txt|zh-hant\.txt)$/.test(file) && !bases.has(file.replace(/\.(mdx|report\.txt|zh-hant\.txt)$/, '')));
    expect(orphans).toEqual([]);
  });
});
