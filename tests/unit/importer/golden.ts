import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ImportError } from '../../../src/lib/importer/errors.ts';
import { renderArticleMdx } from '../../../src/lib/importer/mdx.ts';
import { importArticle } from '../../../src/lib/importer/pipeline.ts';
import { formatReport } from '../../../src/lib/importer/report.ts';

/** The golden corpus: raw scrapes, each with the MDX and report the importer must give. */
export const scrapesDir = fileURLToPath(new URL('../../fixtures/scrapes/', import.meta.url));
/** How the corpus names a raw file in reports, the same on every machine. */
export const scrapesPath = 'tests/fixtures/scrapes';

/** Returns the raw scrape file names of the corpus, sorted. */
export function scrapeNames(): string[] {
  return readdirSync(scrapesDir)
    .filter((name) => name.endsWith('.txt') && !name.endsWith('.report.txt'))
    .sort();
}

/** Returns the expected files of a scrape: `<name>.mdx` (when it imports) and `<name>.report.txt`. */
export function goldenOutputs(name: string): { mdx: string | undefined; report: string } {
  const path = `${scrapesPath}/${name}`;
  try {
    const { article, report } = importArticle(readFileSync(join(scrapesDir, name)), path);
    return { mdx: renderArticleMdx(article), report: formatReport(report) };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { mdx: undefined, report: `Refused: ${error.message}\n` };
  }
}

/** Returns the base name of a scrape's expected files. */
export function goldenBase(name: string): string {
  return name.replace(/\.txt$/, '');
}
