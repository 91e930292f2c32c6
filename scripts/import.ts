/**
 * `npm run import -- <raw.txt> [--slug <ascii-slug>] [--force] [--out content/articles] [--html <view.html>]`:
 * turns a scraped article into content/articles/<slug>.mdx and prints what it
 * repaired and what needs a person. The work is in src/lib/importer/ (pure steps) and scripts/import/ (the disk).
 */
import { parseArgs } from 'node:util';
import { articlesDirOf, contentDirOf } from '../src/build/content-files.ts';
import { importFile } from './import/import-file.ts';
import { printable } from '../src/lib/importer/errors.ts';
import { formatReport } from '../src/lib/importer/report.ts';
import { renderImportView } from '../src/lib/importer/html-view.ts';
import { localizerFor } from '../src/build/localize.ts';
import { getVariant } from '../src/lib/site/variants.ts';
import { writeFileSync } from 'node:fs';

const USAGE = `Usage: npm run import -- <raw.txt> [--slug <ascii-slug>] [--force] [--out content/articles] [--html <view.html>]
  <raw.txt>     the scraped text: title, date and source, byline, then one paragraph per line
  --slug        the file name, lower-case ASCII words joined by hyphens (default: <date>-<sha256 prefix>)
  --force       overwrite an existing file, even one already imported from the same raw text
  --out         the folder to write into (default: content/articles)
  --html        also write the import as a page to open in a browser: the scrape beside the article,
                every repair and decision marked, Simplified beside Traditional`;

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        slug: { type: 'string' },
        force: { type: 'boolean', default: false },
        out: { type: 'string', default: articlesDirOf(contentDirOf('.')) },
        html: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [rawPath, ...extra] = positionals;
  if (!rawPath || extra.length > 0) {
    console.error(`${rawPath ? `Give one raw file, not ${positionals.length}.` : 'Give the raw file to import.'}\n\n${USAGE}`);
    return 1;
  }
  try {
    const outcome = importFile({ rawPath, outDir: values.out, slug: values.slug, force: values.force });
    process.stdout.write(formatReport(outcome.report, outcome.written));
    if (values.html !== undefined) {
      const toTraditional = localizerFor('hans', getVariant('zh-hant'));
      writeFileSync(values.html, renderImportView(outcome.result, { toTraditional: (text) => toTraditional.text(text), written: outcome.written }));
      console.log(`\nThe import as a page: ${printable(values.html)} (open it in a browser).`);
    }
    for (const other of outcome.sameSource) {
      console.log(`\nNote: ${other} was imported from the same raw file; --force wrote ${outcome.written} beside it.`);
    }
    return 0;
  } catch (error) {
    console.error(`Import failed. ${printable((error as Error).message)}`);
    return 1;
  }
}

process.exitCode = main();
