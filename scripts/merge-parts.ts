/**
 * `npm run merge-parts -- <out> <part> <part> …`: joins the dist/ folders of
 * builds of parts of the archive (ARCHIVE_PART=articles:2019-2021, …,
 * ARCHIVE_PART=listings) into one static site in <out>, for any static host.
 * See README, "Building in parts".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mergedFileKinds, mergeParts } from '../src/build/merge-parts.ts';

const root = path.resolve(import.meta.dirname, '..');
const [out, ...parts] = process.argv.slice(2);
if (!out || parts.length === 0) {
  process.stderr.write(
    'Usage: npm run merge-parts -- <out> <part dist> <part dist> …\n' +
      'Copies every file of every part into <out> (a file two parts wrote must be the same bytes) and merges:\n' +
      mergedFileKinds()
        .map((what) => `  - ${what}\n`)
        .join(''),
  );
  process.exit(2);
}
try {
  const report = mergeParts(out, parts, readFileSync(path.join(root, 'public/_headers'), 'utf8'));
  process.stderr.write(
    `Merged ${parts.length} parts into ${out}: ${report.copied} files (${report.shared} written alike by more than one part)` +
      `${report.merged.length > 0 ? `, merged ${report.merged.join(', ')}` : ''}.\n` +
      report.perPart.map(({ part, files }) => `  ${part}: ${files} file${files === 1 ? '' : 's'}\n`).join(''),
  );
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
