/**
 * `npm run golden:scrapes`: rewrites the expected MDX and report beside every
 * raw scrape in tests/fixtures/scrapes/, and the Traditional text the site
 * must publish from it (`<name>.zh-hant.txt`, after the editor's curation), so a change to the importer shows up
 * as a diff to review (the way OpenCC keeps test/golden/).
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldenBase, goldenOutputs, publishedText, scrapeNames, scrapesDir, traditionalGolden } from '../tests/unit/importer/golden.ts';

for (const name of scrapeNames()) {
  const { mdx, report } = goldenOutputs(name);
  const base = join(scrapesDir, goldenBase(name));
  if (mdx === undefined) {
    for (const file of [`${base}.mdx`, `${base}.zh-hant.txt`]) if (existsSync(file)) rmSync(file);
  } else {
    writeFileSync(`${base}.mdx`, mdx);
    writeFileSync(`${base}.zh-hant.txt`, traditionalGolden(publishedText(name)));
  }
  writeFileSync(`${base}.report.txt`, report);
  console.log(`${name}: ${mdx === undefined ? 'refused' : 'imported'}`);
}
console.log('Review the changes with `git diff tests/fixtures/scrapes/` before committing them.');
